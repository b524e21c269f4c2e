import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signedIn } from "./support";

// Issue 5 end to end on the demo data: a MiV derives a Land variant with an addition, a second person of
// Hessen publishes it; the BeV publishes a new base revision; the MiV sees "Basis geändert", compares three
// ways, takes the new base, and the published variant shows the new base text plus the Land addition.
const BASE_TITLE = "Muss ich für den Elterngeldantrag etwas bezahlen?";
const ADDITION = "In Hessen beraten die Ämter für Versorgung und Soziales kostenlos zum Antrag.";
const NEW_SHORT_ANSWER = "Nein. Der Antrag auf Elterngeld ist gebührenfrei, auch das Hochladen der Nachweise kostet nichts.";

/** Runs a workflow step on the article page and waits for its confirmation. */
async function step(page: Page, button: string, confirmation: string) {
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("status").filter({ hasText: confirmation })).toBeVisible();
}

test("a MiV adapts a base article, follows a new base and publishes the re-based variant", async ({ browser }) => {
  test.setTimeout(360_000);

  // MiV start page: the base articles of the co-used services, each with an entry point
  const miv = await signedIn(browser, "miv@efa-wissen.example");
  await expect(miv).toHaveURL(/\/land$/);
  await miv.locator("summary", { hasText: "Elterngeld digital" }).click();
  await expect(miv.getByRole("button", { name: `Variante anlegen zu „${BASE_TITLE}“` })).toBeVisible();
  await miv.getByRole("link", { name: BASE_TITLE, exact: true }).click();
  await miv.waitForURL(/\/artikel\/[a-z0-9]+$/);
  const baseUrl = new URL(miv.url()).pathname;

  // derive: the editor opens with every field inherited; "ergänzen" on the answer, seen at once in the preview
  await miv.getByRole("button", { name: "Variante anlegen" }).click();
  await miv.waitForURL(/\/artikel\/[a-z0-9]+\/bearbeiten$/);
  const variantUrl = new URL(miv.url()).pathname.replace(/\/bearbeiten$/, "");
  await expect(miv.getByRole("status").filter({ hasText: "Die Variante ist als Entwurf angelegt" })).toBeVisible();
  await miv.getByRole("group", { name: "Antwort für Land Hessen" }).getByRole("radio", { name: "ergänzen" }).check();
  await miv.locator("#variante-antwort").click();
  await miv.keyboard.type(ADDITION);
  const preview = miv.getByRole("region", { name: "Vorschau für Land Hessen" });
  await expect(preview).toContainText("Ergänzung für Land Hessen");
  await expect(preview).toContainText(ADDITION);
  await expectNoAxeViolations(miv);
  await miv.getByRole("button", { name: "Entwurf speichern" }).click();
  await miv.waitForURL((u) => u.pathname === variantUrl);
  await expect(miv.getByRole("status").filter({ hasText: "Der Entwurf der Variante wurde gespeichert" })).toBeVisible();
  await step(miv, "Zur Prüfung geben", "zur Prüfung gegeben");
  await expect(miv.getByRole("button", { name: "Freigeben" })).toHaveCount(0); // not by the author

  // a second person of Hessen publishes it
  const qsHessen = await signedIn(browser, "pruefung-hessen@efa-wissen.example");
  await qsHessen.goto(variantUrl);
  await step(qsHessen, "Freigeben", "freigegeben");
  await expect(qsHessen.getByRole("region", { name: "Veröffentlichte Fassung" })).toContainText(ADDITION);

  // the BeV publishes a new base revision (edit, submit, QS Bremen approves)
  const bev = await signedIn(browser, "bev@efa-wissen.example");
  await bev.goto(`${baseUrl}/bearbeiten`);
  await bev.locator("#artikel-antwort").waitFor();
  await bev.locator("#artikel-sprechtext").fill(NEW_SHORT_ANSWER);
  await bev.getByRole("button", { name: "Entwurf speichern" }).click();
  await bev.waitForURL((u) => u.pathname === baseUrl);
  await step(bev, "Zur Prüfung geben", "zur Prüfung gegeben");
  const qs = await signedIn(browser, "pruefung@efa-wissen.example");
  await qs.goto(baseUrl);
  await step(qs, "Freigeben", "freigegeben");

  // the BeV sees, read-only, which regions adapted the article and that Hessen's rests on the older base
  await bev.goto(baseUrl);
  const family = bev.getByRole("table", { name: "Varianten dieses Artikels" });
  await expect(family.getByRole("row", { name: /Land Hessen/ })).toContainText("Basis geändert");

  // agents in Hessen meanwhile get the new base text with the Land addition and a note
  const agent = await signedIn(browser, "agent@efa-wissen.example");
  await agent.goto(variantUrl);
  await expect(agent.getByRole("heading", { name: "Beruht auf einer älteren Fassung der Basis" })).toBeVisible();
  await expect(agent.getByRole("region", { name: "Antwort", exact: true })).toContainText(NEW_SHORT_ANSWER);
  await expect(agent.getByRole("region", { name: "Antwort", exact: true })).toContainText(ADDITION);

  // the MiV's start page lists the variant first, flagged
  await miv.goto("/land");
  const firstRow = miv.getByRole("table", { name: "Varianten Ihres Landes" }).locator("tbody tr").first();
  await expect(firstRow).toContainText(BASE_TITLE);
  await expect(firstRow).toContainText("Basis geändert");
  await expectNoAxeViolations(miv);
  await firstRow.getByRole("link", { name: BASE_TITLE }).click();
  await miv.waitForURL((u) => u.pathname === variantUrl);

  // three-way comparison: the parent then and now (with the change marked) and what the variant does
  const threeWay = miv.getByRole("region", { name: "Basis geändert: Dreiwege-Vergleich" });
  await expect(threeWay.getByRole("heading", { name: "Sprechtext" })).toBeVisible();
  await expect(threeWay.getByRole("heading", { name: "Elternartikel damals" }).first()).toBeVisible();
  await expect(threeWay.getByRole("heading", { name: "Elternartikel jetzt" }).first()).toBeVisible();
  await expect(threeWay.locator("ins").first()).toBeVisible();
  await expect(threeWay.locator("del").first()).toBeVisible();
  await expectNoAxeViolations(miv);

  // take the new base: a new draft with the Land addition on the new base text
  await miv.getByRole("button", { name: "Neue Basis übernehmen" }).click();
  await expect(miv.getByRole("status").filter({ hasText: "Die neue Basis ist übernommen" })).toBeVisible();
  const draft = miv.getByRole("region", { name: /Fassung in Arbeit: Entwurf/ });
  await expect(draft).toContainText(NEW_SHORT_ANSWER);
  await expect(draft).toContainText("Ergänzung für Land Hessen");
  await expect(draft).toContainText(ADDITION);
  await expect(miv.getByRole("button", { name: "Neue Basis übernehmen" })).toHaveCount(0);
  await step(miv, "Zur Prüfung geben", "zur Prüfung gegeben");

  // the Hessen reviewer publishes it: the effective article is the new base plus the Land addition, no longer stale
  await qsHessen.goto(variantUrl);
  await step(qsHessen, "Freigeben", "freigegeben");
  const published = qsHessen.getByRole("region", { name: "Veröffentlichte Fassung" });
  await expect(published).toContainText(NEW_SHORT_ANSWER);
  await expect(published).toContainText("Ergänzung für Land Hessen");
  await expect(published).toContainText(ADDITION);
  await expect(qsHessen.getByText("Basis geändert")).toHaveCount(0);
});
