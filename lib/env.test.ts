import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("environment", () => {
  it("has embedded defaults", () => {
    expect(parseEnv({})).toMatchObject({ PORT: 3000, DATA_DIR: "data", SESSION_MAX_AGE_HOURS: 8, XZUFI_SCHEME_AGENCY_ID: "efa-wissen" });
  });
  it("names the bad variable and what is expected, one line each", () => {
    expect(() => parseEnv({ PORT: "abc" })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: "abc" })).toThrow(/^Umgebungsvariable PORT: erwartet eine Portnummer/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x/y" })).toThrow(/^Umgebungsvariable DATABASE_URL: erwartet eine PostgreSQL-URL/);
    expect(() => parseEnv({ MEILI_URL: "http://127.0.0.1:7700" })).toThrow(/^Umgebungsvariable MEILI_MASTER_KEY: muss gesetzt sein/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: "kurz" })).toThrow(/^Umgebungsvariable NEXTAUTH_SECRET: erwartet ein zufälliges Geheimnis/);
    expect(() => parseEnv({ OIDC_ISSUER: "https://kc.example/realms/x" })).toThrow(/OIDC_CLIENT_ID: muss gesetzt sein[\s\S]*OIDC_CLIENT_SECRET/);
  });
  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", MEILI_URL: " " }).DATABASE_URL).toBeUndefined();
  });
});
