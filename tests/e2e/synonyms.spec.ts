import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./support";

// Issue 6, point 3: ADMIN and BEV maintain the synonym groups of the search in the UI. A BeV editor adds a group,
// edits it and deletes it; wrong input gets German errors at the field; the search takes the group over.
const NEW_TERM = "Sippenrabatt";

/** The family keys the search finds for a query in Bremen (04), as the signed-in person. */
async function searchKeys(page: Page, q: string): Promise<string[]> {
  const res = await page.request.get(`/api/search?${new URLSearchParams({ q, region: "04", limit: "5" }).toString()}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { hits: { familyKey: string }[] }).hits.map((h) => h.familyKey);
}

test("a BeV editor adds a synonym group, edits it and deletes it; the search takes it over", async ({ page }) => {
  await signIn(page, "bev@efa-wissen.example");
  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Synonyme" }).click();
  await expect(page).toHaveURL(/\/synonyme$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Synonyme der Suche");
  await expectNoAxeViolations(page);
  expect(await searchKeys(page, NEW_TERM)).not.toContain("eg-geschwisterbonus");

  // wrong input: an empty term and a term that belongs to another group, each named at its field
  const form = page.getByRole("region", { name: "Neue Synonymgruppe" });
  await form.getByLabel("Begriff 1").fill("Perso");
  await form.getByRole("button", { name: "Gruppe anlegen" }).click();
  const summary = page.getByRole("alert", { name: "Die Gruppe wurde nicht angelegt" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Begriff 1: „Perso“ steht schon in der Gruppe");
  await expect(summary).toContainText("Begriff 2: Ein Begriff darf nicht leer sein.");
  await expect(form.getByLabel("Begriff 2")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  // a correct group
  await form.getByLabel("Begriff 1").fill("Geschwisterbonus");
  await form.getByLabel("Begriff 2").fill(NEW_TERM);
  await form.getByRole("button", { name: "Weiteren Begriff hinzufügen" }).click();
  await expect(form.getByLabel("Begriff 3")).toBeFocused();
  await page.keyboard.type("Mehrkindzuschlag");
  await form.getByRole("button", { name: "Gruppe anlegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "wurde angelegt" })).toContainText("„Geschwisterbonus, Sippenrabatt, Mehrkindzuschlag“");
  await expect(summary).toHaveCount(0);

  // the worker pushes the group to Meilisearch: the colloquial word now finds the article
  await expect.poll(() => searchKeys(page, NEW_TERM), { timeout: 20_000 }).toContain("eg-geschwisterbonus");

  // find it with the filter and edit it in the dialog: remove the third term
  await page.getByLabel("Begriff enthält").fill("sippenrab");
  await page.getByRole("button", { name: "Filtern" }).click();
  await expect(page).toHaveURL(/q=sippenrab/);
  await expect(page.getByText("1 von")).toBeVisible();
  const row = page.getByRole("row", { name: /Geschwisterbonus/ });
  await row.getByRole("button", { name: /Bearbeiten/ }).click();
  const dialog = page.getByRole("dialog", { name: "Synonymgruppe bearbeiten" });
  await expect(dialog.getByLabel("Begriff 1")).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByLabel("Begriff 3").fill("x".repeat(61));
  await dialog.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(dialog.getByRole("alert", { name: "Nicht gespeichert" })).toBeFocused();
  await expect(dialog.getByRole("link", { name: "Begriff 3: Ein Begriff hat höchstens 60 Zeichen." })).toBeVisible();
  await expect(dialog.getByLabel("Begriff 3")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByRole("button", { name: "Entfernen (Begriff 3)" }).click();
  await dialog.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "wurde geändert" })).toContainText("„Geschwisterbonus, Sippenrabatt“");
  await expect(page.getByRole("row", { name: /Geschwisterbonus/ })).not.toContainText("Mehrkindzuschlag");

  // delete it after a confirmation; "Abbrechen" keeps it
  await page.getByRole("row", { name: /Geschwisterbonus/ }).getByRole("button", { name: /Löschen/ }).click();
  const confirm = page.getByRole("dialog", { name: "Synonymgruppe löschen?" });
  await expect(confirm).toContainText("„Geschwisterbonus, Sippenrabatt“");
  await confirm.getByRole("button", { name: "Abbrechen" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("row", { name: /Geschwisterbonus/ })).toBeVisible();
  await page.getByRole("row", { name: /Geschwisterbonus/ }).getByRole("button", { name: /Löschen/ }).click();
  await confirm.getByRole("button", { name: "Endgültig löschen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "wurde gelöscht" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Geschwisterbonus/ })).toHaveCount(0);
  await expect(page.getByText("Kein Begriff einer Gruppe enthält diesen Text.")).toBeVisible();
  await expectNoAxeViolations(page);
  await expect.poll(() => searchKeys(page, NEW_TERM), { timeout: 20_000 }).not.toContain("eg-geschwisterbonus");
});

test("the synonym page is for ADMIN and BEV only", async ({ page }) => {
  await signIn(page, "agent@efa-wissen.example");
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Synonyme" })).toHaveCount(0);
  const res = await page.goto("/synonyme");
  expect(res?.status()).toBe(403);
});
