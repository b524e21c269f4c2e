import { describe, expect, it } from "vitest";
import { feedbackInputSchema, MAX_FEEDBACK_REASON } from "./schema";

const base = { articleId: "a1", revisionId: "r1", region: "064120000000" };
const problems = (input: unknown) => feedbackInputSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("feedback body", () => {
  it("accepts the three outcomes with what belongs to them", () => {
    expect(feedbackInputSchema.parse({ ...base, outcome: "GELOEST", searchEventId: "17" })).toMatchObject({ outcome: "GELOEST", searchEventId: "17" });
    expect(feedbackInputSchema.parse({ ...base, outcome: "NICHT_GELOEST", reason: "  Frage nach Frist  " }).reason).toBe("Frage nach Frist");
    expect(feedbackInputSchema.parse({ ...base, outcome: "NICHT_GELOEST" }).reason).toBeUndefined();
    expect(feedbackInputSchema.parse({ ...base, outcome: "WEITERGELEITET", routingTargetId: "t1" }).routingTargetId).toBe("t1");
  });

  it("needs a routing target for Weitergeleitet and allows it nowhere else", () => {
    expect(problems({ ...base, outcome: "WEITERGELEITET" })).toEqual(["routingTargetId: Bitte wählen, an wen weitergeleitet wurde."]);
    expect(problems({ ...base, outcome: "GELOEST", routingTargetId: "t1" })).toEqual(["routingTargetId: Ein Weiterleitungsziel gehört nur zu „Weitergeleitet“."]);
  });

  it("limits the reason and allows it only for Nicht gelöst", () => {
    expect(problems({ ...base, outcome: "NICHT_GELOEST", reason: "x".repeat(MAX_FEEDBACK_REASON + 1) })).toEqual([`reason: Der Grund ist zu lang (höchstens ${MAX_FEEDBACK_REASON} Zeichen).`]);
    expect(problems({ ...base, outcome: "GELOEST", reason: "passt" })).toEqual(["reason: Einen Grund gibt es nur bei „Nicht gelöst“."]);
  });

  it("rejects unknown outcomes, bad regions and ids, and unknown fields, in German", () => {
    expect(problems({ ...base, outcome: "SUPER" })[0]).toContain("Bitte wählen");
    expect(problems({ ...base, region: "6", outcome: "GELOEST" })[0]).toContain("Regionalschlüssel");
    expect(problems({ ...base, outcome: "GELOEST", searchEventId: "abc" })).toEqual(["searchEventId: searchEventId ist eine Zahl."]);
    expect(problems({ ...base, articleId: "", outcome: "GELOEST" })).toEqual(["articleId: Der Artikel fehlt."]);
    expect(problems({ ...base, outcome: "GELOEST", extra: 1 })).toEqual([": Unbekannte Angabe: extra."]);
    expect(problems(null)).toEqual([": Die Rückmeldung ist ein JSON-Objekt."]);
  });
});
