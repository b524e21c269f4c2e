import { createHash } from "node:crypto";
import {
  ALLOWED_HTML_TAGS,
  AUSKUNFTSHINWEIS_ELEMENT_ORDER,
  BEGRIFF_TYP,
  LEIKA_LIST_URI,
  LEIKA_TEXTMODUL,
  LEISTUNG_ELEMENT_ORDER,
  LOESCHE_KLASSE_LEISTUNG,
  MODUL_TEXT_ELEMENT_ORDER,
  PRODUKTBEZEICHNUNG,
  PRODUKTHERSTELLER,
  ROOT_ELEMENT,
  SPRACHVERSION,
  XZUFI_NAMESPACE,
  XZUFI_PREFIX,
  XZUFI_VERSION,
} from "./constants";
import { LATIN1_ONLY, newLatinReport, toStringLatin, type LatinReport } from "./string-latin";
import type { DocumentHead, Identifikator, XzufiLeistung, Zeitraum } from "./types";

/**
 * DTO -> XML of a transfer document, in pieces so the export can stream: documentStart, one schreibe per
 * Leistung (writeLeistung into a page's ByteSink, or leistungFragment as text), loescheFragment per deleted
 * Leistung, documentEnd. Pure and deterministic: the same DTOs give the same bytes (two-space indentation, "\n"
 * line ends, attributes in a fixed order). Every text and attribute goes through String.Latin and XML escaping;
 * HTML in inhalt is checked against the allowed tags and written as escaped text.
 */

export interface WriteReport extends LatinReport {
  /** HTML tags or attributes outside the allowed list that were removed (capped) */
  htmlRemoved: { where: string; what: string }[];
  /**
   * Texts and module blocks already written in this document: the same answer appears in many Leistungen
   * (every Leistung of a service) and is converted once; what String.Latin or the HTML check did to a text is
   * reported once, at its first Leistung.
   */
  cache: { text: Map<string, string>; html: Map<string, string>; attr: Map<string, string>; blocks: Map<string, CachedBlock> };
}

/**
 * Texts and blocks kept per document (the oldest go first): enough for the articles of the services on a few
 * pages, so memory does not grow with the size of the export.
 */
const MAX_CACHED_TEXTS = 512;

function remember<V>(cache: Map<string, V>, key: string, value: V) {
  if (cache.size >= MAX_CACHED_TEXTS) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
}

export function newWriteReport(): WriteReport {
  return { ...newLatinReport(), htmlRemoved: [], cache: { text: new Map(), html: new Map(), attr: new Map(), blocks: new Map() } };
}

const q = (name: string) => `${XZUFI_PREFIX}:${name}`;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeChar = (c: string) => ESCAPES[c] ?? c;

const NEEDS_ESCAPE = /[&<>]/;

function escapeText(s: string): string {
  return NEEDS_ESCAPE.test(s) ? s.replace(/[&<>]/g, escapeChar) : s;
}

function escapeAttr(s: string): string {
  // attribute values are single-line; whitespace is normalised as an XML parser would
  return s.replace(/[\t\n\r]/g, " ").replace(/[&<>"]/g, escapeChar);
}

/** XML line ends are "\n" (a parser turns "\r\n" into "\n" anyway; writing it so keeps bytes and parse equal). */
const normaliseNewlines = (s: string) => (s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s);

const ALLOWED = new Set<string>(ALLOWED_HTML_TAGS);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
const HREF = /\bhref\s*=\s*"([^"]*)"/i;
const hasAttributes = (rest: string) => rest.replace(/\/\s*$/, "").trim() !== "";

/** Keeps only the allowed tags (and href on a); removed tags keep their text. Returns what it removed. */
export function allowedHtml(html: string, removed: string[] = []): string {
  return html.replace(TAG, (_whole, slash: string, rawName: string, rest: string) => {
    const name = rawName.toLowerCase();
    if (!ALLOWED.has(name)) {
      removed.push(`<${slash}${name}>`);
      return "";
    }
    if (slash) return `</${name}>`;
    if (name === "a") {
      const href = HREF.exec(rest)?.[1];
      if (hasAttributes(rest.replace(HREF, ""))) removed.push("Attribute an <a> außer href");
      return href === undefined ? "<a>" : `<a href="${href}">`;
    }
    if (hasAttributes(rest)) removed.push(`Attribute an <${name}>`);
    return name === "br" ? "<br>" : `<${name}>`;
  });
}

const INDENT = ["", "  ", "    ", "      ", "        ", "          ", "            "];

interface CachedBlock {
  key: string;
  bytes: Buffer;
  digest: Buffer;
}
type Part = { text: string } | { block: CachedBlock } | { mark: true };

class Lines {
  /** lines not yet in parts, each ended by "\n" */
  private cur = "";
  private parts: Part[] = [];
  constructor(
    private readonly report: WriteReport,
    private readonly where: string,
  ) {}

  /** String.Latin; reports name the Leistung (or nachrichtenkopf) and the element or attribute */
  latin(s: string, element: string): string {
    return toStringLatin(s, this.report, `${this.where}/${element.slice(element.indexOf(":") + 1)}`);
  }

  /** Element text: String.Latin, (for HTML) the allowed tags, XML escaping; converted once per document. */
  text(s: string, element: string, isHtml: boolean): string {
    if (!isHtml && s.length <= 200 && LATIN1_ONLY.test(s)) return escapeText(s.includes("\r") ? normaliseNewlines(s) : s);
    const where = `${this.where}/${element.slice(element.indexOf(":") + 1)}`;
    // keyed by the string itself: the same answer object is looked up without hashing it again
    const cache = isHtml ? this.report.cache.html : this.report.cache.text;
    let escaped = cache.get(s);
    if (escaped === undefined) {
      const latin = toStringLatin(s, this.report, where);
      const removed: string[] = [];
      escaped = escapeText(normaliseNewlines(isHtml ? allowedHtml(latin, removed) : latin));
      for (const what of removed) if (this.report.htmlRemoved.length < 200) this.report.htmlRemoved.push({ where, what });
      remember(cache, s, escaped);
    }
    return escaped;
  }

  /** Attributes as written: values through String.Latin and escaping (each value converted once per document). */
  attrs(attributes: readonly (readonly [string, string | null | undefined])[]): string {
    let out = "";
    for (const [k, v] of attributes) {
      if (v === null || v === undefined || v === "") continue;
      let escaped = this.report.cache.attr.get(v);
      if (escaped === undefined) {
        escaped = escapeAttr(this.latin(v, `@${k}`));
        remember(this.report.cache.attr, v, escaped);
      }
      out += ` ${k}="${escaped}"`;
    }
    return out;
  }

  private push(line: string) {
    this.cur += `${line}\n`;
  }

  private flush() {
    if (this.cur) this.parts.push({ text: this.cur });
    this.cur = "";
  }

  /** `attributes`: as attrs() returns them */
  open(indent: number, name: string, attributes = "") {
    this.push(`${INDENT[indent] ?? ""}<${name}${attributes}>`);
  }

  close(indent: number, name: string) {
    this.push(`${INDENT[indent] ?? ""}</${name}>`);
  }

  leaf(indent: number, name: string, text: string, attributes = "", isHtml = false) {
    this.push(`${INDENT[indent] ?? ""}<${name}${attributes}>${this.text(text, name, isHtml)}</${name}>`);
  }

  /**
   * A block of lines that recurs in many Leistungen (an answer module): written once per document and `key`
   * (the text it is made of, plus what else varies), then copied.
   */
  block(cacheKey: string, variant: string, make: (w: Lines) => void) {
    const blocks = this.report.cache.blocks;
    let hit = blocks.get(cacheKey);
    if (!hit || hit.key !== variant) {
      const sub = new Lines(this.report, this.where);
      make(sub);
      const bytes = Buffer.from(sub.toString(), "utf8");
      hit = { key: variant, bytes, digest: createHash("sha256").update(bytes).digest() };
      remember(blocks, cacheKey, hit);
    }
    this.flush();
    this.parts.push({ block: hit });
  }

  /** The place of the version (a hash of everything else), inserted by bytes(). */
  mark() {
    this.flush();
    this.parts.push({ mark: true });
  }

  /** An XÖV Code: the code child is not namespace-qualified. `listAttributes`: listURI and listVersionID, written. */
  code(indent: number, name: string, code: string, listAttributes: string) {
    this.open(indent, q(name), listAttributes);
    this.leaf(indent + 1, "code", code);
    this.close(indent, q(name));
  }

  id(indent: number, name: string, id: Identifikator) {
    this.leaf(indent, q(name), id.value, this.attrs([["schemeAgencyID", id.schemeAgencyID], ["schemeID", id.schemeID]]));
  }

  zeitraum(indent: number, z: Zeitraum) {
    if (!z.beginn && !z.ende) return;
    this.open(indent, q("gueltigkeit"));
    if (z.beginn) this.leaf(indent + 1, q("beginn"), z.beginn);
    if (z.ende) this.leaf(indent + 1, q("ende"), z.ende);
    this.close(indent, q("gueltigkeit"));
  }

  toString(): string {
    this.flush();
    return this.parts.map((p) => ("text" in p ? p.text : "block" in p ? p.block.bytes.toString("utf8") : "")).join("");
  }

  /**
   * Writes the output as UTF-8 into `sink`, with `version(hash)` at the mark, and returns the hash of the
   * content: the bytes of the text parts and the digests of the blocks (a block is hashed once per document,
   * not once per Leistung). The text parts are encoded once, into the hash input, and copied from there.
   */
  writeTo(sink: ByteSink, version: (contentHash: string) => string): string {
    this.flush();
    const input = HASH_INPUT;
    input.reset();
    const ranges: number[] = [];
    for (const p of this.parts) {
      if ("text" in p) {
        input.bytes(TEXT_TAG);
        ranges.push(input.length);
        input.text(p.text);
        ranges.push(input.length);
      } else if ("block" in p) {
        input.bytes(BLOCK_TAG);
        input.bytes(p.block.digest);
      }
    }
    const contentHash = createHash("sha256").update(input.view(0, input.length)).digest("hex");
    let r = 0;
    for (const p of this.parts) {
      if ("text" in p) {
        sink.bytes(input.view(ranges[r] ?? 0, ranges[r + 1] ?? 0));
        r += 2;
      } else if ("block" in p) sink.bytes(p.block.bytes);
      else sink.text(version(contentHash));
    }
    return contentHash;
  }
}

/** A growing byte buffer that UTF-8 text and bytes are written into (the export uses one per page). */
export class ByteSink {
  private buf: Buffer;
  length = 0;
  constructor(capacity = 64 * 1024) {
    this.buf = Buffer.allocUnsafe(capacity);
  }

  private reserve(n: number) {
    if (this.length + n <= this.buf.length) return;
    let capacity = this.buf.length * 2;
    while (capacity < this.length + n) capacity *= 2;
    const next = Buffer.allocUnsafe(capacity);
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }

  text(s: string) {
    this.reserve(s.length * 3); // UTF-8 needs at most 3 bytes per UTF-16 unit
    this.length += this.buf.write(s, this.length, "utf8");
  }

  bytes(b: Uint8Array) {
    this.reserve(b.byteLength);
    this.buf.set(b, this.length);
    this.length += b.byteLength;
  }

  /** bytes written so far (a view: valid until the next write) */
  view(start: number, end: number): Buffer {
    return this.buf.subarray(start, end);
  }

  reset() {
    this.length = 0;
  }

  /** Hands over the bytes written and starts again, empty, in a new buffer of the same size. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.length);
    this.buf = Buffer.allocUnsafe(this.buf.length);
    this.length = 0;
    return out;
  }
}

const TEXT_TAG = Buffer.from("t");
const BLOCK_TAG = Buffer.from("b");
/** the hash input of one Leistung, reused (hashing is synchronous) */
const HASH_INPUT = new ByteSink();

// Attributes that never change, written once.
const LANG = ` languageCode="${SPRACHVERSION.languageCode}"`;
const LEIKA_LIST = ` listURI="${LEIKA_LIST_URI}"`;
const TEXTMODUL_LIST = ` listURI="${LEIKA_TEXTMODUL.listURI}" listVersionID="${LEIKA_TEXTMODUL.listVersionID}"`;
const BEGRIFF_LIST = ` listURI="${BEGRIFF_TYP.listURI}" listVersionID="${BEGRIFF_TYP.listVersionID}"`;

/** XML declaration, root element with its attributes, nachrichtenkopf. */
export function documentStart(head: DocumentHead, report: WriteReport = newWriteReport()): string {
  const w = new Lines(report, "nachrichtenkopf");
  const root = `<${q(ROOT_ELEMENT)}${w.attrs([
    [`xmlns:${XZUFI_PREFIX}`, XZUFI_NAMESPACE],
    ["xzufiVersion", XZUFI_VERSION],
    ["produktbezeichnung", PRODUKTBEZEICHNUNG],
    ["produkthersteller", PRODUKTHERSTELLER],
    ["produktversion", head.produktversion],
  ])}>`;
  w.open(1, q("nachrichtenkopf"));
  w.leaf(2, q("nachrichtUUID"), head.kopf.nachrichtUUID);
  w.leaf(2, q("erstelltDatumZeit"), head.kopf.erstelltDatumZeit);
  w.leaf(2, q("sender"), head.kopf.sender);
  w.close(1, q("nachrichtenkopf"));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n${w.toString()}`;
}

export function documentEnd(): string {
  return `</${q(ROOT_ELEMENT)}>\n`;
}

/**
 * Writes one schreibe with one leistung (children in LEISTUNG_ELEMENT_ORDER) as UTF-8 into `sink` and returns
 * the SHA-256 of its content. The version in versionsinformation is the start of that hash: it changes exactly
 * when something else changes. Bytes, so the export encodes and hashes each Leistung once and streams a page
 * of them as it is.
 */
export function writeLeistung(l: XzufiLeistung, report: WriteReport, sink: ByteSink): string {
  const w = new Lines(report, l.id.value);
  w.open(1, q("schreibe"));
  w.open(2, q("leistung"));
  for (const element of LEISTUNG_ELEMENT_ORDER) {
    switch (element) {
      case "id":
        w.id(3, "id", l.id);
        break;
      case "referenzLeiKa":
        w.code(3, "referenzLeiKa", l.leikaKey, LEIKA_LIST);
        break;
      case "modulText":
        l.texte.forEach((t, i) => {
          const write = (b: Lines) => {
            b.open(3, q("modulText"));
            for (const child of MODUL_TEXT_ELEMENT_ORDER) {
              if (child === "positionDarstellung") b.leaf(4, q("positionDarstellung"), String(i + 1));
              if (child === "leikaTextmodul") b.code(4, "leikaTextmodul", t.code, TEXTMODUL_LIST);
              if (child === "inhalt") b.leaf(4, q("inhalt"), t.inhalt, LANG, t.code !== "02");
            }
            b.close(3, q("modulText"));
          };
          if (t.code === "16" || t.code === "23") w.block(t.inhalt, `${t.code}/${i}`, write);
          else write(w);
        });
        break;
      case "modulBegriffImKontext":
        if (!l.begriffe.length) break;
        w.open(3, q("modulBegriffImKontext"));
        for (const b of l.begriffe) {
          w.open(4, q("begriffImKontext"));
          w.leaf(5, q("begriff"), b.begriff, LANG);
          w.code(5, "typ", b.typ, BEGRIFF_LIST);
          w.close(4, q("begriffImKontext"));
        }
        w.close(3, q("modulBegriffImKontext"));
        break;
      case "modulFachlicheFreigabe":
        if (!l.fachlicheFreigabe) break;
        w.open(3, q("modulFachlicheFreigabe"));
        w.leaf(4, q("fachlichFreigegebenAm"), l.fachlicheFreigabe.am);
        w.leaf(4, q("fachlichFreigegebenDurch"), l.fachlicheFreigabe.durch, LANG);
        w.close(3, q("modulFachlicheFreigabe"));
        break;
      case "modulAuskunftshinweis":
        for (const h of l.auskunftshinweise) {
          w.block(h.inhalt, `${h.gueltigkeit?.beginn ?? ""}/${h.gueltigkeit?.ende ?? ""}`, (b) => {
            b.open(3, q("modulAuskunftshinweis"));
            for (const child of AUSKUNFTSHINWEIS_ELEMENT_ORDER) {
              if (child === "gueltigkeit" && h.gueltigkeit) b.zeitraum(4, h.gueltigkeit);
              if (child === "inhalt") b.leaf(4, q("inhalt"), h.inhalt, LANG, true);
            }
            b.close(3, q("modulAuskunftshinweis"));
          });
        }
        break;
      case "gueltigkeitGebietID":
        w.leaf(3, q("gueltigkeitGebietID"), l.gebiet.value, w.attrs([["schemeID", l.gebiet.schemeID]]));
        break;
      case "versionsinformation": {
        const v = l.versionsinformation;
        w.open(3, q("versionsinformation"));
        w.leaf(4, q("erstelltDatumZeit"), v.erstelltDatumZeit);
        w.leaf(4, q("erstelltDurch"), v.erstelltDurch);
        w.leaf(4, q("geaendertDatumZeit"), v.geaendertDatumZeit);
        w.leaf(4, q("geaendertDurch"), v.geaendertDurch);
        w.mark(); // version
        w.close(3, q("versionsinformation"));
        break;
      }
      case "sprachversion":
        w.open(3, q("sprachversion"));
        w.leaf(4, q("languageCode"), SPRACHVERSION.languageCode);
        w.leaf(4, q("sprachbezeichnungDeutsch"), SPRACHVERSION.sprachbezeichnungDeutsch);
        w.leaf(4, q("sprachbezeichnungNativ"), SPRACHVERSION.sprachbezeichnungNativ);
        w.close(3, q("sprachversion"));
        break;
    }
  }
  w.close(2, q("leistung"));
  w.close(1, q("schreibe"));
  return w.writeTo(sink, (hash) => `${INDENT[4]}<${q("version")}>${hash.slice(0, 16)}</${q("version")}>\n`);
}

/** One schreibe with one leistung as UTF-8 bytes, and the hash of its content. */
export function leistungBytes(l: XzufiLeistung, report: WriteReport = newWriteReport()): { bytes: Buffer; contentHash: string } {
  const sink = new ByteSink(16 * 1024);
  const contentHash = writeLeistung(l, report, sink);
  return { bytes: sink.take(), contentHash };
}

/** One schreibe with one leistung as text, and the hash of its content. */
export function leistungXml(l: XzufiLeistung, report: WriteReport = newWriteReport()): { xml: string; contentHash: string } {
  const { bytes, contentHash } = leistungBytes(l, report);
  return { xml: bytes.toString("utf8"), contentHash };
}

/** One schreibe with one leistung. */
export function leistungFragment(l: XzufiLeistung, report: WriteReport = newWriteReport()): string {
  return leistungXml(l, report).xml;
}

/** One loesche of a Leistung by its id. */
export function loescheFragment(id: Identifikator, report: WriteReport = newWriteReport()): string {
  const w = new Lines(report, id.value);
  w.open(1, q("loesche"), w.attrs([["klasse", LOESCHE_KLASSE_LEISTUNG]]));
  w.id(2, "id", id);
  w.close(1, q("loesche"));
  return w.toString();
}

/** A whole document at once (tests, small exports); the export streams the same pieces. */
export function writeDocument(head: DocumentHead, leistungen: readonly XzufiLeistung[], deleted: readonly Identifikator[] = [], report: WriteReport = newWriteReport()): string {
  return documentStart(head, report) + leistungen.map((l) => leistungFragment(l, report)).join("") + deleted.map((d) => loescheFragment(d, report)).join("") + documentEnd();
}
