import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signedIn } from "./support";

// Issue 8, Kommunikationsmatrix on the demo data: the BeV of Bremen adds a target to the base matrix of
// "Unterhaltsvorschuss online", the MiV of Hessen overrides that path for Hessen, and the agent in Hessen sees the
// override (not the base entry) with computed deadlines in the detail view. Wrong input gets German field errors.
const SERVICE_KEY = "unterhaltsvorschuss-online";
const RUN = Date.now().toString(36);
const BASE_NAME = `Betriebsteam E2E ${RUN}`;
const HESSEN_NAME = `Hessen-IT E2E ${RUN}`;
const BASE_FACHLICH = "Fachliche Leitstelle Unterhaltsvorschuss (BeV Bremen)";
const DEADLINE = /Reaktion bis (Mo|Di|Mi|Do|Fr|Sa|So) \d{2}\.\d{2}\. \d{2}:\d{2}/;

/** Fills the fields of a target form (the level and kind selects, name, channel, contact, service hours). */
async function fillTarget(form: ReturnType<Page["getByRole"]>, t: { level: string; kind: string; name: string; channel: string; contact: string; serviceHours: string }) {
  await form.getByLabel("Ebene", { exact: true }).selectOption({ label: t.level });
  await form.getByLabel("Art", { exact: true }).selectOption({ label: t.kind });
  await form.getByLabel("Zuständige Stelle").fill(t.name);
  await form.getByLabel("Kanal", { exact: true }).selectOption({ label: t.channel });
  await form.getByLabel("Kontakt", { exact: true }).fill(t.contact);
  await form.getByLabel("Servicezeiten", { exact: true }).fill(t.serviceHours);
}

test("BeV adds a target, the MiV of Hessen overrides it, the agent in Hessen sees the override with its deadlines", async ({ browser }) => {
  // BeV: the page from the navigation, the service chosen with the form
  const bev = await signedIn(browser, "bev@efa-wissen.example");
  await bev.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Kommunikationsmatrix" }).click();
  await expect(bev.getByRole("heading", { level: 1 })).toHaveText("Kommunikationsmatrix");
  await bev.getByLabel("Onlinedienst", { exact: true }).selectOption(SERVICE_KEY);
  await bev.getByRole("button", { name: "Anzeigen" }).click();
  await expect(bev).toHaveURL(new RegExp(`dienst=${SERVICE_KEY}`));
  await expectNoAxeViolations(bev);

  // wrong input: nothing is saved, each problem at its field
  const baseForm = bev.getByRole("region", { name: "Neuer Eintrag der Basis-Matrix" });
  await fillTarget(baseForm, { level: "Third Level", kind: "technisch", name: BASE_NAME, channel: "E-Mail", contact: "betrieb(at)bremen", serviceHours: "Mo-Fr 18:00-07:00" });
  await baseForm.getByLabel("Reaktionszeit leicht").fill("-4");
  await baseForm.getByRole("button", { name: "Eintrag anlegen" }).click();
  const summary = baseForm.getByRole("alert", { name: "Der Eintrag wurde nicht gespeichert" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Kontakt: „betrieb(at)bremen“ ist keine E-Mail-Adresse");
  await expect(summary).toContainText("Servicezeiten:");
  await expect(summary).toContainText("Reaktionszeit leicht: Die Reaktionszeit für „leicht“ muss mindestens 1 Arbeitsstunde betragen.");
  await expect(baseForm.getByLabel("Kontakt", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(bev);

  await baseForm.getByLabel("Kontakt", { exact: true }).fill("betrieb-e2e@it-dienstleister-bremen.example");
  await baseForm.getByLabel("Servicezeiten", { exact: true }).fill("Mo-Do 07:00-18:00, Fr 07:00-15:00");
  await baseForm.getByLabel("Reaktionszeit leicht").fill("16");
  await baseForm.getByRole("button", { name: "Eintrag anlegen" }).click();
  await expect(bev.getByRole("status").filter({ hasText: "in die Basis-Matrix aufgenommen" })).toContainText(BASE_NAME);
  await expect(bev.getByRole("table", { name: "Basis-Matrix" })).toContainText(BASE_NAME);
  await expect(summary).toHaveCount(0);

  // MiV Hessen: sees the base entry without actions, overrides Third Level technisch for Hessen
  const miv = await signedIn(browser, "miv@efa-wissen.example");
  await miv.goto(`/matrix?dienst=${SERVICE_KEY}`);
  await expect(miv.getByRole("table", { name: "Basis-Matrix" })).toContainText(BASE_NAME);
  await expect(miv.getByRole("table", { name: "Basis-Matrix" }).getByRole("button")).toHaveCount(0);
  const landForm = miv.getByRole("region", { name: "Neuer Eintrag von Land Hessen" });
  await fillTarget(landForm, { level: "Third Level", kind: "technisch", name: HESSEN_NAME, channel: "Telefon", contact: "0611 340-0", serviceHours: "Mo-Fr 08:00-16:00" });
  await landForm.getByRole("button", { name: "Eintrag anlegen" }).click();
  await expect(miv.getByRole("status").filter({ hasText: "als Eintrag von Land Hessen aufgenommen" })).toContainText(HESSEN_NAME);
  const effective = miv.getByRole("table", { name: "Wirksame Matrix für Land Hessen" });
  await expect(effective).toContainText(HESSEN_NAME);
  await expect(effective).not.toContainText(BASE_NAME);
  await expectNoAxeViolations(miv);

  // editing in the dialog: a wrong value is named in the dialog and nothing saved, a right one is saved
  await miv.getByRole("table", { name: "Einträge von Land Hessen" }).getByRole("row").filter({ hasText: HESSEN_NAME }).getByRole("button", { name: /^Bearbeiten/ }).click();
  const dialog = miv.getByRole("dialog", { name: "Eintrag bearbeiten" });
  await expect(dialog.getByLabel("Zuständige Stelle", { exact: true })).toBeFocused();
  await dialog.getByLabel("Servicezeiten", { exact: true }).fill("Mo-Fr 08:00-12:00, 11:00-16:00");
  await dialog.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(dialog.getByRole("alert", { name: "Nicht gespeichert" })).toContainText("überschneiden sich");
  await dialog.getByLabel("Servicezeiten", { exact: true }).fill("Mo-Fr 08:00-16:30");
  await dialog.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(miv.getByRole("status").filter({ hasText: "wurde geändert" })).toContainText(HESSEN_NAME);
  await expect(miv.getByRole("table", { name: "Einträge von Land Hessen" })).toContainText("Mo-Fr 08:00-16:30");

  // the MiV excludes Third Level fachlich for Hessen (a reason is required)
  const restrictForm = miv.getByRole("region", { name: "Weg für Land Hessen ausschließen" });
  await restrictForm.getByLabel("Ebene", { exact: true }).selectOption({ label: "Third Level" });
  await restrictForm.getByLabel("Art", { exact: true }).selectOption({ label: "fachlich" });
  await restrictForm.getByRole("button", { name: "Weg ausschließen" }).click();
  await expect(restrictForm.getByRole("alert", { name: "Der Weg wurde nicht ausgeschlossen" })).toContainText("Begründung: Bitte kurz begründen");
  await restrictForm.getByLabel("Begründung", { exact: true }).fill(`Kommunen dürfen Third Level nicht direkt kontaktieren (${RUN})`);
  await restrictForm.getByRole("button", { name: "Weg ausschließen" }).click();
  await expect(miv.getByRole("status").filter({ hasText: "nicht zulässig" })).toBeVisible();
  await expect(effective.getByRole("row").filter({ hasText: BASE_FACHLICH })).toContainText("für Land Hessen nicht zulässig: Kommunen dürfen Third Level nicht direkt kontaktieren");

  // a MiV may not write the base matrix: the API refuses it and nothing changes
  const refused = await miv.request.post("/api/matrix/targets", {
    headers: { Origin: new URL(miv.url()).origin },
    data: { serviceKey: SERVICE_KEY, regionArs: null, level: "SECOND", kind: "TECHNICAL", name: `Fremd ${RUN}`, channel: "EMAIL", contact: "x@hessen.example", serviceHours: "Mo-Fr 08:00-16:00", reactionHours: { BETRIEBSVERHINDERND: 2, BETRIEBSBEHINDERND: 8, LEICHT: 16 }, resolutionHours: { BETRIEBSVERHINDERND: 2, BETRIEBSBEHINDERND: 8, LEICHT: 16 } },
  });
  expect(refused.status()).toBe(403);

  // the CSV export of Hessen's effective matrix: BOM, the documented header, the override
  const csv = await miv.request.get(`/api/matrix/export?service=${SERVICE_KEY}&land=06&format=csv`);
  expect(csv.status()).toBe(200);
  const text = (await csv.body()).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.slice(1).split("\r\n")[0]).toBe("dienst;dienst_name;land;land_name;ebene;art;herkunft;name;kanal;kontakt;servicezeiten;feiertage_land;reaktion_betriebsverhindernd_h;reaktion_betriebsbehindernd_h;reaktion_leicht_h;erledigung_betriebsverhindernd_h;erledigung_betriebsbehindernd_h;erledigung_leicht_h;zulaessig;hinweis");
  expect(text).toContain(`;THIRD;TECHNICAL;land;${HESSEN_NAME};PHONE;0611 340-0;`);

  // the agent in Hessen: an article of the service, its routing targets with deadlines for a chosen class
  const agent = await signedIn(browser, "agent@efa-wissen.example");
  let articleId = "";
  await expect
    .poll(
      async () => {
        const res = await agent.request.get(`/api/search?q=${encodeURIComponent("Unterhaltsvorschuss")}&region=06`);
        if (!res.ok()) return "";
        const hits = ((await res.json()) as { hits: { id: string; service: { key: string } }[] }).hits;
        articleId = hits.find((h) => h.service.key === SERVICE_KEY)?.id ?? "";
        return articleId;
      },
      { timeout: 120_000, intervals: [250, 500, 1000] },
    )
    .not.toBe("");
  await agent.goto(`/servicecenter/artikel/${articleId}?region=06`);
  const routing = agent.getByRole("region", { name: "Weiterleitung (Kommunikationsmatrix)" });
  const third = routing.getByRole("table", { name: "Third Level" });
  await expect(third).toContainText(HESSEN_NAME);
  await expect(third).not.toContainText(BASE_NAME);
  await routing.getByLabel("Störungsklasse des Tickets").selectOption({ label: "betriebsverhindernd" });
  await routing.getByRole("button", { name: "Fristen berechnen" }).click();
  await expect(agent).toHaveURL(/klasse=BETRIEBSVERHINDERND/);
  const row = third.getByRole("row").filter({ hasText: HESSEN_NAME });
  await expect(row).toContainText(DEADLINE);
  await expect(row).toContainText(/Lösung bis (Mo|Di|Mi|Do|Fr|Sa|So) \d{2}\.\d{2}\. \d{2}:\d{2}/);
  await expect(third.getByRole("columnheader", { name: "Fristen ab jetzt (betriebsverhindernd)" })).toBeVisible();
  // the path Hessen excluded is not offered
  await expect(third).not.toContainText(BASE_FACHLICH);
  await expectNoAxeViolations(agent);

  // the MiV allows the path again (confirmation dialog); the agent gets it offered again
  await miv.getByRole("button", { name: /^Wieder zulassen\s*: Third Level, fachlich$/ }).click();
  await miv.getByRole("dialog", { name: "Weg wieder zulassen?" }).getByRole("button", { name: "Wieder zulassen" }).click();
  await expect(miv.getByRole("status").filter({ hasText: "wieder zulässig" })).toBeVisible();
  await agent.reload();
  await expect(third).toContainText(BASE_FACHLICH);
});
