import type { Problem } from "../errors";
import { docToHtml, docToText, findHtmlProblems, htmlToDoc, markdownToHtml, type EditorDoc } from "../editor/server";
import type { Bundle, BundleVariantChanges } from "./schema";
import type { KnownState } from "./known-state";

/** A body converted to the editor's document, with its derived HTML and text. */
export interface PreparedBody {
  doc: EditorDoc;
  html: string;
  text: string;
}

export interface PreparedBundle {
  articleBodies: Map<string, PreparedBody>; // article key -> body
  variantBodies: Map<string, PreparedBody>; // variant key -> body change
}

/** Normalised synonym group key: lower-case terms, sorted, joined. */
export function synonymTermsKey(terms: readonly string[]): string {
  return [...new Set(terms.map((t) => t.trim().toLowerCase()))].sort((a, b) => a.localeCompare(b, "de")).join("|");
}

function prepareBody(source: { html?: string; markdown?: string }, path: string, problems: Problem[]): PreparedBody | null {
  const html = source.html ?? (source.markdown !== undefined ? markdownToHtml(source.markdown) : "");
  const htmlProblems = findHtmlProblems(html);
  if (htmlProblems.length) {
    for (const message of htmlProblems) problems.push({ path, message });
    return null;
  }
  try {
    const doc = htmlToDoc(html);
    const text = docToText(doc);
    if (!text) {
      problems.push({ path, message: "ist leer (nach dem Entfernen nicht erlaubter Elemente bleibt kein Text)" });
      return null;
    }
    return { doc, html: docToHtml(doc), text };
  } catch {
    problems.push({ path, message: "ist kein verarbeitbares HTML" });
    return null;
  }
}

const isLand = (ars: string) => /^\d{2}$/.test(ars);

/**
 * Checks every rule that needs the whole bundle or the database: references, regions, the variant chain,
 * workflow preconditions, HTML safety. Returns all problems (with JSON paths) and the prepared bodies.
 */
export function validateBundle(bundle: Bundle, known: KnownState): { problems: Problem[]; prepared: PreparedBundle } {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const prepared: PreparedBundle = { articleBodies: new Map(), variantBodies: new Map() };

  // Organisations: bundle entries win over the database for the checks below.
  const orgs = new Map(known.orgs);
  const seenArs = new Set<string>();
  bundle.organisations.forEach((o, i) => {
    const p = `organisations[${i}]`;
    if (seenArs.has(o.ars)) add(`${p}.ars`, `Regionalschlüssel ${o.ars} kommt mehrfach vor`);
    seenArs.add(o.ars);
    const existing = known.orgs.get(o.ars);
    if (existing && existing.kind !== o.kind) add(`${p}.kind`, `${o.ars} ist bereits als ${existing.kind} angelegt; die Art einer Organisation lässt sich nicht ändern`);
    orgs.set(o.ars, { kind: o.kind, parentArs: o.parentArs ?? null });
  });
  bundle.organisations.forEach((o, i) => {
    const p = `organisations[${i}]`;
    const parent = o.parentArs ? orgs.get(o.parentArs) : undefined;
    if (o.kind === "LAND" && !isLand(o.ars)) add(`${p}.ars`, "ein Land hat einen zweistelligen Regionalschlüssel (z. B. 06)");
    if (o.kind === "KOMMUNE") {
      if (o.ars.length !== 12) add(`${p}.ars`, "eine Kommune hat einen zwölfstelligen Regionalschlüssel");
      if (!o.parentArs) add(`${p}.parentArs`, "eine Kommune braucht ihr Land (parentArs)");
      else if (!parent) add(`${p}.parentArs`, `unbekannte Organisation ${o.parentArs}`);
      else if (parent.kind !== "LAND") add(`${p}.parentArs`, `${o.parentArs} ist kein Land`);
      else if (!o.ars.startsWith(o.parentArs)) add(`${p}.ars`, `der Regionalschlüssel einer Kommune beginnt mit dem ihres Landes (${o.parentArs})`);
    } else if (o.parentArs) {
      if (!parent) add(`${p}.parentArs`, `unbekannte Organisation ${o.parentArs}`);
      else if (o.kind === "BUND" || parent.kind !== "BUND") add(`${p}.parentArs`, "nur Kommunen (unter einem Land) und Länder (unter dem Bund) haben eine übergeordnete Organisation");
    }
  });
  const orgKind = (ars: string) => orgs.get(ars)?.kind;

  // Services
  const services = new Map(known.services);
  const seenServices = new Set<string>();
  bundle.services.forEach((s, i) => {
    const p = `services[${i}]`;
    if (seenServices.has(s.key)) add(`${p}.key`, `Dienst ${s.key} kommt mehrfach vor`);
    seenServices.add(s.key);
    if (!orgs.has(s.operatorArs)) add(`${p}.operatorArs`, `unbekannte Organisation ${s.operatorArs}`);
    else if (orgKind(s.operatorArs) !== "LAND") add(`${p}.operatorArs`, `${s.operatorArs} ist kein Land; ein EfA-Dienst wird von einem Land betrieben`);
    const existing = known.services.get(s.key);
    if (existing && existing.operatorArs !== s.operatorArs) add(`${p}.operatorArs`, `der Dienst wird bereits von ${existing.operatorArs} betrieben; das betreibende Land lässt sich per Import nicht ändern`);
    const seenCo = new Set<string>();
    s.coUserArs.forEach((ars, j) => {
      if (seenCo.has(ars)) add(`${p}.coUserArs[${j}]`, `${ars} kommt mehrfach vor`);
      seenCo.add(ars);
      if (!orgs.has(ars)) add(`${p}.coUserArs[${j}]`, `unbekannte Organisation ${ars}`);
      else if (orgKind(ars) !== "LAND") add(`${p}.coUserArs[${j}]`, `${ars} ist kein Land; mitnutzen können nur Länder`);
      if (ars === s.operatorArs) add(`${p}.coUserArs[${j}]`, "das betreibende Land ist nicht zugleich mitnutzendes Land");
    });
    const seenLeika = new Set<string>();
    s.leistungen.forEach((l, j) => {
      if (seenLeika.has(l.leikaKey)) add(`${p}.leistungen[${j}].leikaKey`, `${l.leikaKey} kommt mehrfach vor`);
      seenLeika.add(l.leikaKey);
    });
    services.set(s.key, { operatorArs: s.operatorArs, coUserArs: seenCo, leikaKeys: seenLeika });
  });
  const leikaNames = new Map<string, { name: string; path: string }>();
  bundle.services.forEach((s, i) => s.leistungen.forEach((l, j) => {
    const other = leikaNames.get(l.leikaKey);
    if (other && other.name !== l.name) add(`services[${i}].leistungen[${j}].name`, `Leistung ${l.leikaKey} heißt in ${other.path} anders ("${other.name}")`);
    leikaNames.set(l.leikaKey, { name: l.name, path: `services[${i}].leistungen[${j}]` });
  }));

  // Articles and variants share one key space.
  const articleInfo = new Map(known.articles);
  const seenKeys = new Map<string, string>();
  const claimKey = (key: string, path: string) => {
    const other = seenKeys.get(key);
    if (other) add(`${path}.key`, `Schlüssel ${key} kommt mehrfach vor (auch ${other})`);
    seenKeys.set(key, path);
  };
  bundle.articles.forEach((a, i) => {
    const p = `articles[${i}]`;
    claimKey(a.key, p);
    const service = services.get(a.service);
    if (!service) add(`${p}.service`, `unbekannter Dienst ${a.service}`);
    const existing = known.articles.get(a.key);
    if (existing?.parentKey) add(`${p}.key`, `${a.key} ist bereits eine Variante, kein Basisartikel`);
    else if (existing && existing.type !== a.type) add(`${p}.type`, `${a.key} ist bereits vom Typ ${existing.type}; der Typ lässt sich nicht ändern`);
    else if (existing && existing.serviceKey !== a.service) add(`${p}.service`, `${a.key} gehört bereits zum Dienst ${existing.serviceKey}`);
    if (service) a.leikaKeys.forEach((k, j) => {
      if (!service.leikaKeys.has(k)) add(`${p}.leikaKeys[${j}]`, `die Leistung ${k} gehört nicht zum Dienst ${a.service}`);
    });
    if (new Set(a.categories).size !== a.categories.length) add(`${p}.categories`, "enthält eine Kategorie mehrfach");
    if (a.validFrom && a.validUntil && a.validFrom > a.validUntil) add(`${p}.validUntil`, "liegt vor validFrom");
    if (a.type === "INCIDENT" && !a.incident) add(`${p}.incident`, "eine Störungsmeldung braucht Angaben zur Störung (incident)");
    if (a.type !== "INCIDENT" && a.incident) add(`${p}.incident`, "nur Störungsmeldungen (type INCIDENT) haben Angaben zur Störung");
    if (a.incident) {
      const inc = a.incident;
      if (inc.resolvedAt && new Date(inc.resolvedAt) < new Date(inc.startedAt)) add(`${p}.incident.resolvedAt`, "liegt vor dem Beginn der Störung");
      inc.affectedArs.forEach((ars, j) => {
        if (!orgs.has(ars)) add(`${p}.incident.affectedArs[${j}]`, `unbekannte Organisation ${ars}`);
        else if (orgKind(ars) !== "LAND") add(`${p}.incident.affectedArs[${j}]`, `${ars} ist kein Land; betroffen sind Länder (leer = alle)`);
      });
    }
    const body = prepareBody({ html: a.bodyHtml, markdown: a.bodyMarkdown }, `${p}.${a.bodyHtml !== undefined ? "bodyHtml" : "bodyMarkdown"}`, problems);
    if (body) prepared.articleBodies.set(a.key, body);
    articleInfo.set(a.key, {
      type: a.type, serviceKey: a.service, isPublished: a.status === "PUBLISHED" || Boolean(existing?.isPublished && a.status !== "ARCHIVED"),
      parentKey: null, rootKey: null, regionArs: service?.operatorArs ?? "",
    });
  });
  bundle.articles.forEach((a, i) => {
    const w = a.incident?.workaround;
    if (!w) return;
    const target = articleInfo.get(w);
    if (!target) add(`articles[${i}].incident.workaround`, `unbekannter Artikel ${w}`);
    else if (target.type !== "WORKAROUND" || target.serviceKey !== a.service) add(`articles[${i}].incident.workaround`, `${w} ist kein Workaround desselben Dienstes`);
  });

  bundle.variants.forEach((v, i) => {
    const p = `variants[${i}]`;
    claimKey(v.key, p);
    // type and service are the family's; they are read from the root below (parents may come later).
    articleInfo.set(v.key, {
      type: "FAQ", serviceKey: "",
      isPublished: v.status === "PUBLISHED" || Boolean(known.articles.get(v.key)?.isPublished && v.status !== "ARCHIVED"),
      parentKey: v.parent, rootKey: null, regionArs: v.regionArs,
    });
  });
  // Second pass: parents may come later in the list.
  const rootOf = (key: string, depth = 0): string | null => {
    const info = articleInfo.get(key);
    if (!info || depth > 3) return null;
    return info.parentKey ? rootOf(info.parentKey, depth + 1) : key;
  };
  const familyRegions = new Map<string, string>();
  for (const [key, info] of known.articles) if (info.rootKey) familyRegions.set(`${info.rootKey}|${info.regionArs}`, key);
  bundle.variants.forEach((v, i) => {
    const p = `variants[${i}]`;
    const parent = articleInfo.get(v.parent);
    if (!parent) {
      add(`${p}.parent`, `unbekannter Artikel ${v.parent}`);
      return;
    }
    if (v.parent === v.key) {
      add(`${p}.parent`, "eine Variante kann nicht von sich selbst abgeleitet werden");
      return;
    }
    if (!parent.isPublished) add(`${p}.parent`, `${v.parent} ist nicht veröffentlicht; Varianten entstehen nur aus veröffentlichten Artikeln`);
    const rootKey = rootOf(v.key);
    const serviceKey = rootKey ? articleInfo.get(rootKey)?.serviceKey ?? "" : "";
    const service = services.get(serviceKey);
    const regionKind = orgKind(v.regionArs);
    const existing = known.articles.get(v.key);
    if (existing && !existing.parentKey) add(`${p}.key`, `${v.key} ist bereits ein Basisartikel, keine Variante`);
    else if (existing && (existing.parentKey !== v.parent || existing.regionArs !== v.regionArs)) add(`${p}.parent`, `${v.key} ist bereits eine Variante von ${existing.parentKey} für ${existing.regionArs}; Elternartikel und Region lassen sich nicht ändern`);
    if (!regionKind) add(`${p}.regionArs`, `unbekannte Organisation ${v.regionArs}`);
    else if (regionKind === "BUND") add(`${p}.regionArs`, "Varianten gibt es für Länder und Kommunen");
    else if (service) {
      const grandparent = parent.parentKey ? articleInfo.get(parent.parentKey) : undefined;
      if (regionKind === "LAND") {
        if (parent.parentKey) add(`${p}.parent`, "die Variante eines Landes wird vom Basisartikel abgeleitet");
        if (!service.coUserArs.has(v.regionArs)) add(`${p}.regionArs`, `das Land ${v.regionArs} nutzt den Dienst ${serviceKey} nicht mit`);
      } else {
        const land = orgs.get(v.regionArs)?.parentArs ?? "";
        if (!service.coUserArs.has(land) && service.operatorArs !== land) add(`${p}.regionArs`, `das Land ${land} der Kommune ${v.regionArs} nutzt oder betreibt den Dienst ${serviceKey} nicht`);
        if (parent.parentKey) {
          if (grandparent?.parentKey) add(`${p}.parent`, "Varianten reichen höchstens von der Basis über das Land zur Kommune");
          else if (parent.regionArs !== land) add(`${p}.parent`, `die Kommune ${v.regionArs} kann nur die Variante ihres Landes ${land} ableiten`);
        }
      }
    }
    if (!rootKey) add(`${p}.parent`, "die Kette der Elternartikel endet nicht bei einem Basisartikel");
    else {
      const slot = `${rootKey}|${v.regionArs}`;
      const other = familyRegions.get(slot);
      if (other && other !== v.key) add(`${p}.regionArs`, `für ${v.regionArs} gibt es schon eine Variante dieses Artikels (${other})`);
      familyRegions.set(slot, v.key);
    }
    const c: BundleVariantChanges = v.changes;
    if (c.categories && new Set(c.categories.items).size !== c.categories.items.length) add(`${p}.changes.categories.items`, "enthält eine Kategorie mehrfach");
    if (c.validity?.validFrom && c.validity.validUntil && c.validity.validFrom > c.validity.validUntil) add(`${p}.changes.validity.validUntil`, "liegt vor validFrom");
    if (c.bodyHtml || c.bodyMarkdown) {
      const body = prepareBody({ html: c.bodyHtml?.html, markdown: c.bodyMarkdown?.markdown }, `${p}.changes.${c.bodyHtml ? "bodyHtml.html" : "bodyMarkdown.markdown"}`, problems);
      if (body) prepared.variantBodies.set(v.key, body);
    }
  });

  const seenTargets = new Set<string>();
  bundle.routingTargets.forEach((t, i) => {
    const p = `routingTargets[${i}]`;
    const service = services.get(t.service);
    if (!service) add(`${p}.service`, `unbekannter Dienst ${t.service}`);
    if (t.regionArs) {
      if (!orgs.has(t.regionArs)) add(`${p}.regionArs`, `unbekannte Organisation ${t.regionArs}`);
      else if (orgKind(t.regionArs) !== "LAND") add(`${p}.regionArs`, "Routing-Ziele gelten für alle (null) oder für ein Land");
      else if (service && !service.coUserArs.has(t.regionArs) && service.operatorArs !== t.regionArs) add(`${p}.regionArs`, `das Land ${t.regionArs} nutzt den Dienst ${t.service} nicht`);
    }
    const id = [t.service, t.regionArs ?? "", t.level, t.kind, t.name].join("|");
    if (seenTargets.has(id)) add(p, "dasselbe Routing-Ziel (Dienst, Region, Ebene, Art, Name) kommt mehrfach vor");
    seenTargets.add(id);
  });

  // Not allowed paths: like lib/routing/save-routing-target.ts, only for a Land that operates or co-uses the service.
  const seenRestrictions = new Map<string, string>();
  bundle.routingRestrictions.forEach((r, i) => {
    const p = `routingRestrictions[${i}]`;
    const service = services.get(r.service);
    if (!service) add(`${p}.service`, `unbekannter Dienst ${r.service}`);
    if (!orgs.has(r.regionArs)) add(`${p}.regionArs`, `unbekannte Organisation ${r.regionArs}`);
    else if (orgKind(r.regionArs) !== "LAND") add(`${p}.regionArs`, `${r.regionArs} ist kein Land; nicht zulässige Wege legt ein Land für sich fest`);
    else if (service && !service.coUserArs.has(r.regionArs) && service.operatorArs !== r.regionArs) add(`${p}.regionArs`, `das Land ${r.regionArs} nutzt den Dienst ${r.service} nicht`);
    const id = [r.service, r.regionArs, r.level, r.kind].join("|");
    const other = seenRestrictions.get(id);
    if (other) add(p, `derselbe nicht zulässige Weg (Dienst, Land, Ebene, Art) steht schon in ${other}`);
    else seenRestrictions.set(id, p);
  });

  const termOwner = new Map<string, number>();
  bundle.synonyms.forEach((group, i) => {
    const key = synonymTermsKey(group);
    if (new Set(group.map((t) => t.toLowerCase())).size < 2) add(`synonyms[${i}]`, "eine Synonymgruppe braucht mindestens 2 verschiedene Begriffe");
    group.forEach((term, j) => {
      const lower = term.toLowerCase();
      const other = termOwner.get(lower);
      if (other !== undefined && other !== i) add(`synonyms[${i}][${j}]`, `"${term}" steht schon in synonyms[${other}]; ein Begriff gehört zu genau einer Gruppe`);
      termOwner.set(lower, i);
      const dbGroup = known.synonymTerms.get(lower);
      if (dbGroup && dbGroup !== key) add(`synonyms[${i}][${j}]`, `"${term}" steht schon in einer anderen Synonymgruppe der Datenbank`);
    });
  });

  return { problems, prepared };
}
