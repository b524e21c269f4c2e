import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// The e2e server runs on the test database and a running Meilisearch (scripts/test-all.sh): all is well.
test.describe("health", () => {
  test("GET /api/health: 200 with status, database, search, outbox and version", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toContain("no-store");
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: "ok",
      database: { ok: true },
      search: { ok: true },
      outbox: { pending: expect.any(Number) },
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  test("/status shows every service as reachable, in German, and passes axe", async ({ page }) => {
    await page.goto("/status");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Systemstatus");
    await expect(page.getByText("Status: Betriebsbereit")).toBeVisible();
    for (const service of ["Datenbank", "Suchmaschine"]) {
      const row = page.getByRole("row", { name: new RegExp(service) });
      await expect(row).toContainText("Erreichbar");
    }
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
