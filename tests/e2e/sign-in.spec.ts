import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { PASSWORD, submitSignIn } from "./support";

// Demo accounts of lib/system/demo-data.ts (loaded into the e2e database).
const ACCOUNTS = [
  { email: "admin@efa-wissen.example", path: "/admin", heading: "Startseite Administration" },
  { email: "bev@efa-wissen.example", path: "/redaktion", heading: "Startseite Redaktion (BeV)" },
  { email: "pruefung@efa-wissen.example", path: "/pruefung", heading: "Startseite Prüfung (QS)" },
  { email: "miv@efa-wissen.example", path: "/land", heading: "Startseite Land (MiV)" },
  { email: "kommune@efa-wissen.example", path: "/kommune", heading: "Startseite Kommune" },
  { email: "agent@efa-wissen.example", path: "/servicecenter", heading: "Startseite 115-Servicecenter" },
];

test.describe("sign-in and start pages", () => {
  for (const account of ACCOUNTS) {
    test(`${account.email} lands on ${account.path}`, async ({ page }) => {
      await submitSignIn(page, account.email);
      await expect(page).toHaveURL(new RegExp(`${account.path}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(account.heading);
      const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await page.getByRole("button", { name: "Abmelden" }).click();
      await expect(page).toHaveURL(/\/anmelden/);
      await page.goto(account.path);
      await expect(page).toHaveURL(/\/anmelden\?callbackUrl=/);
    });
  }

  test("a wrong password gets a German error and no session", async ({ page }) => {
    await submitSignIn(page, "bev@efa-wissen.example", "falsches-passwort-123");
    await expect(page.getByRole("alert", { name: "Anmeldung nicht möglich" })).toContainText("E-Mail-Adresse oder Passwort ist nicht richtig");
    await page.goto("/redaktion");
    await expect(page).toHaveURL(/\/anmelden/);
  });

  test("a role cannot open another role's start page (403)", async ({ page }) => {
    await submitSignIn(page, "agent@efa-wissen.example");
    await expect(page).toHaveURL(/\/servicecenter$/);
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Kein Zugriff");
  });

  test("the sign-in page works with the keyboard alone", async ({ page }) => {
    await page.goto("/anmelden");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Zum Inhalt springen" })).toBeFocused();
    await page.getByLabel("E-Mail-Adresse").focus();
    await page.keyboard.type("kommune@efa-wissen.example");
    await page.keyboard.press("Tab");
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/kommune$/);
  });
});
