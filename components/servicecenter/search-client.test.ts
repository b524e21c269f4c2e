import { describe, expect, it } from "vitest";
import { answerHref, searchHref } from "./search-client";

describe("addresses of the agent screen", () => {
  it("the search keeps region, query and facets; the default region and empty values are left out", () => {
    expect(searchHref({ region: "06" }, "06")).toBe("/servicecenter");
    expect(searchHref({ region: "064120000000", q: "Elterngeld zuständig" }, "06")).toBe("/servicecenter?region=064120000000&q=Elterngeld+zust%C3%A4ndig");
    expect(searchHref({ region: "06", q: "x", service: "elterngeld-digital", type: "FAQ", category: "Anmeldung" }, "06")).toBe("/servicecenter?q=x&dienst=elterngeld-digital&art=FAQ&kategorie=Anmeldung");
    expect(searchHref({ region: "06" }, null)).toBe("/servicecenter?region=06");
  });

  it("the detail view names the region, the query to return to and the search it was opened from", () => {
    expect(answerHref("abc", { region: "06" })).toBe("/servicecenter/artikel/abc?region=06");
    expect(answerHref("a/b", { region: "064120000000", q: "Frist", searchEventId: "17" })).toBe("/servicecenter/artikel/a%2Fb?region=064120000000&q=Frist&suche=17");
    expect(answerHref("abc", { region: "06", searchEventId: null })).toBe("/servicecenter/artikel/abc?region=06");
  });
});
