import { describe, expect, it } from "vitest";
import { auditActionLabel, revisionStatusLabel } from "./labels";

describe("auditActionLabel", () => {
  it("names the workflow steps in German", () => {
    expect(auditActionLabel("article.save")).toBe("Entwurf gespeichert");
    expect(auditActionLabel("article.publish")).toBe("Freigegeben und veröffentlicht");
    expect(auditActionLabel("incident.publish-now")).toBe("Störungsmeldung sofort veröffentlicht");
  });
  it("names imports with their status", () => {
    expect(auditActionLabel("article.import.published")).toBe("Artikel aus Wissenspaket importiert (Veröffentlicht)");
    expect(auditActionLabel("variant.import.in_review")).toBe("Variante aus Wissenspaket importiert (In Prüfung)");
  });
  it("shows unknown codes instead of hiding them", () => {
    expect(auditActionLabel("search.reindex")).toBe("Aktion „search.reindex“");
  });
});

describe("revisionStatusLabel", () => {
  it("translates known statuses and keeps unknown ones", () => {
    expect(revisionStatusLabel("SUPERSEDED")).toBe("Abgelöst");
    expect(revisionStatusLabel("toString")).toBe("toString");
  });
});
