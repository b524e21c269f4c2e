import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signedIn } from "./support";

// Issue 8 (S6) end to end on the demo data with its month of events: a MiV sees its Land's report, downloads
// the anonymised CSV and opens the report for the BeV; a BeV sees its services per Land; bad input is named.
const HEADER = "abschnitt;zeitraum_von;zeitraum_bis;land;dienst;schluessel;bezeichnung;anzahl;beginn;ende;dauer_minuten;stoerungsklasse";

// report pages are long tables; axe over them takes a while on a busy machine
test.describe.configure({ timeout: 120_000 });

/** React reports hydration mismatches (production build: minified errors 418/423/425) on the console. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** The recharts bars of "Suchen je Tag": drawn (one per day), scaled into the box, hidden from assistive technology. */
async function expectDayChart(page: Page, days: number) {
  const plot = page.locator(".efa-chart__plot");
  await expect(plot).toHaveAttribute("aria-hidden", "true");
  await expect(plot.locator("rect.efa-chart__bar")).toHaveCount(days);
  await expect(plot.locator("rect.efa-chart__bar--weekend")).not.toHaveCount(0);
  const [box, svg] = await Promise.all([plot.boundingBox(), plot.locator("svg.recharts-surface").boundingBox()]);
  expect(box?.height).toBeGreaterThan(100);
  expect(svg?.width).toBeCloseTo(box?.width ?? 0, 0);
  expect(svg?.height).toBeCloseTo(box?.height ?? 0, 0);
  await expect(plot.locator("[tabindex]:not([tabindex=\"-1\"]), [role]")).toHaveCount(0);
}

test("a MiV sees its Land's report and downloads the anonymised CSV", async ({ browser }) => {
  const miv = await signedIn(browser, "miv@efa-wissen.example");
  const errors = consoleErrors(miv);
  await miv.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Berichte (S6)" }).click();
  await expect(miv.getByRole("heading", { level: 1, name: "Berichte (S6)" })).toBeVisible();
  await expect(miv.getByText(/Bericht: Land Hessen, alle Onlinedienste/)).toBeVisible();
  for (const section of ["Kennzahlen", "Suchen je Tag", "Häufigste Anfragen", "Anfragen ohne Treffer", "Meistgeöffnete Artikel", "Weiterleitungen je Ziel", "Störungen im Zeitraum"]) {
    await expect(miv.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  const queries = miv.getByRole("table", { name: "Häufigste Anfragen" });
  await expect(queries.getByRole("row")).not.toHaveCount(1);
  await miv.getByText("Werte als Tabelle").click();
  await expect(miv.getByRole("table", { name: "Suchen je Tag" }).getByRole("row")).toHaveCount(31);
  await expect(miv.getByRole("figure", { name: /^Suchen je Tag, .*; die meisten am \d{2}\.\d{2}\.\d{4} \(\d+\)\. Wochenenden sind heller dargestellt\.$/ })).toBeVisible();
  await expectDayChart(miv, 30);
  // recharts draws in the browser only; the server's HTML already gives the box its height (no layout jump)
  expect(await (await miv.request.get("/berichte")).text()).toMatch(/<div class="efa-chart__plot" aria-hidden="true"><div[^>]*style="[^"]*height:220px/);
  await expectNoAxeViolations(miv);

  const [download] = await Promise.all([miv.waitForEvent("download"), miv.getByRole("link", { name: "CSV herunterladen" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^s6-bericht_land-06_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const bytes = (await import("node:fs")).readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe(HEADER);
  expect(lines.some((l) => /^summe;[^;]+;[^;]+;06;alle;suchen;Suchen;\d+;/.test(l))).toBe(true);
  expect(lines.filter((l) => l.startsWith("anfrage_haeufig;")).length).toBeGreaterThan(0);
  // k-anonymity: no count from 1 to 4 in the file
  expect(lines.filter((l) => /;[1-4];;;;$/.test(l))).toEqual([]);

  await miv.getByRole("link", { name: "Bericht für den BeV (Druckansicht)" }).click();
  await expect(miv.getByRole("heading", { level: 1, name: "S6-Bericht des Landes Hessen für den BeV" })).toBeVisible();
  await expect(miv.getByRole("button", { name: "Drucken oder als PDF speichern" })).toBeVisible();
  await expectNoAxeViolations(miv);
  // on paper: the chart is there, at the width of the page
  await miv.emulateMedia({ media: "print" });
  await expectDayChart(miv, 30);
  await miv.emulateMedia({ media: "screen" });
  expect(errors).toEqual([]);
});

test("a MiV narrows to a service; bad dates are named at the field", async ({ browser }) => {
  const miv = await signedIn(browser, "miv@efa-wissen.example");
  await miv.goto("/berichte");
  await miv.getByLabel("Onlinedienst").selectOption({ label: "Elterngeld digital" });
  await miv.getByRole("button", { name: "Bericht anzeigen" }).click();
  await expect(miv.getByText(/Onlinedienst „Elterngeld digital“/)).toBeVisible();
  // a year: one thin bar per day, the first of each month labelled
  await miv.goto("/berichte?from=2025-11-24&to=2026-11-23");
  await expect(miv.locator(".efa-chart__plot--dense rect.efa-chart__bar")).toHaveCount(365);
  await expect(miv.locator(".efa-chart__plot text").filter({ hasText: /^01\.\d{2}\.$/ })).toHaveCount(12);
  await miv.goto("/berichte?from=2026-11-30&to=2026-11-01");
  await expect(miv.getByRole("alert").filter({ hasText: "Der Bericht ließ sich" })).toContainText("nach seinem Ende");
  await expect(miv.getByLabel("Von", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(miv);
  // another Land's report is not the MiV's
  const other = await miv.goto("/berichte?land=09");
  expect(other?.status()).toBe(403);
});

test("a BeV sees its services over all Länder and per Land; an agent has no reports", async ({ browser }) => {
  const bev = await signedIn(browser, "bev@efa-wissen.example");
  await bev.goto("/berichte");
  await expect(bev.getByRole("heading", { level: 2, name: "Je Land" })).toBeVisible();
  const perLand = bev.getByRole("table", { name: "Kennzahlen je Land" });
  for (const land of ["Bremen (04)", "Nordrhein-Westfalen (05)", "Hessen (06)", "Bayern (09)"]) await expect(perLand.getByRole("rowheader", { name: land })).toBeVisible();
  await expectNoAxeViolations(bev);
  await bev.getByLabel("Land", { exact: true }).selectOption({ label: "Hessen (06)" });
  await bev.getByRole("button", { name: "Bericht anzeigen" }).click();
  await expect(bev.getByText(/^Bericht: Dienste Ihres Landes .*Land Hessen/)).toBeVisible();

  const agent = await signedIn(browser, "agent@efa-wissen.example");
  await expect(agent.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Berichte (S6)" })).toHaveCount(0);
  expect((await agent.goto("/berichte"))?.status()).toBe(403);
});
