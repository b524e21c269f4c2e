/**
 * Everything this converter assumes about XZuFi 2.2.0, in one place (../shared/XZUFI.md). The official XSD is
 * not available offline; every detail marked "unconfirmed" is the most plausible form and is listed in
 * UNCONFIRMED_CHOICES, which xzufi/README.md documents (a unit test keeps the two in step). Moving to XZuFi 2.3.1
 * means a second module like this one.
 */

export const XZUFI_VERSION = "2.2.0";
export const XZUFI_NAMESPACE = "http://xoev.de/schemata/xzufi/2_2_0";

/**
 * Namespace prefix of the XZuFi elements. The children `code` and `name` of a Code are not namespace-qualified,
 * so the document declares no default namespace (they would be qualified otherwise) and prefixes XZuFi elements.
 */
export const XZUFI_PREFIX = "xzufi";

/** Name of the root element of a transfer document (unconfirmed; receivers read the first non-?xml node). */
export const ROOT_ELEMENT = "transfer";

/** Attributes of the root element. */
export const PRODUKTBEZEICHNUNG = "EfA-Wissen";
export const PRODUKTHERSTELLER = "EfA-Wissen (Open Source, EUPL-1.2)";

/** Children of nachrichtenkopf, in this order (seen in XZuFi 2.1 messages; unconfirmed for 2.2.0 transfer). */
export const NACHRICHTENKOPF_ELEMENTS = ["nachrichtUUID", "erstelltDatumZeit", "sender"] as const;

/** Code list of the text modules (XZUFI.md); no other codes are accepted. */
export const LEIKA_TEXTMODUL = {
  listURI: "urn:de:xzufi:codeliste:leistungstextmodulleika",
  listVersionID: "20240216",
  codes: {
    "02": "Leistungsbezeichnung",
    "03": "Leistungsbezeichnung II",
    "05": "Kurztext",
    "06": "Volltext",
    "07": "Handlungsgrundlagen",
    "08": "Erforderliche Unterlagen",
    "09": "Voraussetzungen",
    "11": "Verfahrensablauf",
    "14": "Formulare",
    "15": "Weiterführende Informationen",
    "16": "Hinweise (Besonderheiten)",
    "18": "Urheber",
    "22": "Zuständige Stelle",
    "23": "Ansprechpunkt",
    "24": "Teaser",
    "25": "Rechtsbehelf",
  },
} as const;
export type LeikaTextmodulCode = keyof typeof LEIKA_TEXTMODUL.codes;

/**
 * Code list of modulBegriffImKontext/begriffImKontext/typ. The codes 001, 002, 003 and 999 are known; their
 * meanings and the list URI are unconfirmed. The import reads only SUCHBEGRIFF as the Leistung's search terms.
 */
export const BEGRIFF_TYP = {
  listURI: "urn:xoev-de:fim:codeliste:xzufi.begriffimkontexttyp",
  listVersionID: "1.0",
  SUCHBEGRIFF: "001",
  SYNONYM: "002",
  SCHLAGWORT: "003",
  SONSTIGES: "999",
} as const;
export type BegriffTypCode = (typeof BEGRIFF_TYP)["SUCHBEGRIFF" | "SYNONYM" | "SCHLAGWORT" | "SONSTIGES"];

/** referenzLeiKa is a Code with the 14-digit LeiKa key; its listURI is unconfirmed. */
export const LEIKA_LIST_URI = "urn:de:fim:leika:leistung";
export const LEIKA_KEY_PATTERN = /^\d{14}$/;

/** schemeID of the Leistung ids (unconfirmed) and the id text: LeiKa key and region, stable across rebuilds. */
export const LEISTUNG_ID_SCHEME_ID = "leistungsbeschreibung";
export function leistungIdText(leikaKey: string, regionArs: string): string {
  return `L${leikaKey}-${regionArs}`;
}
/** The LeiKa key and region of an id this system wrote (for loesche in an import), or null. */
export function parseLeistungIdText(text: string): { leikaKey: string; regionArs: string } | null {
  const m = /^L(\d{14})-(\d{2}|\d{12})$/.exec(text);
  return m?.[1] && m[2] ? { leikaKey: m[1], regionArs: m[2] } : null;
}

/**
 * schemeID of gueltigkeitGebietID: the Amtlicher Regionalschlüssel, written as the organisation has it (2 digits
 * for a Land, 12 for a Kommune; unconfirmed whether a receiver wants a Land padded to 12 digits).
 */
export const GEBIET_SCHEME_ID = "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:rs";

/** loesche/@klasse of a Leistung. */
export const LOESCHE_KLASSE_LEISTUNG = "Leistung";

/** The one language written. */
export const SPRACHVERSION = { languageCode: "de", sprachbezeichnungDeutsch: "Deutsch", sprachbezeichnungNativ: "Deutsch" } as const;

/**
 * Children of leistung in the order written (XZUFI.md: "use the order of the table"; the XSD sequence is
 * unconfirmed). Modules this system has no data for (struktur, modulFrist, modulKosten, modulBearbeitungsdauer,
 * modulUrsprungsportal, typisierung, kategorie, informationsbereichSDG, kennzeichen*) are left out.
 */
export const LEISTUNG_ELEMENT_ORDER = [
  "id",
  "referenzLeiKa",
  "modulText",
  "modulBegriffImKontext",
  "modulFachlicheFreigabe",
  "modulAuskunftshinweis",
  "gueltigkeitGebietID",
  "versionsinformation",
  "sprachversion",
] as const;

/** Children of modulText in the order written (XZUFI.md). */
export const MODUL_TEXT_ELEMENT_ORDER = ["positionDarstellung", "leikaTextmodul", "inhalt"] as const;

/**
 * modulAuskunftshinweis: one per article (question as heading, Sprechtext and answer as HTML), children gueltigkeit
 * (when the article has a validity) and inhalt. Name, repetition and child order are unconfirmed.
 */
export const AUSKUNFTSHINWEIS_ELEMENT_ORDER = ["gueltigkeit", "inhalt"] as const;

/**
 * Times (versionsinformation, nachrichtenkopf) as xs:dateTime in UTC without fractions (lib/xzufi/to-xzufi.ts
 * xsDateTime); days (Zeitraum beginn/ende, fachlichFreigegebenAm) as xs:date YYYY-MM-DD.
 */
export const DATE_TIME_FORMAT = "YYYY-MM-DDThh:mm:ssZ";

/** HTML inside inhalt (escaped as text): only these tags, and on a only href (XZUFI.md). */
export const ALLOWED_HTML_TAGS = ["p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "i", "em", "sup", "sub", "ul", "ol", "li", "a"] as const;

/**
 * Where the knowledge base goes in a Leistung (XZUFI.md: "there is no FAQ element"). lib/xzufi/to-xzufi.ts
 * follows this table; xzufi/README.md shows it.
 */
export const CONTENT_MAPPING = [
  { content: "Name der Leistung", target: "modulText 02 (Leistungsbezeichnung), Klartext" },
  { content: "Beschreibung der Leistung", target: "modulText 05 (Kurztext), HTML" },
  { content: "aktive Störungen der Region (wirksamer Text, Klasse, Beginn, Umgehungslösung)", target: "modulText 16 (Hinweise), HTML, eine Überschrift je Störung" },
  { content: "Routing-Ziele der Kommunikationsmatrix (allgemein und der Region)", target: "modulText 23 (Ansprechpunkt), HTML-Liste" },
  { content: "Suchbegriffe der Leistung", target: `modulBegriffImKontext, typ ${BEGRIFF_TYP.SUCHBEGRIFF}` },
  { content: "Synonyme (Synonymgruppen) der Suchbegriffe und Schlagworte", target: `modulBegriffImKontext, typ ${BEGRIFF_TYP.SYNONYM}` },
  { content: "Schlagworte der Artikel", target: `modulBegriffImKontext, typ ${BEGRIFF_TYP.SCHLAGWORT}` },
  { content: "Fragen (Titel) der FAQ, Workarounds und Schulungsunterlagen", target: `modulBegriffImKontext, typ ${BEGRIFF_TYP.SONSTIGES}` },
  { content: "FAQ, Workarounds, Schulungsunterlagen (wirksam für die Region)", target: "modulAuskunftshinweis, eines je Artikel: Frage als Überschrift, Sprechtext, Antwort, Kontakthinweise" },
  { content: "letzte fachliche Prüfung der enthaltenen Revisionen", target: "modulFachlicheFreigabe (Datum, Organisation der prüfenden Person)" },
  { content: "Region der Ausspielung", target: "gueltigkeitGebietID (ARS)" },
  { content: "Anlage und letzte Änderung", target: "versionsinformation" },
] as const;

/**
 * XÖV String.Latin: the characters written (unconfirmed in detail: Basic Latin, Latin-1 Supplement, Latin
 * Extended-A, Ș ș Ț ț and the euro sign; tab, line feed and carriage return). Ranges are inclusive code points.
 */
export const STRING_LATIN_ALLOWED: readonly (readonly [number, number])[] = [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x100, 0x17f],
  [0x218, 0x21b],
  [0x20ac, 0x20ac],
];

/**
 * Standard transliterations of characters outside String.Latin (typographic quotes, dashes, spaces, ligatures,
 * arrows). Applied after NFC normalisation; anything else outside String.Latin becomes UNMAPPABLE_REPLACEMENT and
 * is reported.
 */
export const TRANSLITERATION: Readonly<Record<string, string>> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "\u2039": "'", "\u203A": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u2022": "-", "\u2023": "-", "\u2043": "-",
  "\u2026": "...",
  "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ",
  "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200A": " ", "\u202F": " ", "\u205F": " ", "\u3000": " ",
  "\u2028": "\n", "\u2029": "\n",
  "\u200B": "", "\u200C": "", "\u200D": "", "\u2060": "", "\uFEFF": "",
  "\u2122": "(TM)", "\u2120": "(SM)", "\u2116": "Nr.",
  "\u2190": "<-", "\u2192": "->", "\u21D2": "=>", "\u2264": "<=", "\u2265": ">=", "\u2260": "!=",
  "\u1E9E": "SS", "\uFB00": "ff", "\uFB01": "fi", "\uFB02": "fl", "\uFB03": "ffi", "\uFB04": "ffl",
};

/** What a character without a standard transliteration becomes (it is reported, never written as is). */
export const UNMAPPABLE_REPLACEMENT = "?";

/** Largest XZuFi file the import reads. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * A since is compared with this margin (items that changed shortly before it are sent again): protects against
 * clocks of several app servers that differ slightly. Sending an item twice is harmless (schreibe = create or update).
 */
export const SINCE_SAFETY_MARGIN_MS = 2 * 60_000;

/** Bumped when the exporter's output changes, so ETags of earlier exports no longer match. */
export const EXPORT_FORMAT_REVISION = 1;

/** Every choice above that the missing XSD could not confirm; xzufi/README.md explains each key. */
export const UNCONFIRMED_CHOICES = [
  "ROOT_ELEMENT",
  "XZUFI_PREFIX",
  "NACHRICHTENKOPF_ELEMENTS",
  "LEISTUNG_ELEMENT_ORDER",
  "AUSKUNFTSHINWEIS_ELEMENT_ORDER",
  "BEGRIFF_TYP",
  "LEIKA_LIST_URI",
  "LEISTUNG_ID_SCHEME_ID",
  "GEBIET_SCHEME_ID",
  "DATE_TIME_FORMAT",
  "STRING_LATIN_ALLOWED",
] as const;
