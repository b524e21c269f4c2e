import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as constants from "./constants";

const readme = readFileSync(path.join(import.meta.dirname, "README.md"), "utf8");

describe("the one module of XZuFi assumptions", () => {
  it("documents every unconfirmed choice in xzufi/README.md, and each is a constant of the module", () => {
    for (const key of constants.UNCONFIRMED_CHOICES) {
      expect(readme, key).toContain(`\`${key}\``);
      expect(constants, key).toHaveProperty(key);
    }
  });

  it("maps content only to text modules of the code list, and names every term type", () => {
    const targets = constants.CONTENT_MAPPING.map((m) => m.target).join("\n");
    for (const code of targets.match(/modulText (\d\d)/g) ?? []) expect(Object.keys(constants.LEIKA_TEXTMODUL.codes)).toContain(code.slice(-2));
    for (const typ of [constants.BEGRIFF_TYP.SUCHBEGRIFF, constants.BEGRIFF_TYP.SYNONYM, constants.BEGRIFF_TYP.SCHLAGWORT, constants.BEGRIFF_TYP.SONSTIGES]) expect(targets).toContain(`typ ${typ}`);
  });

  it("reads back the ids it writes", () => {
    expect(constants.parseLeistungIdText(constants.leistungIdText("99041008000000", "064120000000"))).toEqual({ leikaKey: "99041008000000", regionArs: "064120000000" });
    expect(constants.parseLeistungIdText("4711")).toBeNull();
  });
});
