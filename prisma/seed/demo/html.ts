// Small helpers to write article bodies in the restricted HTML of the bundle
// (p, br, h2, h3, strong, em, ul, ol, li, a href) and to bring corpus HTML into that shape.

export const ALLOWED_TAGS = new Set(["p", "br", "h2", "h3", "strong", "em", "ul", "ol", "li", "a"]);

/** Escapes text for use inside an HTML element or attribute. */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A paragraph; the content may already contain inline markup (strong, em, a, br). */
export const p = (inner: string): string => `<p>${inner}</p>`;
export const h2 = (text: string): string => `<h2>${text}</h2>`;
export const h3 = (text: string): string => `<h3>${text}</h3>`;
export const strong = (text: string): string => `<strong>${text}</strong>`;
export const em = (text: string): string => `<em>${text}</em>`;
export const ul = (items: readonly string[]): string => `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;
export const ol = (items: readonly string[]): string => `<ol>${items.map((i) => `<li>${i}</li>`).join("")}</ol>`;
export const a = (href: string, text: string): string => `<a href="${esc(href)}">${text}</a>`;

/** Joins blocks of a body. */
export const body = (...blocks: readonly string[]): string => blocks.join("");

/**
 * Turns a plain-text corpus answer (lines, "- " for list items) into paragraphs and bullet lists.
 */
export function plainToHtml(text: string): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = (): void => {
    if (list.length > 0) out.push(ul(list));
    list = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    if (line.startsWith("- ")) {
      list.push(esc(line.slice(2).trim()));
    } else {
      flush();
      out.push(p(esc(line)));
    }
  }
  flush();
  return out.join("");
}

/** The list items ("- ...") of a plain-text corpus answer. */
export function plainListItems(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("- "))
    .map((l) => l.slice(2).trim());
}

/** The non-list lines of a plain-text corpus answer. */
export function plainParagraphs(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("- "));
}

/**
 * Reduces corpus HTML (stadt.muenchen.de texts) to the allowed tags: drops all attributes except
 * a[href], unwraps unknown tags (span, ...), removes zero-width spaces, layout-only line breaks and
 * empty paragraphs, and normalises white space.
 */
export function sanitizeCorpusHtml(html: string): string {
  let s = html.replace(/\u200b/g, "").replace(/\r/g, "");
  s = s.replace(/<\s*(\/?)\s*([a-zA-Z0-9]+)([^>]*)>/g, (_m, slash: string, rawName: string, attrs: string) => {
    const name = rawName.toLowerCase();
    if (!ALLOWED_TAGS.has(name)) return "";
    if (name === "br") return "<br>";
    if (slash === "/") return `</${name}>`;
    if (name === "a") {
      const href = /href\s*=\s*"([^"]*)"/i.exec(attrs)?.[1] ?? "";
      return `<a href="${href.replace(/&amp;/g, "&").replace(/&/g, "&amp;")}">`;
    }
    return `<${name}>`;
  });
  s = s.replace(/\s+/g, " ");
  s = s.replace(/\s*(<\/?(?:p|ul|ol|li|h2|h3)>)\s*/g, "$1");
  s = s.replace(/(?:\s*<br>\s*)+(<\/(?:p|li)>)/g, "$1");
  s = s.replace(/(<(?:p|li)>)(?:\s*<br>\s*)+/g, "$1");
  s = s.replace(/(<\/strong>)\s*<br>\s*/g, "$1<br>");
  s = s.replace(/\s*<br>\s*/g, "<br>");
  s = s.replace(/<strong>\s*<\/strong>/g, "").replace(/<p>\s*<\/p>/g, "");
  s = s.replace(/<strong>\s+/g, " <strong>").replace(/\s+<\/strong>/g, "</strong> ");
  s = s.replace(/ +(<\/(?:p|li)>)/g, "$1").replace(/(<(?:p|li)>) +/g, "$1");
  return s.trim();
}

/** Plain text of an HTML fragment (for length checks and spoken answers). */
export function htmlToText(html: string): string {
  return html
    .replace(/<br>/g, " ")
    .replace(/<\/(p|li|h2|h3)>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
