import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { parseStartArgs, planStart, redactUrl, type StartArgs } from "./start-plan";

const dev: StartArgs = { isProd: false, loadDemo: false, skipBuild: false };
const prod: StartArgs = { isProd: true, loadDemo: false, skipBuild: false };
const SECRET = "x".repeat(32);

describe("parseStartArgs", () => {
  it("knows --prod, --demo and --no-build", () => {
    expect(parseStartArgs([])).toEqual(dev);
    expect(parseStartArgs(["--prod", "--demo"])).toEqual({ isProd: true, loadDemo: true, skipBuild: false });
    expect(parseStartArgs(["--no-build"])).toEqual({ ...dev, skipBuild: true });
  });
  it("names an unknown option", () => {
    expect(parseStartArgs(["--port=1"])).toEqual({ error: expect.stringMatching(/^Unbekannte Option --port=1\. Aufruf: npm start/) });
  });
});

describe("planStart", () => {
  it("starts everything embedded by default, on port 3000 with data under ./data", () => {
    const plan = planStart(parseEnv({}), dev, "/srv/app");
    expect(plan).toMatchObject({
      mode: "embedded",
      port: 3000,
      host: "127.0.0.1",
      dataDir: "/srv/app/data",
      database: { kind: "embedded" },
      search: { kind: "embedded", bin: undefined },
      nextauthSecret: undefined,
      nextauthUrl: "http://localhost:3000",
      loadDemo: true,
      build: "when-stale",
    });
  });
  it("uses the servers it is given and starts none of its own", () => {
    const plan = planStart(
      parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/kb", MEILI_URL: "http://search:7700", MEILI_MASTER_KEY: "k", PORT: "3100", DATA_DIR: "/var/kb" }),
      dev,
      "/srv/app",
    );
    expect(plan).toMatchObject({
      database: { kind: "external", url: "postgresql://u:p@db:5432/kb" },
      search: { kind: "external", url: "http://search:7700", masterKey: "k" },
      port: 3100,
      host: "127.0.0.1",
      dataDir: "/var/kb",
      nextauthUrl: "http://localhost:3100",
    });
  });
  it("mixes: an external database with the embedded search (and MEILI_BIN)", () => {
    const plan = planStart(parseEnv({ DATABASE_URL: "postgresql://db/kb", MEILI_BIN: "/opt/meilisearch" }), dev, "/");
    expect(plan).toMatchObject({ database: { kind: "external" }, search: { kind: "embedded", bin: "/opt/meilisearch" } });
  });
  it("--no-build only uses an existing build", () => {
    expect(planStart(parseEnv({}), { ...dev, skipBuild: true }, "/")).toMatchObject({ build: "existing-only" });
  });
  it("production mode lists every missing variable, one line each", () => {
    const plan = planStart(parseEnv({}), prod, "/");
    expect("errors" in plan && plan.errors).toEqual([
      expect.stringMatching(/^Umgebungsvariable DATABASE_URL: fehlt; npm run start:prod/),
      expect.stringMatching(/^Umgebungsvariable MEILI_URL: fehlt/),
      expect.stringMatching(/^Umgebungsvariable NEXTAUTH_SECRET: fehlt/),
    ]);
  });
  it("production mode: external services, no demo unless --demo, an existing build", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://db/kb", MEILI_URL: "http://search:7700", MEILI_MASTER_KEY: "k", NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: "https://wissen.example" });
    expect(planStart(env, prod, "/")).toMatchObject({ mode: "production", host: "0.0.0.0", loadDemo: false, build: "existing-only", nextauthUrl: "https://wissen.example", notes: [] });
    expect(planStart(env, { ...prod, loadDemo: true }, "/")).toMatchObject({ loadDemo: true });
  });
  it("production mode notes an assumed NEXTAUTH_URL", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://db/kb", MEILI_URL: "http://search:7700", MEILI_MASTER_KEY: "k", NEXTAUTH_SECRET: SECRET, PORT: "8080" });
    const plan = planStart(env, prod, "/");
    expect("notes" in plan && plan.notes).toEqual([expect.stringContaining("http://localhost:8080")]);
  });
});

describe("redactUrl", () => {
  it("hides the password", () => {
    expect(redactUrl("postgresql://kb:geheim@db:5432/kb")).toBe("postgresql://kb:***@db:5432/kb");
    expect(redactUrl("http://127.0.0.1:7700")).toBe("http://127.0.0.1:7700/");
  });
});
