import { XMLParser, XMLValidator } from "fast-xml-parser";
import { BEGRIFF_TYP, LEIKA_KEY_PATTERN, MAX_IMPORT_BYTES, XZUFI_NAMESPACE, XZUFI_VERSION } from "./constants";
import type { Identifikator } from "./types";

/**
 * XML -> DTO for the import of XZuFi 2.2.0 transfer documents (schreibe/leistung and loesche). Safe by
 * construction: the size is limited, a DOCTYPE or entity declaration is refused before any parsing (no XXE, no
 * entity expansion), only the five XML entities are known, the document must be well-formed (errors name line
 * and column), the root must be in the XZuFi 2.2.0 namespace with xzufiVersion 2.2.0. Everything is checked
 * before anything is returned, so an import writes nothing when one thing is wrong.
 */

export interface ReadProblem {
  /** where: "Zeile 12, Spalte 5" or a path like "schreibe[3]/leistung/referenzLeiKa" with its line */
  path: string;
  message: string;
}

export class XzufiReadError extends Error {
  constructor(
    message: string,
    readonly problems: ReadProblem[],
  ) {
    super(message);
    this.name = "XzufiReadError";
  }
}

export interface ReadLeistung {
  /** position of its schreibe in the document (1-based) and the line it starts on */
  position: number;
  line: number;
  id: Identifikator | null;
  leikaKey: string;
  /** modulText 02 (plain text, or HTML when the sender wrote tags) */
  name: string;
  /** modulText 05 (Kurztext), else 06 (Volltext): HTML */
  descriptionHtml: string | null;
  /** begriffImKontext of typ Suchbegriff */
  searchTerms: string[];
}

export interface ReadLoesche {
  position: number;
  line: number;
  klasse: string;
  id: Identifikator;
}

export interface ReadDocument {
  xzufiVersion: string;
  produktbezeichnung: string | null;
  sender: string | null;
  leistungen: ReadLeistung[];
  loeschungen: ReadLoesche[];
  /** objects of other classes in schreibe (organisationseinheit, onlinedienst, ...): not imported */
  skipped: Record<string, number>;
}

type Node = Record<string, unknown>;

const XML_ENTITIES = new Set(["lt", "gt", "amp", "quot", "apos"]);
const REPEATED = new Set(["schreibe", "loesche", "modulText", "inhalt", "modulBegriffImKontext", "begriffImKontext", "referenzLeiKa", "nachrichtenkopf"]);

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** Line and column (1-based) of offsets in a text. */
class Positions {
  private readonly lineStarts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }
  label(offset: number): string {
    const p = this.at(offset);
    return `Zeile ${p.line}, Spalte ${p.column}`;
  }
}

/** Offsets of the start tags per local name, in document order (comments and CDATA skipped). */
function startTags(text: string): Map<string, number[]> {
  const tags = new Map<string, number[]>();
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?=[\s/>])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1];
    if (!name) continue;
    const list = tags.get(name) ?? [];
    list.push(m.index);
    tags.set(name, list);
  }
  return tags;
}

function fail(message: string, problems: ReadProblem[]): never {
  throw new XzufiReadError(message, problems);
}

/** Refuses what must never reach a parser: wrong size or encoding, DOCTYPE, entity declarations, unknown entities. */
function checkRaw(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    fail(`Die Datei ist zu groß (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; höchstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Bitte in kleinere Dateien teilen.`, []);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    fail("Die Datei ist nicht in UTF-8 kodiert. XZuFi-Dateien werden in UTF-8 erwartet.", []);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const positions = new Positions(text);
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  if (declared && declared.toLowerCase().replace(/[-_]/g, "") !== "utf8") {
    fail(`Die Datei erklärt die Kodierung ${declared}; erwartet wird UTF-8.`, [{ path: positions.label(0), message: `encoding="${declared}"` }]);
  }
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) {
    fail("Die Datei enthält eine DOCTYPE-Deklaration. Aus Sicherheitsgründen (XXE, Entity-Expansion) werden nur XZuFi-Dateien ohne DOCTYPE angenommen; es wurde nichts geschrieben.", [
      { path: positions.label(doctype.index), message: "DOCTYPE ist nicht erlaubt" },
    ]);
  }
  const entityDecl = /<!ENTITY/i.exec(text);
  if (entityDecl) {
    fail("Die Datei deklariert Entitäten. Aus Sicherheitsgründen (XXE, Entity-Expansion) werden sie nicht angenommen; es wurde nichts geschrieben.", [
      { path: positions.label(entityDecl.index), message: "ENTITY ist nicht erlaubt" },
    ]);
  }
  const unknownEntities: ReadProblem[] = [];
  const entityRef = /&([A-Za-z_][\w.-]*);/g;
  for (let m = entityRef.exec(text); m && unknownEntities.length < 20; m = entityRef.exec(text)) {
    if (!XML_ENTITIES.has(m[1] ?? "")) unknownEntities.push({ path: positions.label(m.index), message: `unbekannte Entität &${m[1]}; (XML kennt ohne DOCTYPE nur &lt; &gt; &amp; &quot; &apos; und Zeichenreferenzen wie &#228;)` });
  }
  if (unknownEntities.length) fail("Die Datei verwendet unbekannte Entitäten; es wurde nichts geschrieben.", unknownEntities);
  return text;
}

/** Text content of an element (string, or the #text of an element with attributes). */
function textOf(node: unknown): string {
  if (typeof node === "string") return node;
  if (node && typeof node === "object" && "#text" in node) return String((node as Node)["#text"] ?? "");
  return "";
}

function attrOf(node: unknown, name: string): string | null {
  if (!node || typeof node !== "object") return null;
  const v = (node as Node)[`@_${name}`];
  return typeof v === "string" ? v : null;
}

/** Children of an element by local name (namespace prefixes dropped). */
function child(node: unknown, name: string): unknown {
  if (!node || typeof node !== "object") return undefined;
  for (const [k, v] of Object.entries(node as Node)) if (!k.startsWith("@_") && local(k) === name) return v;
  return undefined;
}

function children(node: unknown, name: string): unknown[] {
  const v = child(node, name);
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function identifikator(node: unknown): Identifikator | null {
  const value = textOf(node).trim();
  if (!value) return null;
  return { value, schemeAgencyID: attrOf(node, "schemeAgencyID") ?? "", schemeID: attrOf(node, "schemeID") ?? "" };
}

/** The inhalt in German (else the first one). */
function germanInhalt(modul: unknown): string {
  const inhalte = children(modul, "inhalt");
  const de = inhalte.find((i) => attrOf(i, "languageCode") === "de") ?? inhalte[0];
  return textOf(de).trim();
}

/** Parses and checks a transfer document; throws XzufiReadError with every problem and its position. */
export function readTransferDocument(input: Uint8Array | string): ReadDocument {
  const text = checkRaw(typeof input === "string" ? new TextEncoder().encode(input) : input);
  const positions = new Positions(text);

  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    fail(`Die Datei ist kein wohlgeformtes XML (Zeile ${line}, Spalte ${col}); es wurde nichts geschrieben.`, [{ path: `Zeile ${line}, Spalte ${col}`, message: msg }]);
  }

  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    removeNSPrefix: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: true, // character references such as &#228; (named HTML entities were refused above)
    isArray: (name) => REPEATED.has(local(name)),
  }).parse(text) as Node;

  const rootName = Object.keys(parsed).find((k) => k !== "?xml" && !k.startsWith("#"));
  if (!rootName) fail("Die Datei enthält kein Wurzelelement.", []);
  const root = parsed[rootName] as Node;
  const prefix = rootName.includes(":") ? rootName.slice(0, rootName.indexOf(":")) : null;
  const namespace = attrOf(root, prefix ? `xmlns:${prefix}` : "xmlns");
  const rootAt = positions.label(text.indexOf(`<${rootName}`));
  if (namespace !== XZUFI_NAMESPACE) {
    const other = namespace && /xzufi\/(\d+)_(\d+)_(\d+)/.exec(namespace);
    fail(
      other
        ? `Die Datei ist ein XZuFi-${other.slice(1).join(".")}-Dokument; gelesen wird XZuFi ${XZUFI_VERSION} (Namensraum ${XZUFI_NAMESPACE}).`
        : `Das Wurzelelement <${rootName}> ist nicht im XZuFi-${XZUFI_VERSION}-Namensraum (${XZUFI_NAMESPACE}), sondern in ${namespace ? `„${namespace}“` : "keinem Namensraum"}.`,
      [{ path: rootAt, message: "falscher Namensraum" }],
    );
  }
  const version = attrOf(root, "xzufiVersion");
  if (version !== XZUFI_VERSION && version !== "2.2") {
    fail(`Die Datei hat xzufiVersion="${version ?? ""}"; gelesen wird XZuFi ${XZUFI_VERSION}.`, [{ path: rootAt, message: "falsche oder fehlende xzufiVersion" }]);
  }

  const tags = startTags(text);
  const offsetsOf = (name: string) => tags.get(name) ?? [];
  const schreibeOffsets = offsetsOf("schreibe");
  const loescheOffsets = offsetsOf("loesche");
  /** the first start tag of `name` inside the schreibe at index i */
  const within = (name: string, i: number): number => {
    const start = schreibeOffsets[i] ?? 0;
    const end = schreibeOffsets[i + 1] ?? text.length;
    return offsetsOf(name).find((o) => o > start && o < end) ?? start;
  };

  const problems: ReadProblem[] = [];
  const kopf = children(root, "nachrichtenkopf");
  if (kopf.length !== 1) problems.push({ path: rootAt, message: `erwartet genau einen nachrichtenkopf, gefunden ${kopf.length}` });

  const leistungen: ReadLeistung[] = [];
  const skipped: Record<string, number> = {};
  children(root, "schreibe").forEach((schreibe, i) => {
    const position = i + 1;
    const here = (name: string) => `schreibe[${position}]/${name} (${positions.label(within(name.split("/").pop() ?? name, i))})`;
    const objects = schreibe && typeof schreibe === "object" ? Object.keys(schreibe as Node).filter((k) => !k.startsWith("@_") && k !== "#text") : [];
    for (const o of objects.filter((k) => local(k) !== "leistung")) skipped[local(o)] = (skipped[local(o)] ?? 0) + 1;
    const leistung = child(schreibe, "leistung");
    if (leistung === undefined) return;
    if (Array.isArray(leistung)) {
      problems.push({ path: here("leistung"), message: "ein schreibe enthält genau ein Objekt" });
      return;
    }
    const refs = children(leistung, "referenzLeiKa");
    const leikaKey = textOf(child(refs[0], "code")).trim();
    if (!refs.length || !leikaKey) problems.push({ path: here("leistung/referenzLeiKa"), message: "keine referenzLeiKa mit code (LeiKa-Schlüssel)" });
    else if (!LEIKA_KEY_PATTERN.test(leikaKey)) problems.push({ path: here("leistung/referenzLeiKa"), message: `„${leikaKey.slice(0, 40)}“ ist kein LeiKa-Schlüssel (erwartet 14 Ziffern, z. B. 99041008000000)` });
    const texte = new Map<string, string>();
    for (const modul of children(leistung, "modulText")) {
      const code = textOf(child(child(modul, "leikaTextmodul"), "code")).trim();
      if (code && !texte.has(code)) texte.set(code, germanInhalt(modul));
    }
    const name = texte.get("02") ?? "";
    if (!name) problems.push({ path: here("leistung/modulText"), message: "keine Leistungsbezeichnung (modulText mit leikaTextmodul 02)" });
    const searchTerms = children(leistung, "modulBegriffImKontext")
      .flatMap((m) => children(m, "begriffImKontext"))
      .filter((b) => textOf(child(child(b, "typ"), "code")).trim() === BEGRIFF_TYP.SUCHBEGRIFF)
      .map((b) => textOf(child(b, "begriff")).trim())
      .filter(Boolean);
    leistungen.push({
      position,
      line: positions.at(schreibeOffsets[i] ?? 0).line,
      id: identifikator(child(leistung, "id")),
      leikaKey,
      name,
      descriptionHtml: texte.get("05") || texte.get("06") || null,
      searchTerms,
    });
  });

  const loeschungen: ReadLoesche[] = [];
  children(root, "loesche").forEach((loesche, i) => {
    const offset = loescheOffsets[i] ?? 0;
    const id = identifikator(child(loesche, "id"));
    const klasse = attrOf(loesche, "klasse") ?? "";
    if (!id) problems.push({ path: `loesche[${i + 1}] (${positions.label(offset)})`, message: "loesche ohne id" });
    else loeschungen.push({ position: i + 1, line: positions.at(offset).line, klasse, id });
  });

  if (problems.length) fail(`Die XZuFi-Datei hat ${problems.length} Problem${problems.length === 1 ? "" : "e"}; es wurde nichts geschrieben.`, problems);
  const sender = textOf(child(kopf[0], "sender")).trim() || null;
  return { xzufiVersion: version ?? XZUFI_VERSION, produktbezeichnung: attrOf(root, "produktbezeichnung"), sender, leistungen, loeschungen, skipped };
}
