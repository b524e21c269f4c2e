import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations, signIn } from "./support";

// Issue 6, the 115 agent screen on the demo data: the Hessen agent searches with the keyboard only, opens a hit,
// copies the Sprechtext, gives feedback; the Frankfurt region shows Frankfurt's variant of the same family.
const QUERY = "welches amt ist fürs elterngeld zuständig";
const HESSEN_TITLE = "Welches Amt für Versorgung und Soziales ist in Hessen für mein Elterngeld zuständig?";
const FRANKFURT_ADDITION = "Für Frankfurt am Main ist das Amt für Versorgung und Soziales Frankfurt zuständig.";

/** The Hessen agent, signed in on the agent screen. */
async function signInAgent(page: Page) {
  await signIn(page, "agent@efa-wissen.example");
  await expect(page).toHaveURL(/\/servicecenter$/);
}

/** The e2e server indexes the demo data in its search worker after start: wait until the search finds it. */
async function waitForIndex(page: Page) {
  await expect
    .poll(
      async () => {
        const res = await page.request.get(`/api/search?q=${encodeURIComponent(QUERY)}&region=06`);
        if (!res.ok()) return 0;
        return ((await res.json()) as { hits: unknown[] }).hits.length;
      },
      { timeout: 120_000, intervals: [250, 500, 1000] },
    )
    .toBeGreaterThan(0);
}

async function withDb<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

// the first test may wait for the search worker to index the demo data
test.describe.configure({ mode: "serial", timeout: 180_000 });

test("an agent searches, opens, copies and gives feedback with the keyboard only", async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await signInAgent(page);
  await waitForIndex(page);
  const questionsBefore = await withDb(async (c) => Number((await c.query(`SELECT count(*) AS n FROM "SearchEvent" WHERE "clientKey" IS NOT NULL`)).rows[0].n));
  // the demo data holds a month of earlier feedback: only what this test gives counts (UTC wall clock, like Prisma)
  const testStart = await withDb(async (c) => (await c.query(`SELECT now() AT TIME ZONE 'UTC' AS t`)).rows[0].t as Date);

  await page.reload();
  await expect(page.getByText("Region: Land Hessen (06)")).toBeVisible();
  // the empty screen lists the active incidents of the region
  await expect(page.getByRole("region", { name: "Aktive Störungen in der Region Land Hessen" })).toContainText("betriebsbehindernd");
  await expectNoAxeViolations(page);

  const field = page.getByRole("searchbox", { name: "Frage der anrufenden Person" });
  await page.keyboard.press("/");
  await expect(field).toBeFocused();
  await page.keyboard.type(QUERY, { delay: 20 });
  await expect(page.getByRole("status").filter({ hasText: `für „${QUERY}“` })).toContainText("Treffer");
  const hits = page.locator("#agent-treffer > li");
  await expect(hits.first()).toContainText(HESSEN_TITLE);
  await expect(hits.first()).toContainText("Variante Hessen");
  await expect(hits.first().locator(".efa-hit__sprechtext")).toContainText("Hessischen Ämter für Versorgung und Soziales");
  await expect(page.getByRole("combobox", { name: "Onlinedienst" })).toContainText("Elterngeld digital");
  await expectNoAxeViolations(page);

  // arrows move through the hits, Escape returns to the query
  const links = hits.getByRole("link");
  expect(await links.count()).toBeGreaterThan(1);
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(QUERY);
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("Enter");

  // detail view: the heading has the focus, Tab reaches the copy button
  await page.waitForURL(/\/servicecenter\/artikel\/[a-z0-9]+\?/);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(HESSEN_TITLE);
  await expect(heading).toBeFocused();
  await expect(page.getByText("Eigene Fassung – Land Hessen").first()).toBeVisible();
  for (let i = 0; i < 10 && (await focusedText(page)) !== "Sprechtext kopieren"; i++) await page.keyboard.press("Tab");
  expect(await focusedText(page)).toBe("Sprechtext kopieren");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Sprechtext kopiert" })).toBeVisible();
  const sprechtext = (await page.locator("#antwort-sprechtext ~ p").first().textContent())?.trim() ?? "";
  expect(sprechtext).toContain("In Hessen bearbeiten die Hessischen Ämter für Versorgung und Soziales das Elterngeld.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sprechtext);

  // routing targets of the service for Hessen: the Land's Second Level replaces the base entry
  const routing = page.getByRole("region", { name: "Weiterleitung (Kommunikationsmatrix)" });
  await expect(routing.getByRole("table", { name: "Second Level" })).toContainText("Landes-Service-Desk Hessen");
  await expect(routing.getByRole("table", { name: "Second Level" })).not.toContainText("IT-Dienstleister Bremen");
  await expect(routing.getByRole("table", { name: "Third Level" })).toContainText("Fachliche Leitstelle Elterngeld digital");
  await expectNoAxeViolations(page);

  // the forms of "Nicht gelöst" and "Weitergeleitet an …" open only on request
  await expect(page.getByLabel("Was hat gefehlt?")).toBeHidden();
  await expect(page.getByRole("combobox", { name: "Weitergeleitet an" })).toBeHidden();
  for (let i = 0; i < 40 && (await focusedText(page)) !== "Hat geholfen"; i++) await page.keyboard.press("Tab");
  expect(await focusedText(page)).toBe("Hat geholfen");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Rückmeldung „Hat geholfen“ ist gespeichert" })).toBeVisible();

  // one search event for the typed question (not one per keystroke), with the opened article and the feedback on it
  const articleId = new URL(page.url()).pathname.split("/").pop();
  await expect
    .poll(() => withDb(async (c) => (await c.query(`SELECT "queryMasked", "openedArticleId" FROM "SearchEvent" WHERE "clientKey" IS NOT NULL ORDER BY id DESC LIMIT 1`)).rows[0]))
    .toEqual({ queryMasked: QUERY, openedArticleId: articleId });
  expect(await withDb(async (c) => Number((await c.query(`SELECT count(*) AS n FROM "SearchEvent" WHERE "clientKey" IS NOT NULL`)).rows[0].n))).toBe(questionsBefore + 1);
  const feedback = await withDb(async (c) => (await c.query(`SELECT f.outcome, f."regionArs", f."searchEventId" IS NOT NULL AS "fromSearch" FROM "FeedbackEvent" f WHERE f."articleId" = $1 AND f.at >= $2`, [articleId, testStart])).rows);
  expect(feedback).toEqual([{ outcome: "GELOEST", regionArs: "06", fromSearch: true }]);
  await context.close();
});

test("switching the region to Frankfurt am Main shows Frankfurt's variant; reload and back keep the region", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signInAgent(page);
  await waitForIndex(page);
  const testStart = await withDb(async (c) => (await c.query(`SELECT now() AT TIME ZONE 'UTC' AS t`)).rows[0].t as Date);
  await page.reload();

  const region = page.getByRole("combobox", { name: "Region wechseln" });
  await region.focus();
  await page.keyboard.type("Frankfurt");
  const option = page.getByRole("option", { name: /Stadt Frankfurt am Main \(064120000000\)/ });
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(region).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Region: Stadt Frankfurt am Main (064120000000), Land Hessen")).toBeVisible();
  await expect(page).toHaveURL(/region=064120000000/);
  const field = page.getByRole("searchbox", { name: "Frage der anrufenden Person" });
  await expect(field).toBeFocused();

  await page.keyboard.type(QUERY);
  const first = page.locator("#agent-treffer > li").first();
  await expect(first).toContainText("Kommune Frankfurt am Main");
  await expect(first).toContainText(FRANKFURT_ADDITION);
  await expect(page).toHaveURL(/q=welches/);

  await page.reload();
  await expect(page.getByText("Region: Stadt Frankfurt am Main (064120000000), Land Hessen")).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Frage der anrufenden Person" })).toHaveValue(QUERY);
  await expect(page.locator("#agent-treffer > li").first()).toContainText("Kommune Frankfurt am Main");

  // the detail view names who wrote which part
  await page.locator("#agent-treffer > li").first().getByRole("link").click();
  await expect(page.getByText("Ergänzung – Stadt Frankfurt am Main").first()).toBeVisible();
  await expect(page.locator(".efa-sprechtext")).toContainText(FRANKFURT_ADDITION);
  await page.getByRole("button", { name: "Weitergeleitet an …" }).click();
  await expect(page.getByRole("combobox", { name: "Weitergeleitet an" })).toBeFocused();
  await page.getByRole("combobox", { name: "Weitergeleitet an" }).selectOption({ label: "Landes-Service-Desk Hessen (Second Level, technisch)" });
  await page.getByRole("button", { name: "Weiterleitung speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Weitergeleitet an Landes-Service-Desk Hessen" })).toContainText("ist gespeichert");
  await page.getByRole("button", { name: "Nicht gelöst …" }).click();
  await page.getByLabel("Was hat gefehlt?").fill("Anrufer fragt nach Frist, Rückruf 0151 1234567");
  await page.getByRole("button", { name: "„Nicht gelöst“ senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "„Nicht gelöst“ ist gespeichert" })).toBeVisible();
  const stored = await withDb(async (c) => (await c.query(`SELECT outcome, reason, "regionArs" FROM "FeedbackEvent" WHERE "regionArs" = '064120000000' AND at >= $1 ORDER BY id`, [testStart])).rows);
  expect(stored).toEqual([
    { outcome: "WEITERGELEITET", reason: null, regionArs: "064120000000" },
    { outcome: "NICHT_GELOEST", reason: "Anrufer fragt nach Frist, Rückruf [Telefon]", regionArs: "064120000000" },
  ]);
  await page.goBack();
  await expect(page.getByText("Region: Stadt Frankfurt am Main (064120000000), Land Hessen")).toBeVisible();
  await expect(page.locator("#agent-treffer > li").first()).toContainText("Kommune Frankfurt am Main");

  await page.getByRole("button", { name: "Zurück zu Land Hessen" }).click();
  await expect(page.getByText("Region: Land Hessen (06)")).toBeVisible();
  await expect(page.locator("#agent-treffer > li").first()).toContainText("Variante Hessen");
  await page.goBack();
  await expect(page.getByText("Region: Stadt Frankfurt am Main (064120000000), Land Hessen")).toBeVisible();
});
