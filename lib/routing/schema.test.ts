import { describe, expect, it } from "vitest";
import { contactProblem, parseCreateTarget, parseRestriction, parseUpdateTarget } from "./schema";

const hours = { BETRIEBSVERHINDERND: 2, BETRIEBSBEHINDERND: 8, LEICHT: 16 };
const valid = {
  serviceKey: "elterngeld-digital", regionArs: "06", level: "SECOND", kind: "FACHLICH", name: "Fachkoordination", channel: "EMAIL",
  contact: "stelle@hessen.example", serviceHours: "Mo-Do 7:00-18:00, Fr 07:00-15:00", reactionHours: hours, resolutionHours: { BETRIEBSVERHINDERND: 4, BETRIEBSBEHINDERND: 16, LEICHT: 40 },
};
const paths = (r: { ok: true } | { ok: false; problems: { path: string }[] }) => (r.ok ? [] : r.problems.map((p) => p.path));

describe("routing target input", () => {
  it("accepts a complete entry and stores the service hours in canonical form", () => {
    const r = parseCreateTarget(valid);
    expect(r.ok && r.value.serviceHours).toBe("Mo-Do 07:00-18:00; Fr 07:00-15:00");
    expect(parseCreateTarget({ ...valid, regionArs: null }).ok).toBe(true);
  });

  it("refuses overlapping and inverted service hours at the field", () => {
    const overlap = parseCreateTarget({ ...valid, serviceHours: "Mo-Fr 08:00-12:00, 11:00-15:00" });
    expect(overlap.ok ? "" : overlap.problems.find((p) => p.path === "serviceHours")?.message).toMatch(/überschneiden sich/);
    const inverted = parseCreateTarget({ ...valid, serviceHours: "Mo-Fr 18:00-08:00" });
    expect(paths(inverted)).toEqual(["serviceHours"]);
  });

  it("refuses negative, missing, fractional hours and a resolution shorter than the reaction", () => {
    const r = parseCreateTarget({ ...valid, reactionHours: { BETRIEBSVERHINDERND: -1, BETRIEBSBEHINDERND: 2.5 }, resolutionHours: hours });
    expect(paths(r)).toEqual(["reactionHours.BETRIEBSVERHINDERND", "reactionHours.BETRIEBSBEHINDERND", "reactionHours.LEICHT"]);
    expect(r.ok ? "" : r.problems[0]?.message).toBe("Die Reaktionszeit für „betriebsverhindernd“ muss mindestens 1 Arbeitsstunde betragen.");
    const shorter = parseCreateTarget({ ...valid, resolutionHours: { ...hours, LEICHT: 8 } });
    expect(shorter.ok ? [] : shorter.problems).toEqual([{ path: "resolutionHours.LEICHT", message: expect.stringContaining("kürzer als die Reaktionszeit") }]);
    expect(paths(parseCreateTarget({ ...valid, resolutionHours: undefined }))).toEqual(["resolutionHours"]);
  });

  it("refuses an unknown channel and a contact that does not fit the channel, all errors at once", () => {
    expect(paths(parseCreateTarget({ ...valid, channel: "FAX" }))).toEqual(["channel"]);
    const r = parseCreateTarget({ ...valid, contact: "stelle(at)hessen", serviceHours: "Mo-Fr", name: "" });
    expect(paths(r).sort()).toEqual(["contact", "name", "serviceHours"]);
    expect(paths(parseUpdateTarget({ ...valid, channel: "PHONE", contact: "0611 32-0" }))).toEqual([]);
  });

  it("checks contacts per channel", () => {
    expect(contactProblem("EMAIL", "leitstelle@land.example")).toBeNull();
    expect(contactProblem("EMAIL", "https://land.example")).toMatch(/keine E-Mail-Adresse/);
    expect(contactProblem("PHONE", "+49 611 32-0")).toBeNull();
    expect(contactProblem("PHONE", "12")).toMatch(/keine plausible Telefonnummer/);
    expect(contactProblem("PHONE", "0611 abc")).toMatch(/keine plausible Telefonnummer/);
    expect(contactProblem("TICKET_SYSTEM", "https://servicedesk.hessen.example/efa")).toBeNull();
    expect(contactProblem("TICKET_SYSTEM", "tickets@hessen.example")).toBeNull();
    expect(contactProblem("TICKET_SYSTEM", "javascript:alert(1)")).toMatch(/weder die Adresse/);
  });

  it("a restriction needs a Land, a path and a reason", () => {
    expect(parseRestriction({ serviceKey: "x", regionArs: "06", level: "THIRD", kind: "TECHNICAL", reason: "nur über den Landes-Service-Desk" }).ok).toBe(true);
    const r = parseRestriction({ serviceKey: "x", regionArs: "6", level: "FIRST", kind: "TECHNICAL", reason: " " });
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(["regionArs", "level", "reason"]);
  });
});
