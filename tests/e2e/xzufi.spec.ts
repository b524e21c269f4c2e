import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { readLikePvog, pvogText, type PvogNode } from "../pvog-reader";
import { expectNoAxeViolations, signIn } from "./support";

// Issue 7 on the demo data: an administrator downloads the XZuFi export of a region from the admin page and
// finds it in the list of exports; agents do not get the page.

test("an administrator downloads the XZuFi export of Hessen and sees it in the list", async ({ page }) => {
  await signIn(page, "admin@efa-wissen.example");
  await page.getByRole("link", { name: "XZuFi-Export" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("XZuFi-Export");
  await expectNoAxeViolations(page);

  await page.getByLabel("Region", { exact: true }).selectOption({ label: "Land Hessen (Land, 06)" });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Vollständigen Export herunterladen" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^xzufi-06-vollstaendig-\d{8}T\d{6}\.xml$/);
  const xml = await readFile((await download.path()) as string, "utf8");
  const doc = readLikePvog(xml);
  expect(doc.root._xzufiVersion).toBe("2.2.0");
  expect(doc.leistungen.length).toBe(9);
  const elterngeld = doc.leistungen.find((l) => pvogText(l.id) === "L99041008000000-06") as PvogNode;
  const hinweise = (elterngeld.modulText as PvogNode[]).find((m) => (m.leikaTextmodul as PvogNode).code === "16");
  expect(pvogText((hinweise?.inhalt as PvogNode[])[0])).toContain("Störung: Online-Anträge erreichen die Elterngeldstellen in Hessen verzögert");

  await page.reload();
  const table = page.getByRole("table", { name: "Land Hessen (06)" });
  await expect(table).toBeVisible();
  const row = table.getByRole("row").nth(1);
  await expect(row).toContainText("vollständig");
  await expect(row).toContainText("Alex Admin (Administration)");
  await expect(row).toContainText("vollständig ausgeliefert");
  await expect(row).toContainText("(Daten unverändert: gleiche Datei)");
  await expectNoAxeViolations(page);

  // downloading it again gives the same bytes
  const [again] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: /Erneut herunterladen/ }).click()]);
  expect(await readFile((await again.path()) as string, "utf8")).toBe(xml);
});

test("the export page and the export are not for agents", async ({ page }) => {
  await signIn(page, "agent@efa-wissen.example");
  await expect(page.getByRole("link", { name: "XZuFi-Export" })).toHaveCount(0);
  const res = await page.goto("/admin/xzufi");
  expect(res?.status()).toBe(403);
  const api = await page.request.get("/api/xzufi/leistungen?region=06");
  expect(api.status()).toBe(403);
  expect((await api.json()).error).toContain("XZuFi-Abruf");
});
