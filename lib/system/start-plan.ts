import path from "node:path";
import type { Env } from "../env";

/**
 * What `npm start` / `npm run start:prod` will run, decided from the validated environment and the
 * command-line flags before anything is started (pure, so every combination is unit-tested).
 */

export interface StartArgs {
  /** --prod (npm run start:prod): external services only, an existing build, no demo data */
  isProd: boolean;
  /** --demo: load the demo data on a never-seeded database also in production mode */
  loadDemo: boolean;
  /** --no-build: never run `next build`, use the existing build (tests, and whoever built by hand) */
  skipBuild: boolean;
}

export const START_USAGE =
  "Aufruf: npm start [-- --no-build]  |  npm run start:prod [-- --demo]";

export function parseStartArgs(argv: readonly string[]): StartArgs | { error: string } {
  const args: StartArgs = { isProd: false, loadDemo: false, skipBuild: false };
  for (const a of argv) {
    if (a === "--prod") args.isProd = true;
    else if (a === "--demo") args.loadDemo = true;
    else if (a === "--no-build") args.skipBuild = true;
    else return { error: `Unbekannte Option ${a}. ${START_USAGE}` };
  }
  return args;
}

export interface StartPlan {
  mode: "embedded" | "production";
  port: number;
  /** interface Next listens on: the local machine for the embedded demo (known demo passwords), all in production */
  host: string;
  /** absolute; the embedded services' data, generated secrets, lock and logs */
  dataDir: string;
  database: { kind: "embedded" } | { kind: "external"; url: string };
  search: { kind: "embedded"; bin: string | undefined } | { kind: "external"; url: string; masterKey: string };
  /** undefined: generate once and keep it in the data folder (not in production mode) */
  nextauthSecret: string | undefined;
  nextauthUrl: string;
  loadDemo: boolean;
  build: "when-stale" | "existing-only";
  /** hints worth a line at start, e.g. a default that was assumed */
  notes: string[];
}

export function planStart(env: Env, args: StartArgs, cwd: string): StartPlan | { errors: string[] } {
  const nextauthUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  const dataDir = path.resolve(cwd, env.DATA_DIR);
  if (args.isProd) {
    const errors: string[] = [];
    if (!env.DATABASE_URL) {
      errors.push("Umgebungsvariable DATABASE_URL: fehlt; npm run start:prod startet keine eingebettete Datenbank und erwartet eine PostgreSQL-URL wie postgresql://user:pass@host:5432/db");
    }
    if (!env.MEILI_URL) {
      errors.push("Umgebungsvariable MEILI_URL: fehlt; npm run start:prod startet kein eigenes Meilisearch und erwartet dessen URL, z. B. http://127.0.0.1:7700 (dazu MEILI_MASTER_KEY)");
    }
    if (!env.NEXTAUTH_SECRET) {
      errors.push("Umgebungsvariable NEXTAUTH_SECRET: fehlt; npm run start:prod erwartet ein zufälliges Geheimnis mit mindestens 32 Zeichen (z. B. openssl rand -hex 32)");
    }
    if (!env.DATABASE_URL || !env.MEILI_URL || !env.MEILI_MASTER_KEY || !env.NEXTAUTH_SECRET) return { errors };
    return {
      mode: "production",
      port: env.PORT,
      host: env.HOST ?? "0.0.0.0",
      dataDir,
      database: { kind: "external", url: env.DATABASE_URL },
      search: { kind: "external", url: env.MEILI_URL, masterKey: env.MEILI_MASTER_KEY },
      nextauthSecret: env.NEXTAUTH_SECRET,
      nextauthUrl,
      loadDemo: args.loadDemo,
      build: "existing-only",
      notes: env.NEXTAUTH_URL
        ? []
        : [`Hinweis: NEXTAUTH_URL ist nicht gesetzt, angenommen wird ${nextauthUrl}; hinter einem Proxy die öffentliche URL setzen.`],
    };
  }
  return {
    mode: "embedded",
    port: env.PORT,
    host: env.HOST ?? "127.0.0.1",
    dataDir,
    database: env.DATABASE_URL ? { kind: "external", url: env.DATABASE_URL } : { kind: "embedded" },
    search:
      env.MEILI_URL && env.MEILI_MASTER_KEY
        ? { kind: "external", url: env.MEILI_URL, masterKey: env.MEILI_MASTER_KEY }
        : { kind: "embedded", bin: env.MEILI_BIN },
    nextauthSecret: env.NEXTAUTH_SECRET,
    nextauthUrl,
    loadDemo: true,
    build: args.skipBuild ? "existing-only" : "when-stale",
    notes: [],
  };
}

/** A connection URL for log lines: the password replaced by ***. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(ungültige URL)";
  }
}
