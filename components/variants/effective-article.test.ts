import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ArticleContent } from "@/lib/articles/content";
import { htmlToDoc } from "@/lib/editor/server";
import { effectiveContent } from "@/lib/variants/effective-content";
import { presentEffective } from "@/lib/variants/present-effective";
import { EffectiveArticle } from "./effective-article";
import { displayFromContent, displayFromView, partLabel } from "./effective-display";

const base: ArticleContent = {
  title: "Wer ist zuständig?", shortAnswer: "Die Elterngeldstelle Ihres Landes.", bodyJson: htmlToDoc("<p>Zuständig ist die Stelle am Wohnort.</p>"),
  bodyHtml: "", bodyText: "", keywords: [], categories: ["Verfahren"], leikaKeys: [], contactHints: null, internalNote: null,
  validFrom: null, validUntil: null, reviewDue: null,
};
const chain = effectiveContent(base, "Freie Hansestadt Bremen", [
  { level: "land", orgName: "Land Hessen", changes: [{ field: "BODY", mode: "APPEND", value: { doc: htmlToDoc("<p>In Hessen: Amt für Versorgung.</p>") } }] },
  { level: "kommune", orgName: "Stadt Frankfurt am Main", changes: [{ field: "SHORT_ANSWER", mode: "APPEND", value: { text: "In Frankfurt: Bürgeramt." } }, { field: "CONTACT_HINTS", mode: "REPLACE", value: { text: "Bürgeramt Frankfurt" } }] },
]);

describe("effective article display", () => {
  it("names each region's text: additions after the parent's, own versions where a region replaced it", () => {
    expect(partLabel({ level: "base", orgName: "Bremen" }, 0)).toBeNull();
    expect(partLabel({ level: "land", orgName: "Land Hessen" }, 0)).toBe("Fassung für Land Hessen");
    expect(partLabel({ level: "kommune", orgName: "Stadt Frankfurt am Main" }, 1)).toBe("Ergänzung für Stadt Frankfurt am Main");
  });

  it("renders the same marking from the browser's merge (documents) and from the server's view (HTML)", () => {
    const fromClient = renderToStaticMarkup(createElement(EffectiveArticle, { effective: displayFromContent(chain), headingLevel: "h3" }));
    const fromServer = renderToStaticMarkup(createElement(EffectiveArticle, { effective: displayFromView(presentEffective(chain)), headingLevel: "h3" }));
    for (const html of [fromClient, fromServer]) {
      expect(html).toContain("Ergänzung für Land Hessen</p>");
      expect(html).toContain("In Hessen: Amt für Versorgung.");
      expect(html).toContain("Ergänzung für Stadt Frankfurt am Main</p>");
      expect(html).toContain("Fassung für Stadt Frankfurt am Main</p>");
      expect(html).not.toContain("Freie Hansestadt Bremen");
    }
    expect(fromClient).toBe(fromServer);
  });
});
