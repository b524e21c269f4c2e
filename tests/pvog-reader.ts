import { XMLParser } from "fast-xml-parser";

/**
 * Reads an XZuFi transfer document the way PVOG consumers do (open-source importers of PVOG data): fast-xml-parser
 * with removeNSPrefix, "_" for attributes, "text" for text nodes, numbers kept as strings; the root is the first
 * node that is not "?xml"; schreibe, loesche, modulText, inhalt, begriffImKontext made arrays where the XML had a
 * single element. Tests use it to check that a real consumer finds every field where it looks.
 */
export type PvogNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "_",
  removeNSPrefix: true,
  textNodeName: "text",
  numberParseOptions: { leadingZeros: true, hex: false, skipLike: /[0-9]+/ },
});

const asArray = (v: unknown): PvogNode[] => (v === undefined ? [] : Array.isArray(v) ? (v as PvogNode[]) : [v as PvogNode]);

export interface PvogDocument {
  root: PvogNode;
  rootName: string;
  schreibe: PvogNode[];
  loesche: PvogNode[];
  leistungen: PvogNode[];
}

export function readLikePvog(xml: string): PvogDocument {
  const content = parser.parse(xml) as PvogNode;
  const rootName = Object.keys(content).find((n) => n !== "?xml");
  if (!rootName) throw new Error("no root node");
  const root = content[rootName] as PvogNode;
  const schreibe = asArray(root.schreibe);
  const loesche = asArray(root.loesche);
  const leistungen = schreibe.filter((s) => Object.keys(s)[0] === "leistung").map((s) => s.leistung as PvogNode);
  for (const l of leistungen) {
    l.modulText = asArray(l.modulText);
    for (const m of l.modulText as PvogNode[]) m.inhalt = asArray(m.inhalt);
    l.modulAuskunftshinweis = asArray(l.modulAuskunftshinweis);
    for (const m of l.modulAuskunftshinweis as PvogNode[]) m.inhalt = asArray(m.inhalt);
    const bik = l.modulBegriffImKontext as PvogNode | undefined;
    if (bik) bik.begriffImKontext = asArray(bik.begriffImKontext);
  }
  return { root, rootName, schreibe, loesche, leistungen };
}

/** text of a localized element ({text, _languageCode}) or of a plain one */
export function pvogText(node: unknown): string {
  if (typeof node === "string") return node;
  if (node && typeof node === "object" && "text" in node) return String((node as PvogNode).text);
  return "";
}
