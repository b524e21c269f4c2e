import {
  ALLOWED_HTML_TAGS,
  AUSKUNFTSHINWEIS_ELEMENT_ORDER,
  BEGRIFF_TYP,
  LEIKA_LIST_URI,
  LEIKA_TEXTMODUL,
  LOESCHE_KLASSE_LEISTUNG,
  PRODUKTBEZEICHNUNG,
  PRODUKTHERSTELLER,
  ROOT_ELEMENT,
  SPRACHVERSION,
  XZUFI_NAMESPACE,
  XZUFI_PREFIX,
  XZUFI_VERSION,
} from "./constants";
import { newLatinReport, toStringLatin, type LatinReport } from "./string-latin";
import type { DocumentHead, Identifikator, XzufiLeistung, Zeitraum } from "./types";

/**
 * DTO -> XML of a transfer document, in pieces so the export can stream: documentStart, one leistungFragment per
 * Leistung (one schreibe each), loescheFragment per deleted Leistung, documentEnd. Pure and deterministic: the
 * same DTOs give the same bytes (two-space indentation, "\n" line ends, attributes in a fixed order). Every text
 * and attribute goes through String.Latin and XML escaping; HTML in inhalt is checked against the allowed tags
 * and written as escaped text.
 */

export interface WriteReport extends LatinReport {
  /** HTML tags or attributes outside the allowed list that were removed (capped) */
  htmlRemoved: { where: string; what: string }[];
}

export function newWriteReport(): WriteReport {
  return { ...newLatinReport(), htmlRemoved: [] };
}

const q = (name: string) => `${XZUFI_PREFIX}:${name}`;

function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttr(s: string): string {
  // attribute values are single-line; whitespace is normalised as an XML parser would
  return escapeText(s.replace(/[\t\n\r]/g, " ")).replace(/"/g, "&quot;");
}

/** XML line ends are "\n" (a parser turns "\r\n" into "\n" anyway; writing it so keeps bytes and parse equal). */
const normaliseNewlines = (s: string) => s.replace(/\r\n?/g, "\n");

const ALLOWED = new Set<string>(ALLOWED_HTML_TAGS);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
const HREF = /\bhref\s*=\s*"([^"]*)"/i;

/** Keeps only the allowed tags (and href on a); removed tags keep their text. Reports what it removed. */
export function allowedHtml(html: string, report: WriteReport, where: string): string {
  return html.replace(TAG, (whole, slash: string, rawName: string, rest: string) => {
    const name = rawName.toLowerCase();
    const note = (what: string) => {
      if (report.htmlRemoved.length < 200) report.htmlRemoved.push({ where, what });
    };
    if (!ALLOWED.has(name)) {
      note(`<${slash}${name}>`);
      return "";
    }
    if (slash) return `</${name}>`;
    if (name === "a") {
      const href = HREF.exec(rest)?.[1];
      if (rest.replace(HREF, "").replace(/\/\s*$/, "").trim()) note(`Attribute an <a> außer href`);
      return href === undefined ? "<a>" : `<a href="${href}">`;
    }
    if (rest.replace(/\/\s*$/, "").trim()) note(`Attribute an <${name}>`);
    return name === "br" ? "<br>" : `<${name}>`;
  });
}

class Lines {
  private out: string[] = [];
  constructor(
    private readonly report: WriteReport,
    private readonly where: string,
  ) {}

  /** String.Latin; reports name the Leistung (or nachrichtenkopf) and the element or attribute */
  latin(s: string, element: string): string {
    return toStringLatin(s, this.report, `${this.where}/${element.slice(element.indexOf(":") + 1)}`);
  }

  attrs(attributes: readonly (readonly [string, string | null | undefined])[]): string {
    return attributes.filter(([, v]) => v !== null && v !== undefined && v !== "").map(([k, v]) => ` ${k}="${escapeAttr(this.latin(v as string, `@${k}`))}"`).join("");
  }

  open(indent: number, name: string, attributes: readonly (readonly [string, string | null | undefined])[] = []) {
    this.out.push(`${"  ".repeat(indent)}<${name}${this.attrs(attributes)}>`);
  }

  close(indent: number, name: string) {
    this.out.push(`${"  ".repeat(indent)}</${name}>`);
  }

  leaf(indent: number, name: string, text: string, attributes: readonly (readonly [string, string | null | undefined])[] = []) {
    this.out.push(`${"  ".repeat(indent)}<${name}${this.attrs(attributes)}>${escapeText(normaliseNewlines(this.latin(text, name)))}</${name}>`);
  }

  /** An XÖV Code: the code child is not namespace-qualified. */
  code(indent: number, name: string, code: string, listURI: string, listVersionID?: string) {
    this.open(indent, q(name), [["listURI", listURI], ["listVersionID", listVersionID]]);
    this.leaf(indent + 1, "code", code);
    this.close(indent, q(name));
  }

  id(indent: number, name: string, id: Identifikator) {
    this.leaf(indent, q(name), id.value, [["schemeAgencyID", id.schemeAgencyID], ["schemeID", id.schemeID]]);
  }

  zeitraum(indent: number, z: Zeitraum) {
    if (!z.beginn && !z.ende) return;
    this.open(indent, q("gueltigkeit"));
    if (z.beginn) this.leaf(indent + 1, q("beginn"), z.beginn);
    if (z.ende) this.leaf(indent + 1, q("ende"), z.ende);
    this.close(indent, q("gueltigkeit"));
  }

  toString(): string {
    return this.out.length ? `${this.out.join("\n")}\n` : "";
  }
}

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

/** One schreibe with one leistung; children in LEISTUNG_ELEMENT_ORDER. */
export function leistungFragment(l: XzufiLeistung, report: WriteReport = newWriteReport()): string {
  const where = l.id.value;
  const w = new Lines(report, where);
  w.open(1, q("schreibe"));
  w.open(2, q("leistung"));
  w.id(3, "id", l.id);
  w.code(3, "referenzLeiKa", l.leikaKey, LEIKA_LIST_URI);
  l.texte.forEach((t, i) => {
    w.open(3, q("modulText"));
    w.leaf(4, q("positionDarstellung"), String(i + 1));
    w.code(4, "leikaTextmodul", t.code, LEIKA_TEXTMODUL.listURI, LEIKA_TEXTMODUL.listVersionID);
    const inhalt = t.code === "02" ? t.inhalt : allowedHtml(t.inhalt, report, `${where}/modulText ${t.code}`);
    w.leaf(4, q("inhalt"), inhalt, [["languageCode", SPRACHVERSION.languageCode]]);
    w.close(3, q("modulText"));
  });
  if (l.begriffe.length) {
    w.open(3, q("modulBegriffImKontext"));
    for (const b of l.begriffe) {
      w.open(4, q("begriffImKontext"));
      w.leaf(5, q("begriff"), b.begriff, [["languageCode", SPRACHVERSION.languageCode]]);
      w.code(5, "typ", b.typ, BEGRIFF_TYP.listURI, BEGRIFF_TYP.listVersionID);
      w.close(4, q("begriffImKontext"));
    }
    w.close(3, q("modulBegriffImKontext"));
  }
  if (l.fachlicheFreigabe) {
    w.open(3, q("modulFachlicheFreigabe"));
    w.leaf(4, q("fachlichFreigegebenAm"), l.fachlicheFreigabe.am);
    w.leaf(4, q("fachlichFreigegebenDurch"), l.fachlicheFreigabe.durch, [["languageCode", SPRACHVERSION.languageCode]]);
    w.close(3, q("modulFachlicheFreigabe"));
  }
  l.auskunftshinweise.forEach((h, i) => {
    w.open(3, q("modulAuskunftshinweis"));
    for (const child of AUSKUNFTSHINWEIS_ELEMENT_ORDER) {
      if (child === "gueltigkeit" && h.gueltigkeit) w.zeitraum(4, h.gueltigkeit);
      if (child === "inhalt") w.leaf(4, q("inhalt"), allowedHtml(h.inhalt, report, `${where}/modulAuskunftshinweis ${i + 1}`), [["languageCode", SPRACHVERSION.languageCode]]);
    }
    w.close(3, q("modulAuskunftshinweis"));
  });
  w.leaf(3, q("gueltigkeitGebietID"), l.gebiet.value, [["schemeID", l.gebiet.schemeID]]);
  const v = l.versionsinformation;
  w.open(3, q("versionsinformation"));
  w.leaf(4, q("erstelltDatumZeit"), v.erstelltDatumZeit);
  w.leaf(4, q("erstelltDurch"), v.erstelltDurch);
  w.leaf(4, q("geaendertDatumZeit"), v.geaendertDatumZeit);
  w.leaf(4, q("geaendertDurch"), v.geaendertDurch);
  w.leaf(4, q("version"), v.version);
  w.close(3, q("versionsinformation"));
  w.open(3, q("sprachversion"));
  w.leaf(4, q("languageCode"), SPRACHVERSION.languageCode);
  w.leaf(4, q("sprachbezeichnungDeutsch"), SPRACHVERSION.sprachbezeichnungDeutsch);
  w.leaf(4, q("sprachbezeichnungNativ"), SPRACHVERSION.sprachbezeichnungNativ);
  w.close(3, q("sprachversion"));
  w.close(2, q("leistung"));
  w.close(1, q("schreibe"));
  return w.toString();
}

/** One loesche of a Leistung by its id. */
export function loescheFragment(id: Identifikator, report: WriteReport = newWriteReport()): string {
  const w = new Lines(report, id.value);
  w.open(1, q("loesche"), [["klasse", LOESCHE_KLASSE_LEISTUNG]]);
  w.id(2, "id", id);
  w.close(1, q("loesche"));
  return w.toString();
}

/** A whole document at once (tests, small exports); the export streams the same pieces. */
export function writeDocument(head: DocumentHead, leistungen: readonly XzufiLeistung[], deleted: readonly Identifikator[] = [], report: WriteReport = newWriteReport()): string {
  return documentStart(head, report) + leistungen.map((l) => leistungFragment(l, report)).join("") + deleted.map((d) => loescheFragment(d, report)).join("") + documentEnd();
}
