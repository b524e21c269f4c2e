// Builds tests/relevance/corpus-bundle.json: a bench-only online service with FAQ articles derived from the
// service catalogue of the Landeshauptstadt München (shared/corpus/munich_services_de.json, EUPL-1.2), so the
// relevance bench (scripts/bench-relevance.ts) measures the search also on real texts about Kfz, Ausweis,
// Melderecht and more, where callers' words and the administration's differ most.
//
//   npx tsx tests/relevance/build-corpus-bundle.ts
//
// Like prisma/seed/build-demo-bundle.ts it reads ../shared/corpus next to the repository; the generated JSON
// is committed. The articles carry no keywords on purpose (the catalogue's keyword lists already contain the
// citizens' words): the bench shall measure what the search finds from the text and the synonyms.

import { writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "../../prisma/seed/demo/corpus";
import { htmlToText } from "../../prisma/seed/demo/html";

const here = dirname(fileURLToPath(import.meta.url));
const corpus = loadCorpus(resolve(here, "../../../shared/corpus"));

/** article key -> Munich service id, categories */
const PICKS: [string, string, string[]][] = [
  ["mk-personalausweis", "1063441", ["Inhalt", "Verfahren"]],
  ["mk-reisepass", "1063453", ["Inhalt", "Verfahren"]],
  ["mk-ausweis-verlust", "1076889", ["Verfahren"]],
  ["mk-reisepass-verlust", "1078273", ["Verfahren"]],
  ["mk-vorlaeufiger-reisepass", "1080582", ["Verfahren"]],
  ["mk-eid-pin", "10225119", ["Identifizierung"]],
  ["mk-adressaenderung-ausweis", "10242339", ["Verfahren"]],
  ["mk-ausweis-abholen", "10295182", ["Verfahren"]],
  ["mk-wohnsitz-anmelden", "1063475", ["Inhalt"]],
  ["mk-wohnsitz-abmelden", "1063486", ["Inhalt", "Verfahren"]],
  ["mk-melderegisterauskunft", "1063505", ["Inhalt"]],
  ["mk-auskunftssperre", "1063532", ["Inhalt"]],
  ["mk-meldebescheinigung", "1063576", ["Verfahren"]],
  ["mk-fuehrungszeugnis", "1063565", ["Verfahren"]],
  ["mk-fundsache", "1063519", ["Verfahren"]],
  ["mk-beglaubigung", "1063426", ["Verfahren"]],
  ["mk-eheschliessung", "1063648", ["Verfahren"]],
  ["mk-sterbeurkunde", "1063655", ["Verfahren"]],
  ["mk-fahrzeug-neu-anmelden", "1063425", ["Verfahren"]],
  ["mk-fahrzeug-umschreiben", "1063424", ["Verfahren"]],
  ["mk-fahrzeug-abmelden", "1064305", ["Verfahren"]],
  ["mk-fahrzeug-wieder-anmelden", "1064308", ["Verfahren"]],
  ["mk-zb2-verlust", "1064278", ["Verfahren"]],
  ["mk-fahrzeugpapiere-adresse", "1064121", ["Verfahren"]],
  ["mk-kurzzeitkennzeichen", "1064323", ["Verfahren"]],
  ["mk-saisonkennzeichen", "1064333", ["Verfahren"]],
  ["mk-wechselkennzeichen", "1080502", ["Verfahren"]],
  ["mk-oldtimer-kennzeichen", "1064311", ["Verfahren"]],
  ["mk-importfahrzeug", "1064076", ["Verfahren"]],
  ["mk-bewohnerparkausweis", "1072043", ["Verfahren"]],
  ["mk-behindertenparkausweis", "1072009", ["Verfahren"]],
  ["mk-fuehrerschein-international", "1071854", ["Verfahren"]],
  ["mk-fuehrerschein-umschreiben", "1071896", ["Verfahren"]],
  ["mk-fuehrerschein-verlaengern", "1064361", ["Verfahren"]],
  ["mk-probezeit", "10252758", ["Inhalt"]],
  ["mk-verkehrsverstoesse", "10252761", ["Inhalt"]],
  ["mk-kfz-steuer-versicherung", "10305831", ["Inhalt"]],
  ["mk-bafoeg", "1074970", ["Inhalt"]],
  ["mk-kita-beratung", "10113239", ["Inhalt"]],
  ["mk-vaterschaft", "1075163", ["Inhalt"]],
  ["mk-unterhalt-beurkunden", "1075967", ["Inhalt"]],
  ["mk-einbuergerung", "1071907", ["Inhalt"]],
  ["mk-niederlassungserlaubnis", "1064101", ["Inhalt"]],
  ["mk-kleiner-waffenschein", "1072617", ["Verfahren"]],
  ["mk-fischereischein", "1073758", ["Verfahren"]],
  ["mk-mietspiegel", "1073941", ["Inhalt"]],
  ["mk-haushaltsbescheinigung", "1080843", ["Verfahren"]],
  ["mk-personendaten-aendern", "10224136", ["Verfahren"]],
];

const SERVICE = "buergerservice-korpus";

function shortAnswer(text: string): string {
  const sentences = text.match(/[^.!?]+[.!?]+/g) ?? [text];
  let out = "";
  for (const s of sentences) {
    if ((out + s).length > 400) break;
    out += s;
  }
  return (out || text.slice(0, 400)).trim();
}

const articles = PICKS.map(([key, id, categories]) => {
  const s = corpus.munich(id);
  const html = s.descriptionHtml + (s.feesHtml ? `<h3>Gebühren</h3>${s.feesHtml.startsWith("<") ? s.feesHtml : `<p>${s.feesHtml}</p>`}` : "");
  const leika = s.leika && /^\d{14}$/.test(s.leika) ? [s.leika] : [];
  return {
    key,
    service: SERVICE,
    type: "FAQ",
    title: s.name,
    shortAnswer: shortAnswer(htmlToText(s.descriptionHtml)),
    bodyHtml: html,
    keywords: [],
    categories,
    leikaKeys: leika,
    validFrom: "2026-01-01",
    status: "PUBLISHED",
    internalNote: `Aus dem Dienstleistungskatalog der Landeshauptstadt München (Leistung ${id}), EUPL-1.2; nur für die Relevanzmessung.`,
  };
});

const leistungen = [...new Map(PICKS.map(([, id]) => corpus.munich(id)).filter((s) => s.leika && /^\d{14}$/.test(s.leika)).map((s) => [s.leika as string, { leikaKey: s.leika as string, name: s.name }])).values()];

const bundle = {
  format: "kb-bundle",
  version: 1,
  organisations: [],
  services: [{ key: SERVICE, name: "Bürgerservice (Testkorpus München)", operatorArs: "09", coUserArs: ["04"], url: "https://buergerservice.example", leistungen }],
  articles,
  variants: [],
  routingTargets: [],
  synonyms: [],
};
writeFileSync(resolve(here, "corpus-bundle.json"), `${JSON.stringify(bundle, null, 2)}\n`);
console.log(`tests/relevance/corpus-bundle.json: ${articles.length} Artikel`);
