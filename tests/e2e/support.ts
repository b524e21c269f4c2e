import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

/** Password of every demo account (README). */
export const PASSWORD = "demo-passwort-2026";

/** Fills and sends the sign-in form (no waiting: with a wrong password the form stays). */
export async function submitSignIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

/** Signs a demo account in on `page` and waits for its start page. */
export async function signIn(page: Page, email: string): Promise<void> {
  await submitSignIn(page, email);
  await page.waitForURL((u) => !u.pathname.startsWith("/anmelden") && u.pathname !== "/");
}

/** A new browser context signed in as a demo account, on its start page. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** axe (WCAG 2.1 A and AA) finds nothing on the page; a failure names each rule and where it is violated. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
