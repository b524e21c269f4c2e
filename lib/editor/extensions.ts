import StarterKit from "@tiptap/starter-kit";
import Link from "@tiptap/extension-link";
import type { Extensions } from "@tiptap/core";

/**
 * The one editor definition (STYLE.md rule 8): the client editor, server validation, sanitised HTML,
 * plain text for search and the XZuFi export all use this list. It allows exactly what XZuFi can carry
 * (p, br, h1-h6, strong/b, em/i, ul, ol, li, a href): code, quotes, rules, strike and underline are off.
 */
export const LINK_PROTOCOLS = ["http", "https", "mailto", "tel"] as const;

export function isAllowedHref(href: string): boolean {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  return Boolean(m?.[1] && (LINK_PROTOCOLS as readonly string[]).includes(m[1].toLowerCase()));
}

export const editorExtensions: Extensions = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    heading: { levels: [1, 2, 3, 4, 5, 6] },
    link: false,
    trailingNode: false, // would add an empty <p> after lists, which XZuFi would carry
  }),
  // XZuFi allows only href on links: target, rel and class are not attributes of the mark.
  Link.extend({
    addAttributes() {
      return { href: { default: null, parseHTML: (el) => el.getAttribute("href") } };
    },
  }).configure({
    openOnClick: false,
    autolink: true,
    defaultProtocol: "https",
    protocols: ["mailto", "tel"],
    isAllowedUri: (url) => isAllowedHref(url),
    HTMLAttributes: { target: null, rel: null, class: null },
  }),
];
