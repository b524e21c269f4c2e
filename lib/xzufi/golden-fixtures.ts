import type { ArticleContent } from "../articles/content";
import { htmlToDoc, docToHtml, docToText } from "../editor/server";
import { effectiveContent, type VariantStep } from "../variants/effective-content";
import { articleFacts, type ArticleFacts, type IncidentFacts, type LeistungFacts, type RoutingTargetFacts, type ServiceFacts } from "./facts";
import type { ExportContext } from "./to-xzufi";
import type { DocumentHead } from "../../xzufi/types";

/**
 * Fixed facts for the golden-file tests (xzufi/golden/*.xml): one Leistung of Elterngeld digital with base
 * content (region Bremen, the operator), with a Land variant (Hessen) and with a Kommune variant and an active
 * incident (Frankfurt am Main). Effective texts come from effectiveContent, as in the real export.
 */

const BREMEN = "Freie Hansestadt Bremen";
const HESSEN = "Land Hessen";
const FRANKFURT = "Stadt Frankfurt am Main";
const t = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function base(title: string, shortAnswer: string, html: string, extra: Partial<ArticleContent> = {}): ArticleContent {
  const doc = htmlToDoc(html);
  return {
    title, shortAnswer, bodyJson: doc, bodyHtml: docToHtml(doc), bodyText: docToText(doc),
    keywords: [], categories: [], leikaKeys: ["99041008000000"], contactHints: null, internalNote: null,
    validFrom: null, validUntil: null, reviewDue: null, ...extra,
  };
}

const FAQ_ONLINE = base(
  "Kann ich Elterngeld online beantragen?",
  "Ja. Elterngeld digital steht in allen teilnehmenden Ländern zur Verfügung.",
  '<p><strong>Elterngeld digital</strong> ist der Online-Antrag auf Elterngeld.</p><ul><li>Direkt über <a href="https://www.elterngeld-digital.example/">Elterngeld digital</a></li><li>oder über das Familienportal</li></ul>',
  { keywords: ["Elterngeld online", "Onlineantrag"], validFrom: day("2026-01-01") },
);
const FAQ_ZUSTAENDIG = base(
  "Welche Stelle ist für mein Elterngeld zuständig?",
  "Zuständig ist die Elterngeldstelle Ihres Wohnorts.",
  "<p>Elterngeld digital wählt die Stelle anhand der Postleitzahl aus.</p>",
  { keywords: ["Elterngeldstelle", "Zuständigkeit"], contactHints: "Elterngeldstelle des Wohnorts\nAuskunft auch über die 115" },
);
const WORKAROUND_PDF = base(
  "Der Antrag lässt sich nicht als PDF speichern",
  "Bitte einen anderen Browser verwenden.",
  "<p>Vorübergehend hilft der Druck in eine Datei.</p>",
  { keywords: ["PDF"], leikaKeys: [] },
);
const INCIDENT = base(
  "Störung: Anträge erreichen die Elterngeldstellen in Hessen verzögert",
  "Ihr Antrag ist angekommen; die Bearbeitung beginnt wenige Tage später.",
  "<p>Die Übermittlung an die Fachverfahren ist verzögert.</p>",
);

const reviewedBremen = { at: t("2026-10-02T09:15:00Z"), by: BREMEN };

function baseArticles(): ArticleFacts[] {
  return [
    articleFacts(effectiveContent(FAQ_ONLINE, BREMEN, []), { familyKey: "eg-verfuegbarkeit", type: "FAQ", changed: { at: t("2026-10-02T09:15:00Z"), by: BREMEN }, reviewed: reviewedBremen }),
    articleFacts(effectiveContent(FAQ_ZUSTAENDIG, BREMEN, []), { familyKey: "eg-zustaendigkeit", type: "FAQ", changed: { at: t("2026-09-01T08:00:00Z"), by: BREMEN }, reviewed: { at: t("2026-09-01T08:00:00Z"), by: BREMEN } }),
    articleFacts(effectiveContent(WORKAROUND_PDF, BREMEN, []), { familyKey: "eg-workaround-pdf", type: "WORKAROUND", changed: { at: t("2026-08-12T12:00:00Z"), by: BREMEN }, reviewed: null }),
  ];
}

const hessenStep: VariantStep = {
  level: "land",
  orgName: HESSEN,
  changes: [
    { field: "TITLE", mode: "REPLACE", value: { text: "Welches Amt für Versorgung und Soziales ist in Hessen zuständig?" } },
    { field: "BODY", mode: "APPEND", value: { doc: htmlToDoc("<p>In Hessen: die Ämter für Versorgung und Soziales in Darmstadt, Frankfurt, Fulda, Gießen, Kassel und Wiesbaden.</p>") } },
    { field: "KEYWORDS", mode: "APPEND", value: { items: ["Versorgungsamt"] } },
  ],
};

const frankfurtStep: VariantStep = {
  level: "kommune",
  orgName: FRANKFURT,
  changes: [
    // typographic quotes, a dash and an emoji: String.Latin maps the first two, reports the emoji
    { field: "SHORT_ANSWER", mode: "APPEND", value: { text: "In Frankfurt: „Amt für Versorgung“ – Zeil 5 👍" } },
    { field: "CONTACT_HINTS", mode: "REPLACE", value: { text: "Bürgeramt Frankfurt, Telefon 115" } },
  ],
};

const routingGeneral: RoutingTargetFacts = {
  name: "Service Desk Elterngeld digital",
  level: "SECOND",
  kind: "TECHNICAL",
  channel: "TICKET_SYSTEM",
  contact: "https://servicedesk.example/elterngeld-digital",
  serviceHours: "Mo-Fr 07:00-19:00",
  reactionHours: { BETRIEBSVERHINDERND: 2, BETRIEBSBEHINDERND: 8, LEICHT: 16 },
  resolutionHours: { BETRIEBSVERHINDERND: 8, BETRIEBSBEHINDERND: 24, LEICHT: 80 },
  regionName: null,
  changed: { at: t("2026-07-01T10:00:00Z"), by: BREMEN },
};
const routingHessen: RoutingTargetFacts = {
  ...routingGeneral,
  name: "Fachliche Leitstelle Elterngeld Hessen",
  kind: "FACHLICH",
  channel: "EMAIL",
  contact: "elterngeld@hessen.example",
  regionName: HESSEN,
  changed: { at: t("2026-10-20T07:00:00Z"), by: HESSEN },
};

function leistung(services: ServiceFacts[]): LeistungFacts {
  return {
    leikaKey: "99041008000000",
    name: "Elterngeld",
    description: "Eltern erhalten Elterngeld, wenn sie ihr Kind nach der Geburt selbst betreuen.\nEs ersetzt einen Teil des Einkommens.",
    searchTerms: ["Elterngeld beantragen", "Basiselterngeld"],
    createdAt: t("2026-01-05T08:00:00Z"),
    updatedAt: t("2026-01-05T08:00:00Z"),
    services,
  };
}

const service = (articles: ArticleFacts[], incidents: IncidentFacts[], routingTargets: RoutingTargetFacts[]): ServiceFacts => ({
  key: "elterngeld-digital", name: "Elterngeld digital", articles, incidents, routingTargets,
});

export const GOLDEN_SYNONYMS = [["Elterngeld online", "Elterngeld digital", "ElterngeldDigital"], ["Elterngeldstelle", "Elterngeldkasse"]];

export function goldenContext(regionArs: string): ExportContext {
  return { regionArs, schemeAgencyId: "efa-wissen", sender: "EfA-Wissen (efa-wissen)", synonymGroups: GOLDEN_SYNONYMS };
}

export function goldenHead(): DocumentHead {
  return { produktversion: "0.1.0", kopf: { nachrichtUUID: "6f1e1c9e-8a4b-5c2d-9e3f-0a1b2c3d4e5f", erstelltDatumZeit: "2026-11-20T07:00:00Z", sender: "EfA-Wissen (efa-wissen)" } };
}

/** Base content only: the operator's own region. */
export function baseCase(): { regionArs: string; facts: LeistungFacts } {
  return { regionArs: "04", facts: leistung([service(baseArticles(), [], [routingGeneral])]) };
}

/** Hessen: its Land variant replaces a title and appends to the answer; a Hessian routing target. */
export function landVariantCase(): { regionArs: string; facts: LeistungFacts } {
  const [online, , workaround] = baseArticles();
  const hessen = articleFacts(effectiveContent(FAQ_ZUSTAENDIG, BREMEN, [hessenStep]), {
    familyKey: "eg-zustaendigkeit", type: "FAQ", changed: { at: t("2026-10-15T11:30:00Z"), by: HESSEN }, reviewed: { at: t("2026-10-15T11:30:00Z"), by: HESSEN },
  });
  return { regionArs: "06", facts: leistung([service([online as ArticleFacts, hessen, workaround as ArticleFacts], [], [routingGeneral, routingHessen])]) };
}

/** Frankfurt: a Kommune variant on top of Hessen's, and the active incident in Hessen. */
export function kommuneVariantCase(): { regionArs: string; facts: LeistungFacts } {
  const [online, , workaround] = baseArticles();
  const frankfurt = articleFacts(effectiveContent(FAQ_ZUSTAENDIG, BREMEN, [hessenStep, frankfurtStep]), {
    familyKey: "eg-zustaendigkeit", type: "FAQ", changed: { at: t("2026-11-02T14:00:00Z"), by: FRANKFURT }, reviewed: { at: t("2026-10-15T11:30:00Z"), by: HESSEN },
  });
  const incident: IncidentFacts = {
    familyKey: "eg-stoerung-uebermittlung-hessen",
    title: INCIDENT.title,
    shortAnswer: INCIDENT.shortAnswer,
    klasse: "BETRIEBSBEHINDERND",
    startedAt: t("2026-11-20T06:30:00Z"),
    leikaKeys: [],
    workaroundTitle: "Der Antrag lässt sich nicht als PDF speichern",
    changed: { at: t("2026-11-20T06:35:00Z"), by: BREMEN },
    reviewed: null,
  };
  return { regionArs: "064120000000", facts: leistung([service([online as ArticleFacts, frankfurt, workaround as ArticleFacts], [incident], [routingGeneral, routingHessen])]) };
}
