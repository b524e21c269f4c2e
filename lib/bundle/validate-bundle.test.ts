import { describe, expect, it } from "vitest";
import type { KnownState } from "./known-state";
import { bundleSchema, jsonPath } from "./schema";
import { validateBundle } from "./validate-bundle";

/** A database with Hessen operating "eg", Bayern co-using it, Niedersachsen not, and a Kommune of Hessen. */
const known = (): KnownState => ({
  orgs: new Map([
    ["00", { kind: "BUND", parentArs: null }],
    ["03", { kind: "LAND", parentArs: "00" }],
    ["06", { kind: "LAND", parentArs: "00" }],
    ["09", { kind: "LAND", parentArs: "00" }],
    ["064120000000", { kind: "KOMMUNE", parentArs: "06" }],
  ]),
  services: new Map([["eg", { operatorArs: "06", coUserArs: new Set(["09"]), leikaKeys: new Set<string>() }]]),
  articles: new Map(),
  synonymTerms: new Map(),
});

const restriction = (over: Record<string, unknown> = {}) => ({ service: "eg", regionArs: "09", level: "THIRD", kind: "TECHNICAL", reason: "Bayern meldet direkt an den Betreiber.", ...over });

function shapeProblems(input: unknown): string[] {
  const parsed = bundleSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`);
}

function ruleProblems(restrictions: unknown[], extra: Record<string, unknown> = {}): string[] {
  const bundle = bundleSchema.parse({ format: "kb-bundle", version: 1, routingRestrictions: restrictions, ...extra });
  return validateBundle(bundle, known()).problems.map((p) => `${p.path}: ${p.message}`);
}

describe("routingRestrictions in the kb-bundle", () => {
  it("is optional: a bundle without it is valid and has none", () => {
    const parsed = bundleSchema.parse({ format: "kb-bundle", version: 1 });
    expect(parsed.routingRestrictions).toEqual([]);
  });

  it("accepts a restriction of a co-using Land and of the operating Land", () => {
    expect(ruleProblems([restriction(), restriction({ regionArs: "06", level: "SECOND", kind: "FACHLICH" })])).toEqual([]);
  });

  it("rejects a bad shape with the JSON path of every field", () => {
    const problems = shapeProblems({
      format: "kb-bundle", version: 1,
      routingRestrictions: [
        restriction({ reason: "   " }),
        restriction({ reason: "x".repeat(301) }),
        restriction({ level: "FIRST", kind: "RECHTLICH", regionArs: "6" }),
        { service: "eg", regionArs: "09", level: "THIRD", kind: "TECHNICAL" },
        restriction({ name: "zu viel" }),
      ],
    });
    expect(problems).toEqual(expect.arrayContaining([
      "routingRestrictions[0].reason: darf nicht leer sein",
      "routingRestrictions[1].reason: ist zu lang (höchstens 300 Zeichen)",
      "routingRestrictions[2].level: erwartet SECOND oder THIRD",
      "routingRestrictions[2].kind: erwartet TECHNICAL oder FACHLICH",
      "routingRestrictions[2].regionArs: erwartet einen Regionalschlüssel (ARS) mit 2 oder 12 Ziffern",
      "routingRestrictions[3].reason: erwartet eine Begründung (Zeichenkette)",
    ]));
    expect(problems.some((p) => p.startsWith("routingRestrictions[4]"))).toBe(true);
    expect(shapeProblems({ format: "kb-bundle", version: 1, routingRestrictions: {} })).toEqual(["routingRestrictions: erwartet eine Liste"]);
  });

  it("reports every rule violation with its JSON path", () => {
    expect(ruleProblems([
      restriction({ service: "gibt-es-nicht" }),
      restriction({ regionArs: "08" }),
      restriction({ regionArs: "064120000000" }),
      restriction({ regionArs: "00" }),
      restriction({ regionArs: "03" }),
      restriction(),
      restriction({ reason: "Andere Begründung, derselbe Weg." }),
    ])).toEqual([
      "routingRestrictions[0].service: unbekannter Dienst gibt-es-nicht",
      "routingRestrictions[1].regionArs: unbekannte Organisation 08",
      "routingRestrictions[2].regionArs: 064120000000 ist kein Land; nicht zulässige Wege legt ein Land für sich fest",
      "routingRestrictions[3].regionArs: 00 ist kein Land; nicht zulässige Wege legt ein Land für sich fest",
      "routingRestrictions[4].regionArs: das Land 03 nutzt den Dienst eg nicht",
      "routingRestrictions[6]: derselbe nicht zulässige Weg (Dienst, Land, Ebene, Art) steht schon in routingRestrictions[5]",
    ]);
  });

  it("judges services and Länder of the same bundle, not only the database", () => {
    const extra = {
      organisations: [{ ars: "03", name: "Niedersachsen", kind: "LAND", parentArs: "00" }],
      services: [{ key: "bafoeg", name: "BAföG digital", operatorArs: "09", coUserArs: ["03"] }],
    };
    expect(ruleProblems([restriction({ service: "bafoeg", regionArs: "03" })], extra)).toEqual([]);
    // the bundle's service replaces the database's view: 06 is not among its Länder
    expect(ruleProblems([restriction({ service: "bafoeg", regionArs: "06" })], extra)).toEqual(["routingRestrictions[0].regionArs: das Land 06 nutzt den Dienst bafoeg nicht"]);
  });
});
