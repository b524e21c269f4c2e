import { isAllowedHref } from "../editor/extensions";
import { ARTICLE_TYPE_LABELS, STOERUNGSKLASSE_LABELS, STOERUNGSKLASSEN } from "../articles/vocabulary";
import { BEGRIFF_TYP, GEBIET_SCHEME_ID, LEISTUNG_ID_SCHEME_ID, leistungIdText, type BegriffTypCode } from "../../xzufi/constants";
import type { BegriffImKontext, Identifikator, TextModul, XzufiLeistung } from "../../xzufi/types";
import type { ArticleFacts, Change, IncidentFacts, LeistungFacts, Review, RoutingTargetFacts, ServiceFacts } from "./facts";
import { newer } from "./facts";
import { berlinIsoDay } from "../articles/berlin-time";

/**
 * Facts of a Leistung in a region -> the XZuFi DTO, following CONTENT_MAPPING (xzufi/constants.ts). Pure and
 * deterministic; the ordering is documented in xzufi/README.md:
 * - articles: FAQ, then workarounds, then training notes; within a type by the key of the base article;
 * - incidents: by start (earliest first), then key; routing targets: 2nd before 3rd level, technical before
 *   fachlich, regional before general, then name;
 * - search terms by code (001, 002, 003, 999), within a code in order of appearance, each term once.
 */

export interface ExportContext {
  regionArs: string;
  schemeAgencyId: string;
  /** nachrichtenkopf sender and erstelltDurch: this system */
  sender: string;
  /** the synonym groups of the search (terms as maintained) */
  synonymGroups: readonly (readonly string[])[];
}

const TYPE_ORDER: Record<ArticleFacts["type"], number> = { FAQ: 0, WORKAROUND: 1, TRAINING: 2 };
const LEVEL_LABELS: Record<RoutingTargetFacts["level"], string> = { SECOND: "2nd Level", THIRD: "3rd Level" };
const KIND_LABELS: Record<RoutingTargetFacts["kind"], string> = { TECHNICAL: "technisch", FACHLICH: "fachlich" };
const CHANNEL_LABELS: Record<RoutingTargetFacts["channel"], string> = { TICKET_SYSTEM: "Ticketsystem", EMAIL: "E-Mail", PHONE: "Telefon" };

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Plain text as HTML paragraphs (one per line). */
function paragraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("");
}

const dateTimes = new Map<number, string>();

/** xs:dateTime in UTC without fractions. */
export function xsDateTime(d: Date): string {
  let text = dateTimes.get(d.getTime());
  if (text === undefined) {
    if (dateTimes.size > 10_000) dateTimes.clear();
    text = `${d.toISOString().slice(0, 19)}Z`;
    dateTimes.set(d.getTime(), text);
  }
  return text;
}

const berlinDateTime = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });

const berlinDays = new Map<number, string>();

/** xs:date of the German calendar day of a moment. */
export function xsDateBerlin(d: Date): string {
  let day = berlinDays.get(d.getTime());
  if (day === undefined) {
    if (berlinDays.size > 10_000) berlinDays.clear();
    day = berlinIsoDay(d);
    berlinDays.set(d.getTime(), day);
  }
  return day;
}

/** xs:date of a validity date (stored as UTC midnight of the day). */
const xsDay = (d: Date) => d.toISOString().slice(0, 10);

const appliesTo = (leikaKeys: readonly string[], leikaKey: string) => leikaKeys.length === 0 || leikaKeys.includes(leikaKey);

/** Workarounds and training notes say what they are, unless their title does already. */
const HEADING_PREFIX: Record<ArticleFacts["type"], string | null> = { FAQ: null, WORKAROUND: ARTICLE_TYPE_LABELS.WORKAROUND, TRAINING: "Schulung" };

// The same article, incident or list of routing targets appears in many Leistungen (every Leistung of its
// service): their HTML is built once per facts object.
const articleHtmlCache = new WeakMap<ArticleFacts, string>();
const incidentHtmlCache = new WeakMap<IncidentFacts, string>();
const routingHtmlCache = new WeakMap<ServiceFacts, string>();
const synonymIndexCache = new WeakMap<readonly (readonly string[])[], Map<string, readonly string[]>>();

function cached<K extends object>(cache: WeakMap<K, string>, key: K, make: (k: K) => string): string {
  let html = cache.get(key);
  if (html === undefined) {
    html = make(key);
    cache.set(key, html);
  }
  return html;
}

function articleHtml(a: ArticleFacts): string {
  const prefix = HEADING_PREFIX[a.type];
  const heading = prefix && !a.title.toLowerCase().startsWith(prefix.toLowerCase()) ? `${prefix}: ${a.title}` : a.title;
  const contact = a.contactHints
    ? `<p><strong>Kontakthinweise:</strong> ${a.contactHints
        .split(/\r?\n/)
        .map((l) => escapeHtml(l.trim()))
        .filter(Boolean)
        .join("<br>")}</p>`
    : "";
  const sprechtext = a.shortAnswer ? `<p><strong>Sprechtext:</strong> ${escapeHtml(a.shortAnswer)}</p>` : "";
  return `<h3>${escapeHtml(heading)}</h3>${sprechtext}${a.bodyHtml}${contact}`;
}

function incidentHtml(i: IncidentFacts): string {
  const since = berlinDateTime.format(i.startedAt);
  return [
    `<h3>${escapeHtml(i.title)}</h3>`,
    `<p><strong>Störung (${STOERUNGSKLASSE_LABELS[i.klasse]}) seit ${escapeHtml(since)} Uhr</strong></p>`,
    i.shortAnswer ? `<p>${escapeHtml(i.shortAnswer)}</p>` : "",
    i.workaroundTitle ? `<p>Umgehungslösung: ${escapeHtml(i.workaroundTitle)}</p>` : "",
  ].join("");
}

function contactHtml(t: RoutingTargetFacts): string {
  const contact = t.contact.trim();
  const href = t.channel === "EMAIL" && !contact.includes(":") ? `mailto:${contact}` : t.channel === "PHONE" ? null : contact;
  return href && isAllowedHref(href) ? `<a href="${escapeHtml(href)}">${escapeHtml(contact)}</a>` : escapeHtml(contact);
}

function routingTargetHtml(t: RoutingTargetFacts, serviceName: string | null): string {
  const hours = (h: Record<string, number>) => STOERUNGSKLASSEN.map((k) => h[k]).join("/");
  const scope = [LEVEL_LABELS[t.level], KIND_LABELS[t.kind], ...(t.regionName ? [`nur ${t.regionName}`] : []), ...(serviceName ? [serviceName] : [])].join(", ");
  return (
    `<li><strong>${escapeHtml(t.name)}</strong> (${escapeHtml(scope)}): ${CHANNEL_LABELS[t.channel]} ${contactHtml(t)}; ` +
    `Servicezeit: ${escapeHtml(t.serviceHours)}; Reaktionszeit ${hours(t.reactionHours)} Std., Erledigungszeit ${hours(t.resolutionHours)} Std. ` +
    `(${STOERUNGSKLASSEN.map((k) => STOERUNGSKLASSE_LABELS[k]).join("/")})</li>`
  );
}

function routingOrder(a: RoutingTargetFacts, b: RoutingTargetFacts): number {
  return (
    a.level.localeCompare(b.level) ||
    (a.kind === b.kind ? 0 : a.kind === "TECHNICAL" ? -1 : 1) ||
    Number(a.regionName === null) - Number(b.regionName === null) ||
    (a.regionName ?? "").localeCompare(b.regionName ?? "", "de") ||
    a.name.localeCompare(b.name, "de")
  );
}

/** Search terms with their types: each term once (case-insensitive), codes in order. */
function begriffe(f: LeistungFacts, articles: readonly ArticleFacts[], groups: readonly (readonly string[])[]): BegriffImKontext[] {
  const seen = new Set<string>();
  const out: BegriffImKontext[] = [];
  const add = (term: string, typ: BegriffTypCode) => {
    const t = term.trim();
    const k = t.toLowerCase();
    if (!t || seen.has(k)) return;
    seen.add(k);
    out.push({ begriff: t, typ });
  };
  const keywords = articles.flatMap((a) => a.keywords);
  const titles = articles.map((a) => a.title);
  for (const t of f.searchTerms) add(t, BEGRIFF_TYP.SUCHBEGRIFF);
  // synonyms of the search terms and keywords, found before the keywords themselves so a keyword that is also
  // a synonym keeps the more specific type only once: terms first, then their groups
  let byTerm = synonymIndexCache.get(groups);
  if (!byTerm) {
    byTerm = new Map();
    for (const g of groups) for (const term of g) byTerm.set(term.toLowerCase(), g);
    synonymIndexCache.set(groups, byTerm);
  }
  const reserved = new Set([...f.searchTerms, ...keywords].map((t) => t.trim().toLowerCase()));
  for (const term of [...f.searchTerms, ...keywords]) {
    for (const synonym of byTerm.get(term.trim().toLowerCase()) ?? []) {
      if (!reserved.has(synonym.toLowerCase())) add(synonym, BEGRIFF_TYP.SYNONYM);
    }
  }
  for (const k of keywords) add(k, BEGRIFF_TYP.SCHLAGWORT);
  for (const t of titles) add(t, BEGRIFF_TYP.SONSTIGES);
  return out;
}

/** The XZuFi id of a Leistung in a region (stable: LeiKa key and ARS, independent of database ids). */
export function leistungId(leikaKey: string, ctx: Pick<ExportContext, "regionArs" | "schemeAgencyId">): Identifikator {
  return { value: leistungIdText(leikaKey, ctx.regionArs), schemeAgencyID: ctx.schemeAgencyId, schemeID: LEISTUNG_ID_SCHEME_ID };
}

const articleOrder = (a: ArticleFacts, b: ArticleFacts) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.familyKey < b.familyKey ? -1 : a.familyKey > b.familyKey ? 1 : 0);
const incidentOrder = (a: IncidentFacts, b: IncidentFacts) => a.startedAt.getTime() - b.startedAt.getTime() || (a.familyKey < b.familyKey ? -1 : a.familyKey > b.familyKey ? 1 : 0);

// A service's articles and incidents in export order, sorted once per facts object (most Leistungen have one
// service: filtering the sorted list keeps the order, so they need no sort of their own).
const sortedArticles = new WeakMap<ServiceFacts, ArticleFacts[]>();
const sortedIncidents = new WeakMap<ServiceFacts, IncidentFacts[]>();

function inOrder<T>(cache: WeakMap<ServiceFacts, T[]>, s: ServiceFacts, list: readonly T[], order: (a: T, b: T) => number): T[] {
  let sorted = cache.get(s);
  if (!sorted) {
    sorted = [...list].sort(order);
    cache.set(s, sorted);
  }
  return sorted;
}

/** Maps one Leistung's facts to the DTO the writer turns into XML. */
export function toXzufiLeistung(f: LeistungFacts, ctx: ExportContext): XzufiLeistung {
  const services = f.services.length > 1 ? [...f.services].sort((a, b) => (a.key < b.key ? -1 : 1)) : f.services;
  const only = services.length === 1 ? services[0] : undefined;
  const articles = only
    ? inOrder(sortedArticles, only, only.articles, articleOrder).filter((a) => appliesTo(a.leikaKeys, f.leikaKey))
    : services.flatMap((s) => s.articles).filter((a) => appliesTo(a.leikaKeys, f.leikaKey)).sort(articleOrder);
  const incidents = only
    ? inOrder(sortedIncidents, only, only.incidents, incidentOrder).filter((i) => appliesTo(i.leikaKeys, f.leikaKey))
    : services.flatMap((s) => s.incidents).filter((i) => appliesTo(i.leikaKeys, f.leikaKey)).sort(incidentOrder);
  const many = services.length > 1;
  const targets = services.flatMap((s) => s.routingTargets);
  const routingHtml = (s: ServiceFacts) => [...s.routingTargets].sort(routingOrder).map((t) => routingTargetHtml(t, many ? s.name : null)).join("");

  const texte: TextModul[] = [{ code: "02", inhalt: f.name }];
  if (f.description?.trim()) texte.push({ code: "05", inhalt: paragraphs(f.description) });
  if (incidents.length) {
    const only = incidents.length === 1 ? incidents[0] : undefined;
    texte.push({ code: "16", inhalt: only ? cached(incidentHtmlCache, only, incidentHtml) : incidents.map((i) => cached(incidentHtmlCache, i, incidentHtml)).join("") });
  }
  if (targets.length) {
    const list = (s: ServiceFacts) => `<ul>${routingHtml(s)}</ul>`;
    texte.push({ code: "23", inhalt: many ? `<ul>${services.map(routingHtml).join("")}</ul>` : cached(routingHtmlCache, services[0] as ServiceFacts, list) });
  }

  let changed: Change = { at: f.updatedAt, by: ctx.sender };
  let reviewed: Review | null = null;
  for (const item of [...articles, ...incidents]) {
    changed = newer(changed, item.changed) ?? changed;
    reviewed = newer(reviewed, item.reviewed);
  }
  for (const t of targets) changed = newer(changed, t.changed) ?? changed;

  return {
    id: leistungId(f.leikaKey, ctx),
    leikaKey: f.leikaKey,
    texte,
    begriffe: begriffe(f, articles, ctx.synonymGroups),
    fachlicheFreigabe: reviewed ? { am: xsDateBerlin(reviewed.at), durch: reviewed.by } : null,
    auskunftshinweise: articles.map((a) => ({
      inhalt: cached(articleHtmlCache, a, articleHtml),
      gueltigkeit: a.validFrom || a.validUntil ? { beginn: a.validFrom ? xsDay(a.validFrom) : null, ende: a.validUntil ? xsDay(a.validUntil) : null } : null,
    })),
    gebiet: { value: ctx.regionArs, schemeID: GEBIET_SCHEME_ID },
    versionsinformation: { erstelltDatumZeit: xsDateTime(f.createdAt), erstelltDurch: ctx.sender, geaendertDatumZeit: xsDateTime(changed.at), geaendertDurch: changed.by },
  };
}
