import { describe, expect, it } from "vitest";
import { contactHref, hitCountText, partSource, regionLine, scopeBadge, shortRegionName } from "./labels";

describe("agent screen wording", () => {
  it("short region names drop the official prefix", () => {
    expect(shortRegionName("Land Hessen")).toBe("Hessen");
    expect(shortRegionName("Stadt Frankfurt am Main")).toBe("Frankfurt am Main");
    expect(shortRegionName("Freie Hansestadt Bremen")).toBe("Bremen");
    expect(shortRegionName("Landeshauptstadt München")).toBe("München");
    expect(shortRegionName("Freistaat Bayern")).toBe("Bayern");
    expect(shortRegionName("Offenbach am Main")).toBe("Offenbach am Main");
    expect(shortRegionName("Land")).toBe("Land");
  });

  it("badges name the variant's region; the base has none", () => {
    expect(scopeBadge("BASE", "Freie Hansestadt Bremen")).toBeNull();
    expect(scopeBadge("LAND", "Land Hessen")).toBe("Variante Hessen");
    expect(scopeBadge("KOMMUNE", "Stadt Frankfurt am Main")).toBe("Kommune Frankfurt am Main");
  });

  it("the region line names the Kommune with its ARS and Land", () => {
    expect(regionLine({ ars: "064120000000", name: "Stadt Frankfurt am Main", kind: "KOMMUNE", land: { name: "Land Hessen" } })).toBe("Stadt Frankfurt am Main (064120000000), Land Hessen");
    expect(regionLine({ ars: "06", name: "Land Hessen", kind: "LAND", land: { name: "Land Hessen" } })).toBe("Land Hessen (06)");
  });

  it("parts of the answer say who wrote them", () => {
    expect(partSource({ level: "base", orgName: "Freie Hansestadt Bremen" }, 0)).toBe("Basisartikel – Freie Hansestadt Bremen");
    expect(partSource({ level: "land", orgName: "Land Hessen" }, 0)).toBe("Eigene Fassung – Land Hessen");
    expect(partSource({ level: "kommune", orgName: "Stadt Frankfurt am Main" }, 1)).toBe("Ergänzung – Stadt Frankfurt am Main");
  });

  it("contacts become links only for e-mail, phone and http(s)", () => {
    expect(contactHref("EMAIL", "bev@bremen.example")).toBe("mailto:bev@bremen.example");
    expect(contactHref("EMAIL", "Hotline der BeV")).toBeNull();
    expect(contactHref("PHONE", "+49 (0)421 361-0")).toBe("tel:+4904213610");
    expect(contactHref("TICKET_SYSTEM", "https://servicedesk.example/elterngeld")).toBe("https://servicedesk.example/elterngeld");
    expect(contactHref("TICKET_SYSTEM", "javascript:alert(1)")).toBeNull();
    expect(contactHref("TICKET_SYSTEM", "Ticketsystem OTRS, Queue EG")).toBeNull();
  });

  it("counts hits in words", () => {
    expect([0, 1, 7].map(hitCountText)).toEqual(["Keine Treffer", "Ein Treffer", "7 Treffer"]);
  });
});
