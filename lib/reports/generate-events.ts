import { berlinInstant } from "../matrix/working-time";
import { addDays } from "./schema";

/**
 * Synthetic but realistic search and feedback events for the demo (a month for the demo organisations) and
 * for `npm run bench:reports` (a million over 60 days): deterministic for a seed, shaped like 115 work --
 * weekdays busier than weekends, office hours with morning and afternoon peaks, Länder by their weight,
 * queries from the articles' own words (lower case, as typed), some with masked personal data, some without
 * results, feedback with reasons and forwards to the routing targets valid in the Land. Pure: no database.
 */

export interface WorldArticle {
  /** the base article */
  id: string;
  /** a Land's own variant, by Land ARS: agents of that Land open the variant */
  variantIds?: Readonly<Record<string, string>>;
  /** phrases an agent would type for it (already lower case) */
  phrases: string[];
  weight: number;
}

export interface WorldService {
  id: string;
  weight: number;
  /** Länder using the service (operator and co-users) */
  landArs: string[];
  articles: WorldArticle[];
  /** routing targets: regionArs null = base matrix, else the Land's own */
  targets: { id: string; landArs: string | null }[];
}

export interface WorldLand {
  ars: string;
  weight: number;
  /** the organisation of the Land's 115 agents (SearchEvent.organisationId) */
  agentOrgId: string | null;
  kommuneArs: string[];
}

export interface EventWorld {
  lands: WorldLand[];
  services: WorldService[];
  /** queries that find nothing (content gaps) */
  gapQueries: string[];
  /** reasons agents give for "Nicht gelöst" */
  reasons: string[];
}

export interface SearchEventRow {
  at: Date;
  organisationId: string | null;
  clientKey: string;
  regionArs: string;
  queryMasked: string;
  resultCount: number;
  serviceId: string | null;
  openedArticleId: string | null;
  openedAt: Date | null;
}

export interface FeedbackEventRow {
  at: Date;
  articleId: string;
  organisationId: string | null;
  regionArs: string;
  outcome: "GELOEST" | "NICHT_GELOEST" | "WEITERGELEITET";
  reason: string | null;
  routingTargetId: string | null;
}

export interface GenerateOptions {
  seed: number;
  /** first local day (YYYY-MM-DD) and number of days */
  from: string;
  days: number;
  /** search events in all; feedback comes on top (about one in six searches) */
  searches: number;
  batchSize?: number;
  /** prefix of the client keys (unique per search) */
  clientKeyPrefix?: string;
}

/** Reasons agents give for "Nicht gelöst" (the first ones most often). */
export const FEEDBACK_REASONS = [
  "Antwort veraltet",
  "Fall nicht abgedeckt",
  "Anrufende Person versteht die Antwort nicht",
  "Technisches Problem besteht weiter",
  "Zuständigkeit unklar",
  "Antwort zu lang für das Telefonat",
  "Landesrecht weicht ab",
  "Link im Artikel funktioniert nicht",
];

/** Questions callers ask that the knowledge base of the demo services does not answer. */
export const GAP_QUERIES = [
  "kinderzuschlag", "hundesteuer", "sperrmüll termin", "wahlschein", "reisepass express", "grundsteuer erklärung", "bürgergeld", "rente antrag",
  "parkausweis", "fischereischein", "aufenthaltstitel", "kita platz", "schwerbehindertenausweis", "baugenehmigung", "steuer-id verloren",
  "bewohnerparken", "eheschließung termin", "personalausweis abholen", "elster zertifikat", "mahnung gebühr",
];

/** mulberry32: a small, fast, seedable PRNG (deterministic across platforms). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks by weight (cumulative table built once). */
function weighted<T>(items: readonly T[], weight: (item: T) => number): (r: number) => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (const item of items) {
    sum += Math.max(0, weight(item));
    cumulative.push(sum);
  }
  if (!items.length || sum <= 0) throw new RangeError("Keine Auswahl mit Gewicht > 0.");
  return (r: number) => {
    const x = r * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo] as T;
  };
}

// a weekday is busy, Saturday little, Sunday hardly (Monday first)
const WEEKDAY_WEIGHT = [1.15, 1.05, 1, 1, 0.85, 0.15, 0.05];
// minute of day: 115 service centres mostly work 08:00-18:00, peaks around 10:00 and 14:00
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const HOUR_WEIGHT = [0, 0, 0, 0, 0, 0, 0.05, 0.4, 1.1, 1.6, 1.8, 1.5, 0.9, 1.2, 1.5, 1.3, 1.0, 0.6, 0.2, 0.08, 0.03, 0, 0, 0];
const PERSONAL = ["[Zahl]", "[Telefon]", "[Datum]", "[E-Mail]"];
const ADDITIONS = ["hilfe", "was tun", "geht nicht", "frage", "online", "fehler"];

function sample<T>(items: readonly T[], r: number): T {
  return items[Math.floor(r * items.length) % items.length] as T;
}

/**
 * Yields batches of search events (and the feedback belonging to them), in time order per batch, for the
 * period and the world given. The same seed and world always give the same events.
 */
export function* generateEvents(world: EventWorld, options: GenerateOptions): Generator<{ searches: SearchEventRow[]; feedback: FeedbackEventRow[] }> {
  const random = seededRandom(options.seed);
  const batchSize = options.batchSize ?? 10_000;
  const prefix = options.clientKeyPrefix ?? "gen";
  const lands = new Map(world.lands.map((l) => [l.ars, l]));
  const pickService = weighted(world.services, (s) => s.weight * s.landArs.reduce((sum, ars) => sum + (lands.get(ars)?.weight ?? 0), 0));
  const landPickers = new Map(world.services.map((s) => [s.id, weighted(s.landArs.filter((a) => lands.has(a)), (a) => lands.get(a)?.weight ?? 0)]));
  const articlePickers = new Map(world.services.map((s) => [s.id, weighted(s.articles, (a) => a.weight)]));
  const days = Array.from({ length: options.days }, (_, i) => addDays(options.from, i));
  const pickDay = weighted(days, (d) => {
    const [y, m, dd] = d.split("-").map(Number) as [number, number, number];
    return WEEKDAY_WEIGHT[(new Date(Date.UTC(y, m - 1, dd)).getUTCDay() + 6) % 7] ?? 1;
  });
  const pickHour = weighted(HOURS, (h) => HOUR_WEIGHT[h] ?? 0);
  // local midnight of each day as seen from 06:00 (clocks change at night, when nobody calls): hours after
  // 03:00 are then exact, and the time zone is looked up once per day, not per event
  const dayStart = new Map(days.map((d) => {
    const [y, m, dd] = d.split("-").map(Number) as [number, number, number];
    return [d, berlinInstant(y, m, dd, 6 * 60) - 6 * 3_600_000];
  }));
  const pickOutcome = weighted(["GELOEST", "NICHT_GELOEST", "WEITERGELEITET"] as const, (o) => ({ GELOEST: 0.64, NICHT_GELOEST: 0.22, WEITERGELEITET: 0.14 })[o]);
  // reasons are skewed: the first ones are given most often
  const pickReason = weighted(world.reasons, (r) => 1 / (world.reasons.indexOf(r) + 1));

  let made = 0;
  while (made < options.searches) {
    const n = Math.min(batchSize, options.searches - made);
    const searches: SearchEventRow[] = [];
    const feedback: FeedbackEventRow[] = [];
    for (let i = 0; i < n; i++) {
      const service = pickService(random());
      const landArs = landPickers.get(service.id)?.(random()) ?? service.landArs[0] ?? "06";
      const land = lands.get(landArs);
      const regionArs = land?.kommuneArs.length && random() < 0.35 ? sample(land.kommuneArs, random()) : landArs;
      const day = pickDay(random());
      const at = new Date((dayStart.get(day) ?? 0) + (pickHour(random()) * 60 + Math.floor(random() * 60)) * 60_000 + Math.floor(random() * 60_000));
      const isGap = random() < 0.05;
      const article = articlePickers.get(service.id)?.(random());
      let query: string;
      if (isGap || !article) {
        query = sample(world.gapQueries, Math.pow(random(), 1.6)); // a few gaps are frequent
      } else {
        query = sample(article.phrases, Math.pow(random(), 1.8)); // the first words of an article come up most
        if (random() < 0.2) query = `${query} ${sample(ADDITIONS, random())}`;
        if (random() < 0.03) query = `${query} ${sample(PERSONAL, random())}`;
      }
      const isGapHit = isGap || !article;
      const articleId = article ? (article.variantIds?.[landArs] ?? article.id) : null;
      const isOpened = !isGapHit && random() < 0.62;
      const openedAt = isOpened ? new Date(at.getTime() + 4_000 + Math.floor(random() * 90_000)) : null;
      searches.push({
        at,
        organisationId: land?.agentOrgId ?? null,
        clientKey: `${prefix}-${options.seed}-${made + i}`,
        regionArs,
        queryMasked: query,
        resultCount: isGapHit ? 0 : 1 + Math.floor(random() * 10),
        // agents narrow to the service in about a third of the searches
        serviceId: random() < 0.35 ? service.id : null,
        openedArticleId: isOpened ? articleId : null,
        openedAt,
      });
      if (isOpened && article && articleId && openedAt && random() < 0.27) {
        const outcome = pickOutcome(random());
        const targets = service.targets.filter((t) => t.landArs === null || t.landArs === landArs);
        const target = outcome === "WEITERGELEITET" && targets.length ? sample(targets, Math.pow(random(), 1.5)) : null;
        feedback.push({
          at: new Date(openedAt.getTime() + 30_000 + Math.floor(random() * 240_000)),
          articleId,
          organisationId: land?.agentOrgId ?? null,
          regionArs,
          outcome,
          reason: outcome === "NICHT_GELOEST" ? (random() < 0.9 ? pickReason(random()) : null) : null,
          routingTargetId: target?.id ?? null,
        });
      }
    }
    made += n;
    searches.sort((a, b) => a.at.getTime() - b.at.getTime());
    yield { searches, feedback };
  }
}

/** Phrases agents type for an article, from its keywords and title: lower case, one or two words. */
export function phrasesFor(title: string, keywords: readonly string[]): string[] {
  const words = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/\s+/)
    .filter((w) => w.length > 3 && !STOP.has(w));
  const phrases = new Set<string>();
  for (const k of keywords) if (k.trim()) phrases.add(k.trim().toLowerCase());
  for (let i = 0; i + 1 < words.length && phrases.size < 8; i++) phrases.add(`${words[i]} ${words[i + 1]}`);
  if (!phrases.size && words.length) phrases.add(words[0] as string);
  return [...phrases];
}

const STOP = new Set(["kann", "ich", "mein", "meine", "meinen", "meinem", "meiner", "habe", "wird", "wie", "was", "wann", "welche", "welcher", "welchen", "welches", "eine", "einen", "einer", "nicht", "nach", "oder", "für", "beim", "dass", "muss", "darf", "bekomme", "gibt", "wenn", "sich", "sind", "über", "unter", "mit", "ist", "das", "der", "die", "den", "dem", "ein", "und", "auf", "aus", "bei"]);
