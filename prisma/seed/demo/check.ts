// Self-check of the demo bundle: the rules of shared/KB-BUNDLE.md that an import enforces, plus the
// content requirements of the demo (counts, coverage, exactly one active incident). Returns every
// problem with its JSON path; an empty list means the bundle is fine.

import { ALLOWED_TAGS } from "./html";
import { ARTICLE_TYPES, CATEGORIES } from "./types";
import type { BundleArticle, BundleOrganisation, BundleService, BundleVariant, Category, KbBundle } from "./types";

const KEY_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
// Latin-1 plus the en dash and German quotation marks; no control characters, emoji or arrows.
const TEXT_RE = /^[\u0020-\u007E\u00A0-\u00FF\u2013\u201E\u201C]*$/;
const SHORT_ANSWER_MAX = 600;
const KLASSEN = ["BETRIEBSVERHINDERND", "BETRIEBSBEHINDERND", "LEICHT"] as const;

const isDate = (s: string): boolean => DATE_RE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const isDateTime = (s: string): boolean => DATETIME_RE.test(s) && !Number.isNaN(Date.parse(s));

/** Problems of an HTML fragment in the bundle's restricted HTML (empty = fine). */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const top = (): string | undefined => stack[stack.length - 1];
  const checkText = (text: string): void => {
    if (text.includes(">")) problems.push("Text enthält '>'");
    if (/&(?!(?:amp|lt|gt|quot|#\d+);)/.test(text)) problems.push("Text enthält ein unmaskiertes '&'");
    if (text.trim() !== "") {
      const t = top();
      if (t === undefined || t === "ul" || t === "ol") problems.push(`Text außerhalb eines Absatzes: "${text.trim().slice(0, 40)}"`);
    }
  };
  let last = 0;
  for (const m of html.matchAll(/<([^>]*)>/g)) {
    checkText(html.slice(last, m.index));
    last = m.index + m[0].length;
    const tag = /^(\/?)([a-z0-9]+)(.*)$/s.exec(m[1] ?? "");
    if (tag === null) {
      problems.push(`ungültiges Tag <${m[1] ?? ""}>`);
      continue;
    }
    const [, slash, name = "", attrs = ""] = tag;
    if (!ALLOWED_TAGS.has(name)) {
      problems.push(`nicht erlaubtes Tag <${name}>`);
      continue;
    }
    if (slash === "/") {
      if (attrs !== "") problems.push(`schließendes Tag </${name}> mit Attributen`);
      if (name === "br") problems.push("</br> ist nicht erlaubt");
      else if (stack.pop() !== name) problems.push(`</${name}> schließt kein offenes <${name}>`);
      continue;
    }
    if (name === "a") {
      if (!/^ href="(?:https:\/\/|mailto:)[^"\s<>]+"$/.test(attrs)) problems.push(`<a> braucht genau ein href mit https: oder mailto: (${attrs.trim()})`);
    } else if (attrs.trim() !== "" && !(name === "br" && attrs.trim() === "/")) {
      problems.push(`<${name}> mit Attributen`);
    }
    const parent = top();
    const isBlock = ["p", "h2", "h3", "ul", "ol"].includes(name);
    if (name === "li" && parent !== "ul" && parent !== "ol") problems.push("<li> außerhalb einer Liste");
    if (isBlock && parent !== undefined && parent !== "li") problems.push(`<${name}> in <${parent}>`);
    if (!isBlock && name !== "li" && (parent === undefined || parent === "ul" || parent === "ol")) problems.push(`<${name}> außerhalb eines Absatzes`);
    if (name !== "br") stack.push(name);
  }
  checkText(html.slice(last));
  if (stack.length > 0) problems.push(`nicht geschlossen: ${stack.join(", ")}`);
  if (html.trim() === "") problems.push("leer");
  return problems;
}

type Problems = string[];

function walkStrings(value: unknown, path: string, problems: Problems): void {
  if (typeof value === "string") {
    if (value !== value.trim()) problems.push(`${path}: Leerraum am Anfang oder Ende`);
    if (value === "") problems.push(`${path}: leerer Text`);
    if (!TEXT_RE.test(value)) {
      const bad = [...value].filter((c) => !TEXT_RE.test(c)).map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}`);
      problems.push(`${path}: unerlaubte Zeichen ${[...new Set(bad)].join(" ")}`);
    }
    if (/ {2}/.test(value)) problems.push(`${path}: doppelte Leerzeichen`);
  } else if (Array.isArray(value)) {
    value.forEach((v: unknown, i) => walkStrings(v, `${path}[${i}]`, problems));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) walkStrings(v, `${path}.${k}`, problems);
  }
}

function uniqueItems(items: readonly string[], path: string, problems: Problems): void {
  const seen = new Set<string>();
  for (const item of items) {
    const norm = item.toLocaleLowerCase("de");
    if (seen.has(norm)) problems.push(`${path}: "${item}" doppelt`);
    seen.add(norm);
  }
}

const plain = (text: string, path: string, problems: Problems): void => {
  if (/[<>]/.test(text)) problems.push(`${path}: Sprechtext/Titel darf kein HTML enthalten`);
};

/** Every problem of the demo bundle; an empty list means it passes. */
export function checkBundle(b: KbBundle): string[] {
  const problems: Problems = [];
  if (b.format !== "kb-bundle" || b.version !== 1) problems.push("$.format/$.version: erwartet kb-bundle, 1");
  walkStrings(b, "$", problems);

  // Organisations
  const orgs = new Map<string, BundleOrganisation>();
  b.organisations.forEach((o, i) => {
    const path = `$.organisations[${i}]`;
    if (orgs.has(o.ars)) problems.push(`${path}.ars: ${o.ars} doppelt`);
    if (o.kind === "LAND" && (!/^\d{2}$/.test(o.ars) || o.parentArs !== undefined)) problems.push(`${path}: ein Land hat einen zweistelligen ARS und kein parentArs`);
    if (o.kind === "KOMMUNE") {
      const parent = o.parentArs === undefined ? undefined : orgs.get(o.parentArs);
      if (!/^\d{12}$/.test(o.ars)) problems.push(`${path}.ars: eine Kommune hat einen zwölfstelligen ARS`);
      if (parent === undefined || parent.kind !== "LAND") problems.push(`${path}.parentArs: Land ${o.parentArs ?? "-"} muss vorher stehen`);
      else if (!o.ars.startsWith(parent.ars)) problems.push(`${path}.ars: beginnt nicht mit dem ARS des Landes ${parent.ars}`);
    }
    orgs.set(o.ars, o);
  });
  const isLand = (ars: string): boolean => orgs.get(ars)?.kind === "LAND";

  // Services
  const services = new Map<string, BundleService>();
  b.services.forEach((s, i) => {
    const path = `$.services[${i}]`;
    if (!KEY_RE.test(s.key)) problems.push(`${path}.key: ${s.key} ist nicht kebab-case`);
    if (services.has(s.key)) problems.push(`${path}.key: ${s.key} doppelt`);
    if (!isLand(s.operatorArs)) problems.push(`${path}.operatorArs: ${s.operatorArs} ist kein Land`);
    uniqueItems(s.coUserArs, `${path}.coUserArs`, problems);
    s.coUserArs.forEach((ars, j) => {
      if (!isLand(ars)) problems.push(`${path}.coUserArs[${j}]: ${ars} ist kein Land`);
      if (ars === s.operatorArs) problems.push(`${path}.coUserArs[${j}]: der Betreiber nutzt nicht mit`);
    });
    if (!/^https:\/\/[^\s]+$/.test(s.url)) problems.push(`${path}.url: keine https-Adresse`);
    if (s.leistungen.length === 0) problems.push(`${path}.leistungen: leer`);
    uniqueItems(s.leistungen.map((l) => l.leikaKey), `${path}.leistungen`, problems);
    s.leistungen.forEach((l, j) => {
      if (!/^99\d{12}$/.test(l.leikaKey)) problems.push(`${path}.leistungen[${j}].leikaKey: kein 14-stelliger LeiKa-Schlüssel`);
    });
    services.set(s.key, s);
  });
  const operators = new Set(b.services.map((s) => s.operatorArs));
  const coUsers = new Set(b.services.flatMap((s) => s.coUserArs));
  if (operators.size !== 2) problems.push(`$.services: ${operators.size} betreibende Länder statt 2`);
  if (coUsers.size < 3) problems.push(`$.services: nur ${coUsers.size} mitnutzende Länder`);
  for (const land of coUsers) {
    const kommunen = b.organisations.filter((o) => o.parentArs === land).length;
    if (kommunen < 2) problems.push(`$.organisations: mitnutzendes Land ${land} hat nur ${kommunen} Kommunen`);
  }
  if (b.services.length < 3) problems.push("$.services: weniger als 3 Onlinedienste");
  const regionsOf = (s: BundleService): Set<string> => new Set([s.operatorArs, ...s.coUserArs]);

  // Articles
  const keys = new Set<string>();
  const articles = new Map<string, BundleArticle>();
  const seenKey = (key: string, path: string): void => {
    if (!KEY_RE.test(key)) problems.push(`${path}.key: ${key} ist nicht kebab-case`);
    if (keys.has(key)) problems.push(`${path}.key: ${key} doppelt`);
    keys.add(key);
  };
  b.articles.forEach((art, i) => {
    const path = `$.articles[${i}]`;
    seenKey(art.key, path);
    articles.set(art.key, art);
    const service = services.get(art.service);
    if (service === undefined) problems.push(`${path}.service: unbekannt ${art.service}`);
    if (!ARTICLE_TYPES.includes(art.type)) problems.push(`${path}.type: ${String(art.type)}`);
    plain(art.title, `${path}.title`, problems);
    plain(art.shortAnswer, `${path}.shortAnswer`, problems);
    if (art.shortAnswer.length > SHORT_ANSWER_MAX) problems.push(`${path}.shortAnswer: ${art.shortAnswer.length} Zeichen (höchstens ${SHORT_ANSWER_MAX})`);
    for (const h of htmlProblems(art.bodyHtml)) problems.push(`${path}.bodyHtml: ${h}`);
    if (art.keywords.length === 0) problems.push(`${path}.keywords: leer`);
    uniqueItems(art.keywords, `${path}.keywords`, problems);
    if (art.categories.length === 0) problems.push(`${path}.categories: leer`);
    uniqueItems(art.categories, `${path}.categories`, problems);
    art.categories.forEach((c, j) => {
      if (!CATEGORIES.includes(c)) problems.push(`${path}.categories[${j}]: unbekannt ${String(c)}`);
    });
    if (art.leikaKeys.length === 0) problems.push(`${path}.leikaKeys: leer`);
    const serviceKeys = new Set(service?.leistungen.map((l) => l.leikaKey) ?? []);
    art.leikaKeys.forEach((k, j) => {
      if (!serviceKeys.has(k)) problems.push(`${path}.leikaKeys[${j}]: ${k} gehört nicht zum Dienst`);
    });
    if (!isDate(art.validFrom)) problems.push(`${path}.validFrom: kein Datum`);
    if (!isDate(art.reviewDue) || art.reviewDue <= art.validFrom) problems.push(`${path}.reviewDue: kein Datum nach validFrom`);
    if (art.validUntil !== null && !isDate(art.validUntil)) problems.push(`${path}.validUntil: kein Datum`);
    if ((art.type === "INCIDENT") !== (art.incident !== null)) problems.push(`${path}.incident: genau INCIDENT-Artikel haben Störungsangaben`);
    if (art.incident !== null) {
      const inc = art.incident;
      if (!KLASSEN.includes(inc.severity)) problems.push(`${path}.incident.severity: ${String(inc.severity)}`);
      if (!isDateTime(inc.startedAt)) problems.push(`${path}.incident.startedAt: kein ISO-Zeitpunkt mit Zeitzone`);
      if (inc.resolvedAt !== null && (!isDateTime(inc.resolvedAt) || Date.parse(inc.resolvedAt) <= Date.parse(inc.startedAt))) {
        problems.push(`${path}.incident.resolvedAt: kein ISO-Zeitpunkt nach startedAt`);
      }
      inc.affectedArs.forEach((ars, j) => {
        if (service !== undefined && !(isLand(ars) && regionsOf(service).has(ars))) problems.push(`${path}.incident.affectedArs[${j}]: ${ars} nutzt den Dienst nicht`);
      });
    }
  });

  const published = b.articles.filter((x) => x.status === "PUBLISHED");
  if (published.length < 60) problems.push(`$.articles: nur ${published.length} veröffentlichte Artikel (mindestens 60)`);
  for (const t of ARTICLE_TYPES) {
    if (!published.some((x) => x.type === t)) problems.push(`$.articles: kein veröffentlichter Artikel vom Typ ${t}`);
  }
  for (const c of CATEGORIES) {
    const n = published.filter((x) => x.categories.includes(c)).length;
    if (n < 3) problems.push(`$.articles: Kategorie ${c} nur ${n}-mal (mindestens 3)`);
  }
  for (const s of b.services) {
    const n = published.filter((x) => x.service === s.key).length;
    if (n < 10) problems.push(`$.articles: Dienst ${s.key} hat nur ${n} veröffentlichte Artikel`);
  }
  const incidents = published.filter((x) => x.incident !== null);
  const active = incidents.filter((x) => x.incident?.resolvedAt === null);
  if (active.length !== 1) problems.push(`$.articles: ${active.length} aktive Störungen statt genau einer`);
  const resolved = incidents.length - active.length;
  if (resolved < 1 || resolved > 2) problems.push(`$.articles: ${resolved} behobene Störungen (erwartet 1 bis 2)`);

  // Variants
  interface Effective {
    root: BundleArticle;
    regionArs: string | null;
    parentVariant: BundleVariant | null;
    title: string;
    shortAnswer: string;
    categories: Category[];
  }
  const effective = new Map<string, Effective>();
  for (const art of b.articles) {
    effective.set(art.key, { root: art, regionArs: null, parentVariant: null, title: art.title, shortAnswer: art.shortAnswer, categories: art.categories });
  }
  const variants = new Map<string, BundleVariant>();
  const familyRegions = new Set<string>();
  let kommuneOfLandVariant = 0;
  b.variants.forEach((v, i) => {
    const path = `$.variants[${i}]`;
    seenKey(v.key, path);
    const parentArticle = articles.get(v.parent);
    const parentVariant = variants.get(v.parent);
    const parentEff = effective.get(v.parent);
    const parentStatus = parentArticle?.status ?? parentVariant?.status;
    variants.set(v.key, v);
    if (parentEff === undefined || parentStatus === undefined) {
      problems.push(`${path}.parent: ${v.parent} unbekannt oder erst später definiert`);
      return;
    }
    if (parentStatus !== "PUBLISHED") problems.push(`${path}.parent: ${v.parent} ist nicht veröffentlicht`);
    const region = orgs.get(v.regionArs);
    const service = services.get(parentEff.root.service);
    if (region === undefined || service === undefined) {
      problems.push(`${path}.regionArs: unbekannt ${v.regionArs}`);
      return;
    }
    if (region.kind === "LAND") {
      if (parentVariant !== undefined) problems.push(`${path}: eine Land-Variante leitet sich vom Basisartikel ab`);
      if (!service.coUserArs.includes(region.ars)) problems.push(`${path}.regionArs: Land ${region.ars} nutzt ${service.key} nicht mit`);
    } else if (region.kind === "KOMMUNE") {
      const land = region.parentArs ?? "";
      if (parentVariant === undefined) {
        if (!regionsOf(service).has(land)) problems.push(`${path}.regionArs: Land ${land} der Kommune nutzt ${service.key} nicht`);
      } else {
        const pRegion = orgs.get(parentVariant.regionArs);
        if (pRegion?.kind !== "LAND") problems.push(`${path}.parent: Kommune-Varianten leiten sich vom Basisartikel oder einer Land-Variante ab`);
        else if (pRegion.ars !== land) problems.push(`${path}.regionArs: Kommune liegt nicht im Land ${pRegion.ars} der Eltern-Variante`);
        else kommuneOfLandVariant++;
      }
    } else {
      problems.push(`${path}.regionArs: Varianten gehören zu einem Land oder einer Kommune`);
    }
    const family = `${parentEff.root.key}@${v.regionArs}`;
    if (familyRegions.has(family)) problems.push(`${path}: zweite Variante derselben Familie für ${v.regionArs}`);
    familyRegions.add(family);

    const c = v.changes;
    const fields = Object.keys(c);
    if (fields.length === 0) problems.push(`${path}.changes: leer`);
    for (const f of fields) {
      if (!["title", "shortAnswer", "bodyHtml", "keywords", "categories"].includes(f)) problems.push(`${path}.changes.${f}: unbekanntes Feld`);
    }
    const apply = (base: string, ch: { mode: string; text: string } | undefined): string =>
      ch === undefined ? base : ch.mode === "replace" ? ch.text : `${base} ${ch.text}`;
    for (const [f, ch] of Object.entries(c)) {
      const mode: unknown = (ch as { mode?: unknown }).mode;
      if (mode !== "replace" && mode !== "append") problems.push(`${path}.changes.${f}.mode: ${String(mode)}`);
    }
    if (c.title) plain(c.title.text, `${path}.changes.title.text`, problems);
    if (c.shortAnswer) plain(c.shortAnswer.text, `${path}.changes.shortAnswer.text`, problems);
    if (c.bodyHtml) for (const h of htmlProblems(c.bodyHtml.html)) problems.push(`${path}.changes.bodyHtml.html: ${h}`);
    if (c.keywords) uniqueItems(c.keywords.items, `${path}.changes.keywords.items`, problems);
    if (c.categories) {
      c.categories.items.forEach((cat, j) => {
        if (!CATEGORIES.includes(cat)) problems.push(`${path}.changes.categories.items[${j}]: unbekannt ${String(cat)}`);
      });
    }
    const shortAnswer = apply(parentEff.shortAnswer, c.shortAnswer);
    if (shortAnswer.length > SHORT_ANSWER_MAX) problems.push(`${path}.changes.shortAnswer: wirksamer Sprechtext hat ${shortAnswer.length} Zeichen`);
    const categories = c.categories === undefined ? parentEff.categories : c.categories.mode === "replace" ? c.categories.items : [...new Set([...parentEff.categories, ...c.categories.items])];
    if (categories.length === 0) problems.push(`${path}.changes.categories: keine Kategorie übrig`);
    effective.set(v.key, { root: parentEff.root, regionArs: v.regionArs, parentVariant: v, title: apply(parentEff.title, c.title), shortAnswer, categories });
  });
  const publishedVariants = b.variants.filter((v) => v.status === "PUBLISHED");
  if (publishedVariants.length < 10) problems.push(`$.variants: nur ${publishedVariants.length} veröffentlichte Varianten (mindestens 10)`);
  const modes = new Set(publishedVariants.flatMap((v) => Object.values(v.changes).map((ch: { mode: string }) => ch.mode)));
  if (!modes.has("replace") || !modes.has("append")) problems.push("$.variants: es fehlen Varianten mit replace oder append");
  if (kommuneOfLandVariant < 2) problems.push(`$.variants: nur ${kommuneOfLandVariant} Kommune-Varianten von Land-Varianten (mindestens 2)`);

  // Routing targets
  const routeKeys = new Set<string>();
  b.routingTargets.forEach((r, i) => {
    const path = `$.routingTargets[${i}]`;
    const service = services.get(r.service);
    if (service === undefined) problems.push(`${path}.service: unbekannt ${r.service}`);
    else if (r.regionArs !== null && !(isLand(r.regionArs) && regionsOf(service).has(r.regionArs))) problems.push(`${path}.regionArs: ${r.regionArs} ist kein Land dieses Dienstes`);
    if (r.level !== "SECOND" && r.level !== "THIRD") problems.push(`${path}.level`);
    if (r.kind !== "TECHNICAL" && r.kind !== "FACHLICH") problems.push(`${path}.kind`);
    if (r.channel === "EMAIL" && !/^[^@\s]+@[^@\s]+\.[a-z]+$/.test(r.contact)) problems.push(`${path}.contact: keine E-Mail-Adresse`);
    if (r.channel === "TICKET_SYSTEM" && !/^https:\/\/\S+$/.test(r.contact)) problems.push(`${path}.contact: keine https-Adresse`);
    if (r.channel === "PHONE" && !/^\+?[\d ()/-]+$/.test(r.contact)) problems.push(`${path}.contact: keine Telefonnummer`);
    for (const k of KLASSEN) {
      const re = r.reactionHours[k];
      const res = r.resolutionHours[k];
      if (!Number.isInteger(re) || !Number.isInteger(res) || re <= 0 || res < re) problems.push(`${path}: Reaktions-/Erledigungszeit ${k} ungültig`);
    }
    if (Object.keys(r.reactionHours).length !== 3 || Object.keys(r.resolutionHours).length !== 3) problems.push(`${path}: genau drei Störungsklassen erwartet`);
    const rk = `${r.service}|${r.regionArs ?? ""}|${r.level}|${r.kind}|${r.name}`;
    if (routeKeys.has(rk)) problems.push(`${path}: doppeltes Routingziel`);
    routeKeys.add(rk);
  });
  for (const s of b.services) {
    const has = (region: string | null, level: string, kind: string): boolean =>
      b.routingTargets.some((r) => r.service === s.key && r.regionArs === region && r.level === level && r.kind === kind);
    for (const [level, kind] of [["SECOND", "TECHNICAL"], ["THIRD", "TECHNICAL"], ["THIRD", "FACHLICH"]] as const) {
      if (!has(null, level, kind)) problems.push(`$.routingTargets: ${s.key} hat kein Basis-Ziel ${level} ${kind}`);
    }
    for (const land of s.coUserArs) {
      if (!has(land, "SECOND", "FACHLICH")) problems.push(`$.routingTargets: ${s.key} hat kein Ziel SECOND FACHLICH für ${land}`);
    }
  }

  // Synonyms
  if (b.synonyms.length < 40) problems.push(`$.synonyms: nur ${b.synonyms.length} Gruppen (mindestens 40)`);
  const terms = new Map<string, number>();
  b.synonyms.forEach((group, i) => {
    if (group.length < 2) problems.push(`$.synonyms[${i}]: weniger als zwei Begriffe`);
    group.forEach((term, j) => {
      const norm = term.toLocaleLowerCase("de");
      const other = terms.get(norm);
      if (other !== undefined) problems.push(`$.synonyms[${i}][${j}]: "${term}" steht schon in Gruppe ${other}`);
      terms.set(norm, i);
    });
  });

  return problems;
}
