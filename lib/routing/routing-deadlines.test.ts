import { describe, expect, it } from "vitest";
import type { RoutingTargetView } from "./list-routing-targets";
import { deadlineKlasse, routingDeadlines } from "./routing-deadlines";

const view = (id: string, serviceHours: string, holidayLandArs: string): RoutingTargetView => ({
  id, level: "SECOND", kind: "TECHNICAL", name: id, channel: "EMAIL", contact: "x@example.org", serviceHours, isRegional: false, holidayLandArs, notAllowedReason: null, updatedAt: "2026-01-01T00:00:00Z",
  hours: { BETRIEBSVERHINDERND: { reaction: 2, resolution: 8 }, BETRIEBSBEHINDERND: { reaction: 8, resolution: 24 }, LEICHT: { reaction: 16, resolution: 40 } },
});

describe("deadlines on the agent screen", () => {
  it("takes the chosen class, else the severest active incident, else none", () => {
    expect(deadlineKlasse("LEICHT", ["BETRIEBSVERHINDERND"])).toBe("LEICHT");
    expect(deadlineKlasse(undefined, ["LEICHT", "BETRIEBSVERHINDERND", "BETRIEBSBEHINDERND"])).toBe("BETRIEBSVERHINDERND");
    expect(deadlineKlasse("SCHLIMM", [])).toBeNull();
  });

  it("counts working time of the target's Land: Wednesday 17:00 plus 2 h reaction is Thursday 08:00; Fronleichnam counts in Hessen, not in Bremen", () => {
    const wednesday = new Date("2026-11-25T16:00:00Z"); // 17:00 in Berlin
    const d = routingDeadlines([view("a", "Mo-Fr 07:00-18:00", "04")], "BETRIEBSVERHINDERND", wednesday).a;
    expect(d).toMatchObject({ ok: true, reaction: "Do 26.11. 08:00", resolution: "Do 26.11. 14:00" });
    const beforeFronleichnam = new Date("2026-06-03T15:00:00Z"); // Wed 3.6.2026 17:00, Thu 4.6. is Fronleichnam in Hessen
    const r = routingDeadlines([view("he", "Mo-Fr 08:00-16:00", "06"), view("hb", "Mo-Fr 08:00-16:00", "04")], "BETRIEBSVERHINDERND", beforeFronleichnam);
    expect(r.he).toMatchObject({ reaction: "Fr 05.06. 10:00" });
    expect(r.hb).toMatchObject({ reaction: "Do 04.06. 10:00" });
  });

  it("stored service hours that no longer parse give a message, not a wrong deadline", () => {
    expect(routingDeadlines([view("x", "immer", "06")], "LEICHT", new Date()).x).toMatchObject({ ok: false, error: expect.stringContaining("nicht lesbar") });
  });
});
