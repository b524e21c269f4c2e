import { getSchema, getText, getTextSerializersFromSchema, type JSONContent } from "@tiptap/core";
import { generateJSON } from "@tiptap/html/server";
import { DOMSerializer, Node as PmNode } from "@tiptap/pm/model";
import { Window } from "happy-dom";
import { marked } from "marked";
import { z } from "zod";
import type { Problem } from "../errors";
import { editorExtensions, isAllowedHref } from "./extensions";

/** Server side of the editor: validation of tiptap JSON and derived HTML and text (lib/editor/extensions.ts). */
const schema = getSchema(editorExtensions);

export type EditorDoc = JSONContent & { type: "doc" };

const jsonNode: z.ZodType<JSONContent> = z.lazy(() =>
  z.object({
    type: z.string().max(50),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(jsonNode).max(10_000).optional(),
    marks: z.array(z.object({ type: z.string().max(50), attrs: z.record(z.string(), z.unknown()).optional() })).max(20).optional(),
    text: z.string().max(200_000).optional(),
  }),
);

/** Max size of one article body as JSON text: generous for long training notes, bounded against abuse. */
export const MAX_BODY_JSON_CHARS = 500_000;

/**
 * Checks that `input` is a document of exactly this editor's schema (unknown nodes, marks or attributes,
 * wrong nesting and unsafe links are rejected). Returns the normalised document or German problems.
 */
export function parseEditorDoc(input: unknown): { ok: true; doc: EditorDoc } | { ok: false; problems: Problem[] } {
  const shape = jsonNode.safeParse(input);
  if (!shape.success) return { ok: false, problems: [{ path: "", message: "Der Text hat nicht das Format des Editors." }] };
  if (shape.data.type !== "doc") return { ok: false, problems: [{ path: "", message: "Der Text muss ein Editor-Dokument (type \"doc\") sein." }] };
  if (JSON.stringify(input).length > MAX_BODY_JSON_CHARS) return { ok: false, problems: [{ path: "", message: "Der Text ist zu lang (höchstens 500.000 Zeichen im Editorformat)." }] };
  let node: PmNode;
  try {
    node = PmNode.fromJSON(schema, shape.data);
    node.check();
  } catch (e) {
    return { ok: false, problems: [{ path: "", message: `Der Text enthält Elemente, die der Editor nicht erlaubt (${e instanceof Error ? e.message.slice(0, 120) : "ungültig"}).` }] };
  }
  const badLinks: Problem[] = [];
  node.descendants((n) => {
    for (const m of n.marks) {
      const href = m.attrs.href;
      if (m.type.name === "link" && (typeof href !== "string" || !isAllowedHref(href))) {
        badLinks.push({ path: "", message: `Der Link "${String(href).slice(0, 80)}" ist nicht erlaubt; erlaubt sind http, https, mailto und tel.` });
      }
    }
  });
  if (badLinks.length) return { ok: false, problems: badLinks };
  return { ok: true, doc: node.toJSON() as EditorDoc };
}

// What @tiptap/html's generateHTML and @tiptap/core's generateText do, with the schema built once and one DOM
// reused: they build the schema (and a new DOM) on every call, about 20 times slower (a search rebuild renders
// every article). Serializing is synchronous and attaches nothing to the shared document.
const htmlSerializer = DOMSerializer.fromSchema(schema);
const textSerializers = getTextSerializersFromSchema(schema);
let htmlWindow: Window | undefined;

/** Sanitised HTML of a (validated) document: only the tags XZuFi allows. */
export function docToHtml(doc: EditorDoc): string {
  htmlWindow ??= new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, disableComputedStyleRendering: true },
  });
  const document = htmlWindow.document as unknown as Document;
  const wrap = document.createElement("div");
  htmlSerializer.serializeFragment(PmNode.fromJSON(schema, doc).content, { document }, wrap);
  return wrap.innerHTML;
}

/** Plain text of a document, blocks separated by newlines (for search and the phone). */
export function docToText(doc: EditorDoc): string {
  return getText(PmNode.fromJSON(schema, doc), { blockSeparator: "\n", textSerializers }).replace(/\n{3,}/g, "\n\n").trim();
}

// Elements whose content must not survive as text, and which mark an input as hostile.
const DANGEROUS_TAGS = new Set(["script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "textarea", "select", "link", "meta", "base", "svg", "math", "template", "noscript"]);

/**
 * Finds what an HTML import must not contain: active content (script, iframes, forms, ...), event-handler
 * attributes and links with other protocols than http(s), mailto and tel. Harmless tags outside the
 * allow-list (span, div, ...) are not problems: htmlToDoc drops them and keeps their text.
 */
export function findHtmlProblems(html: string): string[] {
  const window = new Window();
  try {
    const doc = window.document;
    const container = doc.createElement("div");
    container.innerHTML = html;
    const problems = new Set<string>();
    for (const el of Array.from(container.querySelectorAll("*"))) {
      const tag = el.tagName.toLowerCase();
      if (DANGEROUS_TAGS.has(tag)) problems.add(`enthält das nicht erlaubte Element <${tag}>`);
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith("on")) problems.add(`enthält das nicht erlaubte Attribut ${name}`);
        const value = attr.value ?? "";
        if ((name === "href" || name === "src" || name === "action" || name === "formaction") && /^\s*(javascript|data|vbscript):/i.test(value)) {
          problems.add(`enthält einen nicht erlaubten Link (${value.trim().slice(0, 30)}…)`);
        }
      }
      if (tag === "a") {
        const href = el.getAttribute("href");
        if (href && !/^\s*(javascript|data|vbscript):/i.test(href) && !isAllowedHref(href) && !href.startsWith("#")) {
          problems.add(`enthält den Link "${href.slice(0, 80)}"; erlaubt sind nur absolute Links mit http, https, mailto oder tel`);
        }
      }
    }
    return [...problems];
  } finally {
    void window.happyDOM.close();
  }
}

/** HTML to an editor document; everything outside the editor schema is dropped (allow-list sanitising). */
export function htmlToDoc(html: string): EditorDoc {
  const json = generateJSON(html, editorExtensions) as JSONContent;
  const parsed = parseEditorDoc(json);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("; "));
  return parsed.doc;
}

/** Markdown to an editor document (through HTML, so the same allow-list applies). */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}
