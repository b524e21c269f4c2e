import { describe, expect, it } from "vitest";
import { docToHtml, docToText, findHtmlProblems, htmlToDoc, markdownToHtml, parseEditorDoc } from "./server";
import { generateHTML } from "@tiptap/html/server";
import { editorExtensions } from "./extensions";

describe("editor on the server", () => {
  it("keeps the allowed structure and drops everything else", () => {
    const doc = htmlToDoc('<h2>Anmeldung</h2><p>Mit <strong>BundID</strong> und <em>ELSTER</em> <span class="x">anmelden</span>.</p><ul><li><p>Punkt &lt;1&gt; &amp; 2</p></li></ul><div><u>unterstrichen</u></div>');
    expect(docToHtml(doc)).toBe("<h2>Anmeldung</h2><p>Mit <strong>BundID</strong> und <em>ELSTER</em> anmelden.</p><ul><li><p>Punkt &lt;1&gt; &amp; 2</p></li></ul><p>unterstrichen</p>");
    expect(docToText(doc)).toContain("Mit BundID und ELSTER anmelden.");
  });

  it("renders links with href only", () => {
    const doc = htmlToDoc('<p><a href="https://id.bund.de" target="_blank" rel="noopener" class="c">BundID</a></p>');
    expect(docToHtml(doc)).toBe('<p><a href="https://id.bund.de">BundID</a></p>');
  });

  it("reports active content and unsafe links", () => {
    expect(findHtmlProblems('<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">b</a><iframe src="x"></iframe>')).toEqual([
      "enthält das nicht erlaubte Attribut onclick",
      "enthält das nicht erlaubte Element <script>",
      "enthält einen nicht erlaubten Link (javascript:alert(1)…)",
      "enthält das nicht erlaubte Element <iframe>",
    ]);
    expect(findHtmlProblems("<p>Harmlos <span>Text</span></p>")).toEqual([]);
  });

  it("rejects documents outside the schema", () => {
    expect(parseEditorDoc({ type: "doc", content: [{ type: "codeBlock", content: [{ type: "text", text: "x" }] }] }).ok).toBe(false);
    expect(parseEditorDoc({ type: "paragraph" }).ok).toBe(false);
    expect(parseEditorDoc("<p>x</p>").ok).toBe(false);
    const badLink = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    expect(parseEditorDoc(badLink).ok).toBe(false);
    expect(parseEditorDoc({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "ok" }] }] }).ok).toBe(true);
  });

  it("converts Markdown through the same allow-list", () => {
    const doc = htmlToDoc(markdownToHtml("## Kosten\n\nDie Leistung ist **gebührenfrei**.\n\n1. Antrag\n2. Bescheid"));
    expect(docToHtml(doc)).toBe("<h2>Kosten</h2><p>Die Leistung ist <strong>gebührenfrei</strong>.</p><ol><li><p>Antrag</p></li><li><p>Bescheid</p></li></ol>");
  });
});

describe("docToHtml with the reused DOM", () => {
  it("serialises exactly like tiptap's generateHTML, call after call", () => {
    const doc = htmlToDoc('<h3>Frage</h3><p>Text mit <strong>fett</strong>, <em>kursiv</em>, <a href="mailto:a@b.example">Mail</a><br>und Umbruch &amp; &lt;Zeichen&gt;</p><ol><li><p>eins</p></li></ol>');
    const expected = generateHTML(doc, editorExtensions);
    for (let i = 0; i < 3; i++) expect(docToHtml(doc)).toBe(expected);
  });
});
