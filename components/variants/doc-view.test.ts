import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { docToHtml, htmlToDoc } from "@/lib/editor/server";
import { DocView } from "./doc-view";

const render = (html: string) => {
  const doc = htmlToDoc(html);
  return { client: renderToStaticMarkup(createElement(DocView, { doc })), server: docToHtml(doc) };
};

describe("DocView", () => {
  it("renders every element of the editor schema as the server's HTML does", () => {
    for (const html of [
      "<h2>Kosten</h2><p>Die Leistung ist <strong>gebührenfrei</strong> und <em>schnell</em>.</p>",
      "<ul><li><p>Punkt &lt;1&gt; &amp; 2</p></li></ul><ol><li><p>Antrag</p></li><li><p>Bescheid</p></li></ol>",
      '<p>Zeile 1<br>Zeile 2 mit <a href="https://www.bund.de">Link</a> und <a href="tel:115"><strong>115</strong></a></p>',
      "<h3>Unterpunkt</h3><p><strong><em>fett und kursiv</em></strong></p>",
    ]) {
      const { client, server } = render(html);
      // the same elements; React writes a void element as <br/>
      expect(client.replaceAll("<br/>", "<br>")).toBe(server);
    }
  });

  it("drops links to addresses the editor does not allow and keeps their text", () => {
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "klick", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    expect(renderToStaticMarkup(createElement(DocView, { doc }))).toBe("<p>klick</p>");
  });
});
