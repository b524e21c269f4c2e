// Synthetic but realistic knowledge base for the search benchmark (scripts/bench-search.ts), pure and
// deterministic for a seed: the 16 Länder with many Kommunen, online services operated by one Land and co-used
// by others, base articles from corpus texts (FAQ, workarounds, training notes, incidents) and Land and Kommune
// variants, plus the queries an agent would type (words of titles and keywords, some with typos).
// Rows come out ready for createMany; the search documents are made later by the real mapping (rebuildIndex).

import type { CorpusTopic } from "./search-corpus";

export type Rng = () => number;

/** mulberry32: small, fast, deterministic. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => {
  if (!items.length) throw new Error("pick from an empty list");
  return items[Math.floor(rng() * items.length)] as T;
};
const chance = (rng: Rng, p: number) => rng() < p;

// --- vocabulary of the generated content -------------------------------------------------------------------

export const LAENDER: readonly (readonly [string, string])[] = [
  ["01", "Schleswig-Holstein"], ["02", "Freie und Hansestadt Hamburg"], ["03", "Niedersachsen"], ["04", "Freie Hansestadt Bremen"],
  ["05", "Nordrhein-Westfalen"], ["06", "Hessen"], ["07", "Rheinland-Pfalz"], ["08", "Baden-Württemberg"], ["09", "Freistaat Bayern"],
  ["10", "Saarland"], ["11", "Berlin"], ["12", "Brandenburg"], ["13", "Mecklenburg-Vorpommern"], ["14", "Freistaat Sachsen"],
  ["15", "Sachsen-Anhalt"], ["16", "Freistaat Thüringen"],
];

const TOWN_PREFIXES = ["", "", "", "Bad ", "Neu", "Alt", "Ober", "Unter", "Groß ", "Klein ", "Nieder", "Hohen"];
const TOWN_ROOTS = ["Linden", "Eichen", "Birken", "Buchen", "Tannen", "Wald", "Wiesen", "Mühl", "Stein", "Rosen", "Sonnen", "Fried", "Karls", "Ludwigs", "Marien", "Wilhelms", "Hirsch", "Falken", "Kirch", "Brunn"];
const TOWN_ENDINGS = ["stadt", "dorf", "hausen", "heim", "feld", "burg", "bach", "berg", "au", "rode", "kirchen", "hagen", "brück", "tal", "hofen"];

type Category = "Verfuegbarkeit" | "Technik" | "Anmeldung" | "Registrierung" | "Identifizierung" | "Bezahlung" | "Formular" | "Verfahren" | "Inhalt";
type ArticleType = "FAQ" | "WORKAROUND" | "INCIDENT" | "TRAINING";

interface Template {
  type: ArticleType;
  title: (x: string) => string;
  /** the first paragraph of the answer and the start of the Sprechtext */
  lead: (x: string, service: string) => string;
  categories: Category[];
  /** words an agent types for this kind of question */
  intents: string[];
  keywords: string[];
}

const TEMPLATES: readonly Template[] = [
  { type: "FAQ", title: (x) => `Wie beantrage ich ${x} online?`, lead: (x, s) => `Den Antrag für ${x} stellen Sie über den Onlinedienst ${s}. Sie melden sich mit Ihrem Nutzerkonto an, füllen das Formular aus und laden die Nachweise hoch.`, categories: ["Verfahren"], intents: ["beantragen", "online beantragen", "antrag stellen"], keywords: ["Antrag", "online"] },
  { type: "FAQ", title: (x) => `Welche Unterlagen brauche ich für ${x}?`, lead: (x) => `Für ${x} brauchen Sie in der Regel einen gültigen Ausweis und die Nachweise, die im Formular genannt sind. Die Nachweise können Sie als PDF oder Foto hochladen.`, categories: ["Formular"], intents: ["unterlagen", "nachweise", "dokumente"], keywords: ["Unterlagen", "Nachweise"] },
  { type: "FAQ", title: (x) => `Was kostet ${x}?`, lead: (x) => `Die Gebühren für ${x} richten sich nach der Gebührenordnung der zuständigen Stelle. Sie bezahlen am Ende des Antrags online mit Kreditkarte, PayPal oder giropay.`, categories: ["Bezahlung", "Verfahren"], intents: ["kosten", "gebühr", "was kostet"], keywords: ["Gebühren", "Kosten"] },
  { type: "FAQ", title: (x) => `Wie lange dauert die Bearbeitung bei ${x}?`, lead: (x) => `Die Bearbeitung von ${x} dauert meist zwei bis vier Wochen. Den Stand sehen Sie im Postfach Ihres Nutzerkontos.`, categories: ["Verfahren"], intents: ["dauer", "bearbeitungszeit", "wie lange"], keywords: ["Bearbeitungsdauer"] },
  { type: "FAQ", title: (x) => `Wer ist für ${x} zuständig?`, lead: (x) => `Zuständig für ${x} ist die Behörde an Ihrem Wohnort. Der Onlinedienst leitet den Antrag nach Ihrer Adresse automatisch dorthin weiter.`, categories: ["Inhalt"], intents: ["zuständig", "zuständigkeit", "welche behörde"], keywords: ["Zuständigkeit"] },
  { type: "FAQ", title: (x) => `Kann ich ${x} ohne Online-Ausweis beantragen?`, lead: (x) => `Für ${x} ist die Online-Ausweisfunktion nicht in jedem Fall nötig; ohne sie wählen Sie im Nutzerkonto die Anmeldung mit Benutzername und Passwort und reichen die Unterschrift nach.`, categories: ["Identifizierung"], intents: ["ohne ausweis", "online-ausweis", "eid"], keywords: ["Online-Ausweis", "eID"] },
  { type: "FAQ", title: (x) => `Wie melde ich mich für ${x} mit der BundID an?`, lead: (x) => `Für ${x} melden Sie sich mit der BundID an. Wer noch kein Konto hat, legt es beim ersten Aufruf des Antrags an.`, categories: ["Anmeldung", "Registrierung"], intents: ["bundid", "anmelden", "login", "nutzerkonto"], keywords: ["BundID", "Nutzerkonto"] },
  { type: "FAQ", title: (x) => `Ich habe keine Eingangsbestätigung für ${x} erhalten`, lead: (x) => `Die Eingangsbestätigung für ${x} kommt in das Postfach des Nutzerkontos, nicht per E-Mail. Steht dort nichts, wurde der Antrag nicht abgeschickt.`, categories: ["Verfahren"], intents: ["keine bestätigung", "eingangsbestätigung", "nichts erhalten"], keywords: ["Eingangsbestätigung", "Postfach"] },
  { type: "FAQ", title: (x) => `Wie reiche ich Nachweise für ${x} nach?`, lead: (x) => `Fehlende Nachweise für ${x} reichen Sie über das Postfach des Nutzerkontos nach, indem Sie auf die Nachricht der Behörde antworten.`, categories: ["Formular", "Verfahren"], intents: ["nachreichen", "nachweis nachreichen", "fehlende unterlagen"], keywords: ["Nachweise", "nachreichen"] },
  { type: "FAQ", title: (x) => `Gilt ${x} auch für Angehörige?`, lead: (x) => `${x} beantragt jede berechtigte Person selbst. Für Kinder und betreute Personen stellen die gesetzlichen Vertreter den Antrag.`, categories: ["Inhalt"], intents: ["angehörige", "für kinder", "vollmacht"], keywords: ["Vertretung"] },
  { type: "WORKAROUND", title: (x) => `${x}: Hochladen der Nachweise schlägt fehl`, lead: () => `Schlägt das Hochladen fehl, ist die Datei meist zu groß oder im falschen Format. Bitte Dateien als PDF, JPG oder PNG mit höchstens 10 MB hochladen; große Scans vorher verkleinern.`, categories: ["Technik", "Formular"], intents: ["hochladen", "upload fehler", "datei zu groß"], keywords: ["Upload", "Datei"] },
  { type: "WORKAROUND", title: (x) => `${x}: Zahlung bricht ab`, lead: () => `Bricht die Zahlung ab, wurde der Antrag noch nicht abgeschickt. Bitte die Zahlung neu starten oder eine andere Zahlungsart wählen; doppelt abgebuchte Beträge werden erstattet.`, categories: ["Bezahlung", "Technik"], intents: ["zahlung", "bezahlen fehler", "epaybl"], keywords: ["Zahlung", "ePayBL"] },
  { type: "WORKAROUND", title: (x) => `${x}: Formular lässt sich nicht absenden`, lead: () => `Lässt sich das Formular nicht absenden, fehlt meist eine Pflichtangabe. Die markierten Felder oben im Formular prüfen; hilft das nicht, den Browser-Cache leeren und neu anmelden.`, categories: ["Technik", "Formular"], intents: ["absenden", "geht nicht", "fehler beim senden"], keywords: ["Formular", "Absenden"] },
  { type: "WORKAROUND", title: (x) => `${x}: Sitzung während des Antrags abgelaufen`, lead: () => `Nach 30 Minuten ohne Eingabe endet die Sitzung. Zwischengespeicherte Angaben stehen nach der erneuten Anmeldung unter „Meine Anträge“.`, categories: ["Technik"], intents: ["sitzung abgelaufen", "abgemeldet", "timeout"], keywords: ["Sitzung", "Zwischenspeichern"] },
  { type: "TRAINING", title: (x) => `Schulung: So läuft ${x} im Onlinedienst ab`, lead: (x, s) => `Diese Schulungsunterlage zeigt dem Servicecenter Schritt für Schritt, wie ${x} im Onlinedienst ${s} beantragt wird und wo Anrufende am häufigsten Hilfe brauchen.`, categories: ["Inhalt"], intents: ["schulung", "ablauf", "schritt für schritt"], keywords: ["Schulung"] },
  { type: "INCIDENT", title: (x) => `Störung: ${x} zurzeit nicht erreichbar`, lead: () => `Der Onlinedienst ist zurzeit nicht erreichbar. Anträge können später gestellt werden; Fristen verlängern sich nach Auskunft der zuständigen Stelle entsprechend.`, categories: ["Verfuegbarkeit"], intents: ["störung", "nicht erreichbar", "geht nicht"], keywords: ["Störung", "Ausfall"] },
  { type: "INCIDENT", title: (x) => `Störung: Anmeldung bei ${x} gestört`, lead: () => `Die Anmeldung mit dem Nutzerkonto ist zurzeit gestört. Bereits gestellte Anträge sind nicht betroffen.`, categories: ["Verfuegbarkeit", "Anmeldung"], intents: ["anmeldung gestört", "login geht nicht", "störung"], keywords: ["Störung", "Anmeldung"] },
];

const QUALIFIERS = [" nach einem Umzug", " für Minderjährige", " aus dem Ausland", " für Unternehmen", " am Smartphone", " bei Erstantrag", " bei Verlängerung", " mit Vollmacht", " in Gebärdensprache", " für Menschen mit Behinderung"];

const GENERIC_PARAGRAPHS = [
  "Der Antrag kann jederzeit online gestellt werden. Angaben lassen sich zwischenspeichern und später ergänzen.",
  "Bitte halten Sie Ihre Steuer-Identifikationsnummer und Ihre Bankverbindung bereit.",
  "Die Behörde meldet sich über das Postfach des Nutzerkontos, wenn Angaben fehlen.",
  "Den Bescheid erhalten Sie elektronisch in das Postfach oder auf Wunsch per Post.",
  "Bei Fragen zum Inhalt hilft die zuständige Stelle; bei technischen Fragen der Support des Onlinedienstes.",
  "Der Onlinedienst ist barrierefrei nach BITV 2.0 und funktioniert in allen gängigen Browsern.",
];

const LAND_ADDITIONS = [
  (land: string) => `In ${land} bearbeitet die zuständige Landesbehörde den Antrag; rechnen Sie dort mit drei bis fünf Wochen.`,
  (land: string) => `In ${land} ist zusätzlich eine Meldebescheinigung nötig, die Sie beim Bürgeramt erhalten.`,
  (land: string) => `In ${land} gelten eigene Gebühren; die genaue Höhe nennt das Formular vor dem Absenden.`,
  (land: string) => `Für Anrufende aus ${land}: Rückfragen beantwortet das Landesservicecenter werktags von 8 bis 16 Uhr.`,
  (land: string) => `${land} nimmt zusätzlich Anträge in Papierform an; das Formular gibt es beim Bürgeramt.`,
];
const KOMMUNE_ADDITIONS = [
  (k: string) => `In ${k}: Termine im Bürgerbüro vereinbaren Sie online oder über die Behördennummer 115.`,
  (k: string) => `In ${k} nimmt das Bürgerbüro im Rathaus die Originale der Nachweise entgegen.`,
  (k: string) => `In ${k} ist das Bürgerbüro dienstags und donnerstags bis 18 Uhr geöffnet.`,
  (k: string) => `Für ${k} gilt: Die Gebühr wird erst nach der Bearbeitung per Überweisung fällig.`,
];

// --- rows --------------------------------------------------------------------------------------------------

export type TipTapDoc = { type: "doc"; content: { type: "paragraph"; content: { type: "text"; text: string }[] }[] };

export const paragraphsDoc = (paragraphs: readonly string[]): TipTapDoc => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

export interface OrgRow { id: string; ars: string; name: string; kind: "LAND" | "KOMMUNE"; parentId: string | null }
export interface LeistungRow { id: string; leikaKey: string; name: string; searchTerms: string[] }
export interface ServiceRow { id: string; key: string; name: string; url: string; operatorId: string }
export interface ArticleRow { id: string; key: string; type: ArticleType; serviceId: string; ownerOrgId: string; parentId: string | null; rootId: string | null }
export interface RevisionRow {
  id: string; articleId: string; number: number; status: "PUBLISHED";
  title: string | null; shortAnswer: string | null; bodyJson: TipTapDoc | null;
  /** the body's identity for the caller's HTML/text cache (the same paragraphs, the same key) */
  bodyKey: string | null;
  keywords: string[]; categories: string[]; leikaKeys: string[]; contactHints: string | null;
  validFrom: Date | null; validUntil: Date | null; parentRevisionId: string | null; publishedAt: Date; createdAt: Date; changeNote: string;
}
export interface ChangeRow { revisionId: string; field: "TITLE" | "SHORT_ANSWER" | "BODY" | "KEYWORDS" | "CONTACT_HINTS" | "VALIDITY"; mode: "REPLACE" | "APPEND"; value: unknown }
export interface IncidentRow { revisionId: string; klasse: "BETRIEBSVERHINDERND" | "BETRIEBSBEHINDERND" | "LEICHT"; startedAt: Date; resolvedAt: Date | null }

export interface BenchQuery { q: string; regionArs: string; hasTypo: boolean }

export interface BenchData {
  organisations: OrgRow[];
  leistungen: LeistungRow[];
  services: ServiceRow[];
  coUsers: { serviceId: string; organisationId: string }[];
  serviceLeistungen: { serviceId: string; leistungId: string }[];
  /** bases first, then Land variants, then Kommune variants (parents before children) */
  articles: ArticleRow[];
  revisions: RevisionRow[];
  changes: ChangeRow[];
  incidents: IncidentRow[];
  counts: { bases: number; landVariants: number; kommuneVariants: number; services: number; kommunen: number; activeIncidents: number };
  /** per base article: the service, the topic and template it was made from (for queries and the publish test) */
  baseFacts: { articleId: string; serviceId: string; topic: CorpusTopic; template: number; title: string; keywords: string[] }[];
}

export interface GenerateOptions {
  /** search documents wanted: one per published article (bases and variants) */
  docs: number;
  seed: number;
  now: Date;
  topics: readonly CorpusTopic[];
}

const DAY = 86_400_000;
const day = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/** Shares of the documents: base articles, Land variants, Kommune variants. */
export const SHARES = { bases: 0.6, landVariants: 0.25 } as const;

function slug(text: string): string {
  const umlauts: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => umlauts[c] ?? c)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

function firstSentences(text: string, max: number): string {
  const sentences = text.match(/[^.!?]+[.!?]+/g) ?? [text];
  let out = "";
  for (const s of sentences) {
    if ((out + s).length > max) break;
    out += s;
  }
  return (out || text.slice(0, max)).trim();
}

/** Generates the knowledge base for about `docs` search documents (pure; the same seed gives the same rows). */
export function generateBenchData(opts: GenerateOptions): BenchData {
  const rng = createRng(opts.seed);
  let nextId = 0;
  const id = (prefix: string) => `${prefix}${(nextId++).toString(36).padStart(7, "0")}${Math.floor(rng() * 1e9).toString(36)}`;
  const now = opts.now;
  const withText = opts.topics.filter((t) => t.paragraphs.length > 0);
  const nameOnly = opts.topics.filter((t) => t.paragraphs.length === 0);
  if (withText.length < 10) throw new Error("Der Korpus enthält zu wenige Texte für die Messung.");

  // Organisations: 16 Länder and Kommunen spread over them.
  const organisations: OrgRow[] = LAENDER.map(([ars, name]) => ({ id: id("o"), ars, name, kind: "LAND" as const, parentId: null }));
  const laender = [...organisations];
  const kommunenCount = Math.max(16, Math.min(2000, Math.round(opts.docs / 100)));
  const usedArs = new Set<string>();
  const usedNames = new Set<string>();
  const kommunenOf = new Map<string, OrgRow[]>(laender.map((l) => [l.id, []]));
  for (let i = 0; i < kommunenCount; i++) {
    const land = laender[i % laender.length] as OrgRow;
    const newArs = () => `${land.ars}${int(rng, 0, 9)}${String(int(rng, 1, 99)).padStart(2, "0")}${String(int(rng, 0, 9999)).padStart(4, "0")}${String(int(rng, 1, 999)).padStart(3, "0")}`;
    let ars = newArs();
    while (usedArs.has(ars)) ars = newArs();
    usedArs.add(ars);
    let name = "";
    for (let attempt = 0; attempt < 20 && (!name || usedNames.has(name)); attempt++) name = `${pick(rng, TOWN_PREFIXES)}${pick(rng, TOWN_ROOTS)}${pick(rng, TOWN_ENDINGS)}`;
    if (usedNames.has(name)) name = `${name} ${i}`;
    usedNames.add(name);
    const k: OrgRow = { id: id("o"), ars, name, kind: "KOMMUNE", parentId: land.id };
    organisations.push(k);
    kommunenOf.get(land.id)?.push(k);
  }
  const kommunen = organisations.filter((o) => o.kind === "KOMMUNE");

  // Services: each around a catalogue entry, operated by one Land, co-used by a share of the others.
  const serviceCount = Math.max(8, Math.min(300, Math.round(opts.docs / 400)));
  const services: ServiceRow[] = [];
  const coUsers: BenchData["coUsers"] = [];
  const serviceLeistungen: BenchData["serviceLeistungen"] = [];
  const leistungByKey = new Map<string, LeistungRow>();
  const serviceTopics = new Map<string, CorpusTopic[]>();
  const usersOf = new Map<string, OrgRow[]>(); // service id -> operator and co-using Länder
  const usedKeys = new Set<string>();
  for (let i = 0; i < serviceCount; i++) {
    const primary = withText[i % withText.length] as CorpusTopic;
    const round = Math.floor(i / withText.length);
    const name = `${primary.name.split(/ [-–] /)[0]?.trim() || primary.name} digital${round ? ` ${round + 1}` : ""}`;
    let key = slug(name) || `dienst-${i}`;
    if (usedKeys.has(key)) key = `${key}-${i}`;
    usedKeys.add(key);
    const operator = pick(rng, laender);
    const share = 0.3 + rng() * 0.7;
    const coUsing = laender.filter((l) => l.id !== operator.id && chance(rng, share));
    const service: ServiceRow = { id: id("s"), key, name, url: `https://${key}.example`, operatorId: operator.id };
    services.push(service);
    usersOf.set(service.id, [operator, ...coUsing]);
    for (const l of coUsing) coUsers.push({ serviceId: service.id, organisationId: l.id });
    const topics = [primary];
    const extra = int(rng, 3, 7);
    for (let t = 0; t < extra; t++) topics.push(chance(rng, 0.6) ? pick(rng, withText) : pick(rng, nameOnly.length ? nameOnly : withText));
    serviceTopics.set(service.id, [...new Set(topics)]);
    for (const t of new Set(topics)) {
      if (!t.leika) continue;
      let l = leistungByKey.get(t.leika);
      if (!l) {
        l = { id: id("l"), leikaKey: t.leika, name: t.name, searchTerms: t.keywords.slice(0, 12) };
        leistungByKey.set(t.leika, l);
      }
      if (!serviceLeistungen.some((sl) => sl.serviceId === service.id && sl.leistungId === l.id)) serviceLeistungen.push({ serviceId: service.id, leistungId: l.id });
    }
  }

  const articles: ArticleRow[] = [];
  const revisions: RevisionRow[] = [];
  const changes: ChangeRow[] = [];
  const incidents: IncidentRow[] = [];
  const baseFacts: BenchData["baseFacts"] = [];
  const publishedRevision = new Map<string, string>(); // article id -> its revision id
  const serviceOf = new Map<string, ServiceRow>();
  const baseCount = Math.max(1, Math.round(opts.docs * SHARES.bases));
  const landVariantCount = Math.round(opts.docs * SHARES.landVariants);
  const kommuneVariantCount = Math.max(0, opts.docs - baseCount - landVariantCount);
  const maxActiveIncidents = Math.max(2, Math.round(serviceCount / 20));
  let activeIncidents = 0;
  const byType = (type: ArticleType) => TEMPLATES.map((t, i) => [t, i] as const).filter(([t]) => t.type === type);
  const articleKeys = new Set<string>();
  /** article keys are unique: a key already taken gets -2, -3, … */
  const uniqueKey = (wanted: string) => {
    let key = wanted;
    for (let n = 2; articleKeys.has(key); n++) key = `${wanted}-${n}`;
    articleKeys.add(key);
    return key;
  };

  for (let i = 0; i < baseCount; i++) {
    const service = pick(rng, services);
    const topic = pick(rng, serviceTopics.get(service.id) ?? withText);
    const r = rng();
    const type: ArticleType = r < 0.75 ? "FAQ" : r < 0.87 ? "WORKAROUND" : r < 0.94 ? "TRAINING" : "INCIDENT";
    const [template, templateIndex] = pick(rng, byType(type));
    // a help text that is a question already is the title itself
    const isQuestion = topic.source === "elterngeldrechner" && type === "FAQ";
    const title = isQuestion ? topic.name : `${template.title(topic.name)}${type === "FAQ" && chance(rng, 0.4) ? pick(rng, QUALIFIERS) : ""}`.slice(0, 300);
    const own = topic.paragraphs.length ? topic.paragraphs : [pick(rng, withText).paragraphs[0] ?? GENERIC_PARAGRAPHS[0] as string];
    const lead = isQuestion ? (own[0] as string) : template.lead(topic.name, service.name);
    const paragraphs = isQuestion ? [...own] : [lead, ...own.slice(0, 6)];
    const generic = int(rng, 0, GENERIC_PARAGRAPHS.length);
    if (generic < GENERIC_PARAGRAPHS.length) paragraphs.push(GENERIC_PARAGRAPHS[generic] as string);
    const bodyKey = `${isQuestion ? "q" : templateIndex}|${topic.name}|${generic}`;
    const shortAnswer = firstSentences(isQuestion ? own.join(" ") : `${lead} ${own[0] ?? ""}`, 400);
    const keywords = [...new Set([...template.keywords, ...topic.keywords.slice(0, int(rng, 0, 5))])];
    const leikaKeys = topic.leika ? [topic.leika] : [];
    const article: ArticleRow = { id: id("a"), key: uniqueKey(`${service.key}-${slug(title)}`.slice(0, 100)), type, serviceId: service.id, ownerOrgId: service.operatorId, parentId: null, rootId: null };
    const v = rng();
    const validFrom = v < 0.03 ? day(new Date(now.getTime() + int(rng, 1, 200) * DAY)) : chance(rng, 0.5) ? day(new Date(now.getTime() - int(rng, 30, 900) * DAY)) : null;
    const validUntil = v >= 0.03 && v < 0.07 ? day(new Date(now.getTime() - int(rng, 1, 300) * DAY)) : v >= 0.07 && v < 0.1 ? day(new Date(now.getTime() + int(rng, 10, 400) * DAY)) : null;
    const publishedAt = new Date(now.getTime() - int(rng, 1, 700) * DAY);
    const revision: RevisionRow = {
      id: id("r"), articleId: article.id, number: 1, status: "PUBLISHED", title, shortAnswer, bodyJson: paragraphsDoc(paragraphs), bodyKey,
      keywords, categories: template.categories, leikaKeys, contactHints: null,
      validFrom: validFrom && validUntil && validFrom > validUntil ? null : validFrom, validUntil, parentRevisionId: null, publishedAt, createdAt: publishedAt, changeNote: "Messdaten",
    };
    articles.push(article);
    revisions.push(revision);
    publishedRevision.set(article.id, revision.id);
    serviceOf.set(article.id, service);
    baseFacts.push({ articleId: article.id, serviceId: service.id, topic, template: templateIndex, title, keywords });
    if (type === "INCIDENT") {
      const isActive = activeIncidents < maxActiveIncidents && chance(rng, 0.05);
      if (isActive) activeIncidents++;
      const startedAt = new Date(now.getTime() - (isActive ? int(rng, 1, 48) * 3_600_000 : int(rng, 2, 400) * DAY));
      incidents.push({
        revisionId: revision.id,
        klasse: pick(rng, ["BETRIEBSVERHINDERND", "BETRIEBSBEHINDERND", "LEICHT"] as const),
        startedAt,
        resolvedAt: isActive ? null : new Date(startedAt.getTime() + int(rng, 1, 72) * 3_600_000),
      });
    }
  }

  // Variants: a Land that uses the service adds its own lines; Kommunen in such Länder too (under their Land's variant).
  const variantRegions = new Map<string, Map<string, string>>(); // base id -> region org id -> variant article id
  const bases = articles.slice();
  const titleOf = new Map(baseFacts.map((f) => [f.articleId, f.title]));
  const makeVariant = (base: ArticleRow, parent: ArticleRow, owner: OrgRow, level: "land" | "kommune") => {
    const article: ArticleRow = { id: id("a"), key: uniqueKey(`${base.key.slice(0, 100)}-${owner.ars}`), type: base.type, serviceId: base.serviceId, ownerOrgId: owner.id, parentId: parent.id, rootId: base.id };
    const publishedAt = new Date(now.getTime() - int(rng, 0, 300) * DAY);
    const revision: RevisionRow = {
      id: id("r"), articleId: article.id, number: 1, status: "PUBLISHED", title: null, shortAnswer: null, bodyJson: null, bodyKey: null,
      keywords: [], categories: [], leikaKeys: [], contactHints: null, validFrom: null, validUntil: null,
      parentRevisionId: publishedRevision.get(parent.id) ?? null, publishedAt, createdAt: publishedAt, changeNote: "Messdaten",
    };
    const addition = level === "land" ? pick(rng, LAND_ADDITIONS)(owner.name) : pick(rng, KOMMUNE_ADDITIONS)(owner.name);
    changes.push({ revisionId: revision.id, field: "SHORT_ANSWER", mode: "APPEND", value: { text: addition } });
    if (chance(rng, 0.6)) changes.push({ revisionId: revision.id, field: "BODY", mode: "APPEND", value: { doc: paragraphsDoc([addition, pick(rng, GENERIC_PARAGRAPHS)]) } });
    if (level === "land" && chance(rng, 0.15)) {
      const baseTitle = titleOf.get(base.id) ?? base.key;
      changes.push({ revisionId: revision.id, field: "TITLE", mode: "REPLACE", value: { text: `${baseTitle} (${owner.name})`.slice(0, 300) } });
    }
    if (chance(rng, 0.4)) changes.push({ revisionId: revision.id, field: "KEYWORDS", mode: "APPEND", value: { items: [owner.name] } });
    if (chance(rng, 0.3)) changes.push({ revisionId: revision.id, field: "CONTACT_HINTS", mode: "REPLACE", value: { text: `Servicecenter ${owner.name}: Telefon 0${int(rng, 30, 999)} ${int(rng, 100000, 999999)}, Montag bis Freitag 8 bis 16 Uhr.` } });
    if (chance(rng, 0.03)) changes.push({ revisionId: revision.id, field: "VALIDITY", mode: "REPLACE", value: { validFrom: null, validUntil: day(new Date(now.getTime() - int(rng, 1, 200) * DAY)).toISOString().slice(0, 10) } });
    articles.push(article);
    revisions.push(revision);
    publishedRevision.set(article.id, revision.id);
    const regions = variantRegions.get(base.id) ?? new Map<string, string>();
    regions.set(owner.id, article.id);
    variantRegions.set(base.id, regions);
    return article;
  };
  const articleById = new Map(articles.map((a) => [a.id, a]));

  let landVariants = 0;
  for (let attempts = 0; landVariants < landVariantCount && attempts < landVariantCount * 20; attempts++) {
    const base = pick(rng, bases);
    const service = serviceOf.get(base.id) as ServiceRow;
    const candidates = (usersOf.get(service.id) ?? []).filter((l) => l.id !== service.operatorId && !variantRegions.get(base.id)?.has(l.id));
    if (!candidates.length) continue;
    const v = makeVariant(base, base, pick(rng, candidates), "land");
    articleById.set(v.id, v);
    landVariants++;
  }
  let kommuneVariants = 0;
  for (let attempts = 0; kommuneVariants < kommuneVariantCount && attempts < kommuneVariantCount * 20; attempts++) {
    const base = pick(rng, bases);
    const service = serviceOf.get(base.id) as ServiceRow;
    const land = pick(rng, usersOf.get(service.id) ?? laender);
    const options = (kommunenOf.get(land.id) ?? []).filter((k) => !variantRegions.get(base.id)?.has(k.id));
    if (!options.length) continue;
    const landVariantId = variantRegions.get(base.id)?.get(land.id);
    const parent = landVariantId ? (articleById.get(landVariantId) as ArticleRow) : base;
    const v = makeVariant(base, parent, pick(rng, options), "kommune");
    articleById.set(v.id, v);
    kommuneVariants++;
  }

  return {
    organisations, leistungen: [...leistungByKey.values()], services, coUsers, serviceLeistungen, articles, revisions, changes, incidents, baseFacts,
    counts: { bases: baseCount, landVariants, kommuneVariants, services: services.length, kommunen: kommunen.length, activeIncidents },
  };
}

// --- queries -----------------------------------------------------------------------------------------------

const QUERY_STOP_WORDS = new Set(["der", "die", "das", "und", "oder", "für", "von", "mit", "bei", "ein", "eine", "einer", "eines", "des", "dem", "den", "im", "in", "zum", "zur", "auf", "aus", "nach", "vom", "wie", "was", "wer", "ich", "kann", "ohne", "auch", "sich", "über"]);

/** Words of a name an agent would type (no stop words, no punctuation). */
export function queryWords(text: string): string[] {
  return text
    .split(/[\s/(),:;„“"?!.–-]+/)
    .map((w) => w.trim())
    .filter((w) => w.length >= 3 && !QUERY_STOP_WORDS.has(w.toLowerCase()) && !/^\d+$/.test(w));
}

/** One typing mistake in a word of at least 5 letters: swapped, dropped, doubled or replaced letter. */
export function withTypo(word: string, rng: Rng): string {
  if (word.length < 5) return word;
  const i = int(rng, 1, word.length - 2);
  const letters = "aeinrstlu";
  switch (int(rng, 0, 3)) {
    case 0:
      // swapping two equal letters changes nothing: drop one instead
      return word[i] === word[i + 1] ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + (word[i] ?? "") + word.slice(i);
    default: {
      const replacement = letters[int(rng, 0, letters.length - 1)] as string;
      return word.slice(0, i) + (replacement === word[i] ? "o" : replacement) + word.slice(i + 1);
    }
  }
}

/**
 * The queries of the benchmark: words of an article's topic (a keyword now and then) plus often what the
 * caller wants (costs, documents, upload ...), lower-case mostly, a typing mistake in about one of five; for a
 * Kommune (70 %) or a Land. Deterministic for a seed.
 */
export function generateQueries(data: Pick<BenchData, "baseFacts" | "organisations">, count: number, seed: number): BenchQuery[] {
  const rng = createRng(seed);
  const laender = data.organisations.filter((o) => o.kind === "LAND");
  const kommunen = data.organisations.filter((o) => o.kind === "KOMMUNE");
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const fact = pick(rng, data.baseFacts);
    const template = TEMPLATES[fact.template] as Template;
    const fromKeyword = fact.topic.keywords.length > 0 && chance(rng, 0.25);
    const words = fromKeyword ? queryWords(pick(rng, fact.topic.keywords)) : queryWords(fact.topic.name);
    if (!words.length) continue;
    const start = int(rng, 0, Math.max(0, words.length - 2));
    const parts = words.slice(start, start + int(rng, 1, 2));
    if (chance(rng, 0.55)) parts.push(pick(rng, template.intents));
    let hasTypo = false;
    if (chance(rng, 0.2)) {
      const long = parts.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
      if (long.length) {
        const [w, i] = pick(rng, long);
        parts[i] = withTypo(w, rng);
        hasTypo = true;
      }
    }
    let q = parts.join(" ").slice(0, 200).trim();
    if (chance(rng, 0.7)) q = q.toLowerCase();
    if (!q) continue;
    const region = chance(rng, 0.7) && kommunen.length ? pick(rng, kommunen) : pick(rng, laender);
    queries.push({ q, regionArs: region.ars, hasTypo });
  }
  return queries;
}
