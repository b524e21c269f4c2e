import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { importBundle } from "../bundle/import-bundle";
import { db } from "../db";
import { isAppError, type AppError } from "../errors";
import { COMMAND_LINE_ACTOR, prepareXzufiExport, startXzufiExport } from "./export-region";
import { importXzufi } from "./import-xzufi";

/**
 * Import of XZuFi transfer documents against the real PostgreSQL: the round trip (export, then import into an
 * empty installation, reproduces the Leistungen), deltas with loesche, and hostile or broken files, after
 * which nothing is written.
 */
let fresh: Awaited<ReturnType<typeof createFreshDatabase>> | undefined;
afterEach(async () => {
  await fresh?.drop();
  fresh = undefined;
});

async function demo(label: string) {
  fresh = await createFreshDatabase(label);
  await importBundle(JSON.parse(await readFile(path.resolve(import.meta.dirname, "../../prisma/seed/demo-bundle.json"), "utf8")));
}

async function exportXml(region: string): Promise<string> {
  const run = await startXzufiExport(await prepareXzufiExport(COMMAND_LINE_ACTOR, { region }), { via: "CLI", actorLabel: "Test" });
  let xml = "";
  for await (const chunk of run.chunks) xml += Buffer.from(chunk).toString("utf8");
  return xml;
}

const leistungen = async () =>
  (await db().leistung.findMany({ select: { leikaKey: true, name: true, description: true, searchTerms: true }, orderBy: { leikaKey: "asc" } })).map((l) => ({ ...l }));

async function refused(input: string | Uint8Array): Promise<AppError> {
  try {
    await importXzufi(input);
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error("expected the import to be refused");
}

const NS = "http://xoev.de/schemata/xzufi/2_2_0";
const transfer = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<x:transfer xmlns:x="${NS}" xzufiVersion="2.2.0" produktbezeichnung="LRS Hessen">\n<x:nachrichtenkopf><x:sender>LRS Hessen</x:sender></x:nachrichtenkopf>\n${body}\n</x:transfer>\n`;
const schreibe = (id: string, leikaKey: string, name: string, extra = "") =>
  `<x:schreibe><x:leistung><x:id schemeAgencyID="lrs-he">${id}</x:id><x:referenzLeiKa><code>${leikaKey}</code></x:referenzLeiKa>` +
  `<x:modulText><x:leikaTextmodul><code>02</code></x:leikaTextmodul><x:inhalt languageCode="de">${name}</x:inhalt></x:modulText>${extra}</x:leistung></x:schreibe>`;
const loesche = (id: string, agency = "lrs-he") => `<x:loesche klasse="Leistung"><x:id schemeAgencyID="${agency}">${id}</x:id></x:loesche>`;

describe("XZuFi import", () => {
  it("export, then import into an empty installation, reproduces the Leistungen; a second import changes nothing", async () => {
    await demo("xzufi_roundtrip");
    await db().leistung.update({
      where: { leikaKey: "99041008000000" },
      data: { description: "Eltern erhalten Elterngeld, wenn sie ihr Kind selbst betreuen.\nBeträge & Fristen: <siehe> \"Bescheid\".", searchTerms: ["Basiselterngeld", "ElterngeldPlus", "Partnerschaftsbonus"] },
    });
    await db().leistung.update({ where: { leikaKey: "99115005104000" }, data: { searchTerms: ["Umzug melden", "Größe & Maß"] } });
    const xml = await exportXml("06");
    const before = await leistungen();
    await fresh?.drop();

    fresh = await createFreshDatabase("xzufi_roundtrip_empty");
    expect(await importXzufi(xml)).toEqual({ leistungen: { created: 9, updated: 0, unchanged: 0, deleted: 0 }, skipped: {}, notes: [], sender: "EfA-Wissen (efa-wissen)" });
    expect(await leistungen()).toEqual(before);
    expect(await db().auditEntry.count({ where: { action: "leistung.import.create" } })).toBe(9);
    expect(await importXzufi(xml)).toMatchObject({ leistungen: { created: 0, updated: 0, unchanged: 9, deleted: 0 } });
    expect(await db().xzufiImportedId.count({ where: { schemeAgencyId: "efa-wissen" } })).toBe(9);
  });

  it("creates and updates Leistungen from a Landesredaktionssystem, deletes what it deletes, and says what it left alone", async () => {
    await demo("xzufi_delta");
    const first = transfer(
      schreibe("4711", "99001001000000", "Hundesteuer Anmeldung",
        `<x:modulText><x:leikaTextmodul><code>05</code></x:leikaTextmodul><x:inhalt languageCode="de">&lt;p&gt;Wer einen Hund hält, meldet ihn an.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</x:inhalt></x:modulText>` +
          `<x:modulBegriffImKontext><x:begriffImKontext><x:begriff languageCode="de">Hund anmelden</x:begriff><x:typ><code>001</code></x:typ></x:begriffImKontext></x:modulBegriffImKontext>`) +
        schreibe("4712", "99041008000000", "Elterngeld (Hessen)") +
        `<x:schreibe><x:organisationseinheit><x:id>9</x:id></x:organisationseinheit></x:schreibe>`,
    );
    const report = await importXzufi(first, {});
    expect(report).toMatchObject({ leistungen: { created: 1, updated: 1, unchanged: 0, deleted: 0 }, skipped: { organisationseinheit: 1 }, sender: "LRS Hessen" });
    expect(await db().leistung.findUniqueOrThrow({ where: { leikaKey: "99001001000000" }, select: { name: true, description: true, searchTerms: true } })).toEqual({
      name: "Hundesteuer Anmeldung", description: "Wer einen Hund hält, meldet ihn an.", searchTerms: ["Hund anmelden"],
    });
    // the renamed Leistung belongs to Elterngeld digital: its articles are reindexed (their documents name it)
    const elterngeld = await db().onlineService.findUniqueOrThrow({ where: { key: "elterngeld-digital" }, select: { articles: { where: { parentId: null }, select: { id: true } } } });
    const queued = await db().searchOutbox.findMany({ where: { entityType: "article", entityId: { in: elterngeld.articles.map((a) => a.id) }, status: "PENDING" } });
    expect(queued.length).toBeGreaterThanOrEqual(elterngeld.articles.length);

    const delta = transfer(`${loesche("4711")}\n${loesche("4712")}\n${loesche("unbekannt")}\n<x:loesche klasse="Organisationseinheit"><x:id>9</x:id></x:loesche>`);
    const dry = await importXzufi(delta, { dryRun: true });
    expect(dry.leistungen.deleted).toBe(1);
    expect(await db().leistung.count({ where: { leikaKey: "99001001000000" } })).toBe(1);
    const deleted = await importXzufi(delta);
    expect(deleted.leistungen).toEqual({ created: 0, updated: 0, unchanged: 0, deleted: 1 });
    expect(deleted.skipped).toEqual({ "loesche Organisationseinheit": 1 });
    expect(deleted.notes).toEqual([
      { path: "loesche[2] (Zeile 5)", message: "Leistung 99041008000000 nicht gelöscht: sie gehört zum Onlinedienst Elterngeld digital (erst dort entfernen)" },
      { path: "loesche[3] (Zeile 6)", message: "Leistung unbekannt ist hier nicht bekannt; nichts zu löschen" },
    ]);
    expect(await db().leistung.count({ where: { leikaKey: "99001001000000" } })).toBe(0);
    expect(await db().xzufiImportedId.count({ where: { externalId: "4711" } })).toBe(0);
  });

  it("writes nothing for hostile, broken or wrong files, and names the position", async () => {
    await demo("xzufi_bad");
    const count = async () => [await db().leistung.count(), await db().auditEntry.count()];
    const before = await count();
    const good = schreibe("1", "99001001000000", "Neu");
    const cases: [string, string | Uint8Array, RegExp, RegExp | null][] = [
      ["XXE", `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&e;</x>`, /DOCTYPE/, /^Zeile 2, Spalte 1$/],
      ["billion laughs", `<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>`, /DOCTYPE/, /^Zeile 1, Spalte 1$/],
      ["malformed", transfer(`${good}\n<x:schreibe><x:leistung></x:schreibe>`), /kein wohlgeformtes XML \(Zeile 5, Spalte \d+\)/, /^Zeile 5, Spalte \d+$/],
      ["namespace", transfer(good).replace(NS, "http://xoev.de/schemata/xzufi/2_1_0"), /XZuFi-2\.1\.0-Dokument/, /^Zeile 2, Spalte 1$/],
      ["version", transfer(good).replace('xzufiVersion="2.2.0"', 'xzufiVersion="2.3.1"'), /xzufiVersion="2\.3\.1"/, /^Zeile 2, Spalte 1$/],
      ["LeiKa key", transfer(`${good}\n${schreibe("2", "99-001", "Falsch")}`), /1 Problem; es wurde nichts geschrieben/, /^schreibe\[2\]\/leistung\/referenzLeiKa \(Zeile 5, Spalte \d+\)$/],
      ["written and deleted", transfer(`${good}\n${loesche("L99001001000000-06", "efa-wissen")}`), /1 Problem/, /^loesche\[1\] \(Zeile 5\)$/],
    ];
    for (const [name, input, message, position] of cases) {
      const e = await refused(input);
      expect(e.code, name).toBe("VALIDATION");
      expect(e.message, name).toMatch(message);
      if (position) expect(e.problems[0]?.path, name).toMatch(position);
    }
    expect(await count()).toEqual(before);
  });
});
