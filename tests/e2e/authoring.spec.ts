import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signedIn } from "./support";

// Issue 4 end to end on the demo data: write with the editor, second-person publishing, edit while the
// published revision stays live, diff, incident published at once and seen by an agent of the affected Land.
const TITLE = "Kann ich Elterngeld digital auch am Smartphone beantragen?";

async function chooseNew(page: Page, type: string) {
  await page.goto("/artikel/neu");
  await page.getByLabel("Onlinedienst", { exact: true }).selectOption({ label: "Elterngeld digital" });
  await page.getByRole("radio", { name: type }).check();
  await page.getByRole("button", { name: "Weiter zum Formular" }).click();
  await page.locator("#artikel-antwort").waitFor();
}

// long flows with several people signing in: generous on a loaded machine (the default 30 s is per test)
test.describe.configure({ mode: "serial", timeout: 120_000 });

test("a BeV writes a FAQ with the editor, a reviewer publishes it, a new draft keeps it live, the diff shows the change", async ({ browser }) => {
  const bev = await signedIn(browser, "bev@efa-wissen.example");
  await chooseNew(bev, "FAQ");
  await expectNoAxeViolations(bev);
  await bev.getByRole("button", { name: "Als Entwurf anlegen" }).click();
  await expect(bev.locator(".efa-error-summary")).toContainText("Titel");
  await bev.getByLabel("Titel", { exact: true }).fill(TITLE);
  await bev.getByLabel("Sprechtext").fill("Ja. Elterngeld digital funktioniert im Browser auf Smartphone, Tablet oder Computer.");
  await bev.locator("#artikel-antwort").click();
  await bev.keyboard.type("Der Antrag funktioniert in allen gängigen Browsern. ");
  await bev.getByRole("button", { name: "Fett" }).click();
  await bev.keyboard.type("Wichtig:");
  await bev.getByRole("button", { name: "Fett" }).click();
  await bev.keyboard.type(" Ausweis bereithalten.");
  await bev.getByLabel("Technik").check();
  await bev.getByRole("button", { name: "Als Entwurf anlegen" }).click();
  await bev.waitForURL(/\/artikel\/[a-z0-9]+$/);
  const url = new URL(bev.url()).pathname;
  await expectNoAxeViolations(bev);
  await bev.getByRole("button", { name: "Zur Prüfung geben" }).click();
  await expect(bev.getByRole("status").filter({ hasText: "zur Prüfung gegeben" })).toBeVisible();
  await expect(bev.getByRole("button", { name: "Freigeben" })).toHaveCount(0); // not by the author

  const qs = await signedIn(browser, "pruefung@efa-wissen.example");
  await qs.goto(url);
  await qs.getByRole("button", { name: "Freigeben" }).click();
  await expect(qs.getByRole("status").first()).toBeVisible();
  await expect(qs.locator("body")).toContainText("Wichtig:");

  await bev.goto(`${url}/bearbeiten`);
  await bev.locator("#artikel-antwort").waitFor();
  await bev.locator("#artikel-sprechtext").fill("Ja, auch auf dem Smartphone. Sie brauchen die AusweisApp für die BundID.");
  await bev.getByRole("button", { name: "Entwurf speichern" }).click();
  await bev.waitForURL(new RegExp(`${url}$`));
  // the published revision stays what agents see; the draft is shown apart
  await expect(bev.locator("body")).toContainText("Ja. Elterngeld digital funktioniert im Browser");
  await expect(bev.locator("body")).toContainText("Ja, auch auf dem Smartphone.");

  await bev.goto(`${url}/versionen`);
  await bev.getByRole("button", { name: "Vergleichen" }).click();
  await bev.waitForURL(/vergleich/);
  await expect(bev.locator("ins").first()).toBeVisible();
  await expect(bev.locator("del").first()).toBeVisible();
  await expectNoAxeViolations(bev);
  await bev.goto("/artikel");
  await expect(bev.getByRole("link", { name: TITLE })).toBeVisible();
  await expectNoAxeViolations(bev);
});

test("a BeV publishes an incident at once; an agent in the affected Land sees the banner", async ({ browser }) => {
  const bev = await signedIn(browser, "bev@efa-wissen.example");
  await chooseNew(bev, "Störungsmeldung");
  await bev.getByLabel("Titel", { exact: true }).fill("Anträge können zurzeit nicht abgeschickt werden");
  await bev.getByLabel("Sprechtext").fill("Zurzeit können Anträge nicht abgeschickt werden. Ihre Eingaben bleiben gespeichert.");
  await bev.locator("#artikel-antwort").click();
  await bev.keyboard.type("Die Ursache wird behoben.");
  await bev.getByRole("radio", { name: "betriebsverhindernd" }).check();
  await bev.getByRole("checkbox", { name: "Land Hessen" }).check();
  await bev.getByRole("button", { name: "Als Entwurf anlegen" }).click();
  await bev.waitForURL(/\/artikel\/[a-z0-9]+$/);
  await bev.getByRole("button", { name: "Sofort veröffentlichen" }).click();
  await expect(bev.getByText("Die Störungsmeldung ist veröffentlicht")).toBeVisible();

  const agent = await signedIn(browser, "agent@efa-wissen.example");
  await expect(agent.locator("body")).toContainText("Anträge können zurzeit nicht abgeschickt werden");
});
