import { z } from "zod";

/**
 * The only reader of process.env. Every variable is validated once; a bad value stops the process
 * with one line naming the variable and what is expected (see formatEnvError).
 */
const optionalUrl = (what: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(z.url({ error: `erwartet ${what}` }).optional())
    .optional();

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalUrl("eine PostgreSQL-URL wie postgresql://user:pass@host:5432/db").refine(
      (v) => v === undefined || /^postgres(ql)?:\/\//.test(v),
      { error: "erwartet eine PostgreSQL-URL, die mit postgresql:// beginnt" },
    ),
    MEILI_URL: optionalUrl("eine http(s)-URL des Meilisearch-Servers, z. B. http://127.0.0.1:7700"),
    MEILI_MASTER_KEY: optionalString,
    MEILI_BIN: optionalString,
    // index names start with it (several installations or test runs can share one Meilisearch)
    MEILI_INDEX_PREFIX: z
      .string()
      .trim()
      .regex(/^[a-zA-Z0-9_-]{0,40}$/, { error: "erwartet höchstens 40 Zeichen aus Buchstaben, Ziffern, _ und -, z. B. efa_" })
      .default("efa_"),
    NEXTAUTH_SECRET: z
      .string()
      .min(32, { error: "erwartet ein zufälliges Geheimnis mit mindestens 32 Zeichen (z. B. openssl rand -hex 32)" })
      .optional(),
    NEXTAUTH_URL: optionalUrl("die öffentliche URL der Anwendung, z. B. http://localhost:3000"),
    SESSION_MAX_AGE_HOURS: z.coerce
      .number({ error: "erwartet eine Zahl von Stunden" })
      .int({ error: "erwartet eine ganze Zahl von Stunden" })
      .min(1, { error: "erwartet mindestens 1 Stunde" })
      .max(24 * 30, { error: "erwartet höchstens 720 Stunden" })
      .default(8),
    OIDC_ISSUER: optionalUrl("die Issuer-URL des OIDC-Anbieters, z. B. https://keycloak.example/realms/land"),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_NAME: z.string().trim().min(1).default("Landes-Login"),
    OIDC_ROLE_CLAIM: z.string().trim().min(1).default("roles"),
    OIDC_ORG_CLAIM: z.string().trim().min(1).default("ars"),
    OIDC_ROLE_MAP: optionalString,
    XZUFI_SCHEME_AGENCY_ID: z.string().trim().min(1).default("efa-wissen"),
    PORT: z.coerce
      .number({ error: "erwartet eine Portnummer" })
      .int({ error: "erwartet eine ganze Portnummer" })
      .min(1, { error: "erwartet eine Portnummer von 1 bis 65535" })
      .max(65535, { error: "erwartet eine Portnummer von 1 bis 65535" })
      .default(3000),
    HOST: z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F.:]+$|^localhost$/, { error: "erwartet eine IP-Adresse, auf der der Webserver lauscht, z. B. 127.0.0.1 oder 0.0.0.0" })
      .optional(),
    DATA_DIR: z.string().trim().min(1).default("data"),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      for (const [name, value] of [
        ["OIDC_ISSUER", env.OIDC_ISSUER],
        ["OIDC_CLIENT_ID", env.OIDC_CLIENT_ID],
        ["OIDC_CLIENT_SECRET", env.OIDC_CLIENT_SECRET],
      ] as const) {
        if (!value) ctx.addIssue({ code: "custom", path: [name], message: "muss gesetzt sein, wenn OIDC genutzt wird (OIDC_ISSUER, OIDC_CLIENT_ID und OIDC_CLIENT_SECRET)" });
      }
    }
    if (env.MEILI_URL && !env.MEILI_MASTER_KEY) {
      ctx.addIssue({ code: "custom", path: ["MEILI_MASTER_KEY"], message: "muss gesetzt sein, wenn MEILI_URL gesetzt ist (der Master-Key des Meilisearch-Servers)" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses an environment (process.env by default); throws EnvError with one line per bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `Umgebungsvariable ${String(i.path[0] ?? "?")}: ${i.message}`);
  throw new EnvError([...new Set(lines)].join("\n"));
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** The database URL, which the app cannot run without (scripts/start.ts provides one). */
export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new EnvError("Umgebungsvariable DATABASE_URL: fehlt; erwartet eine PostgreSQL-URL wie postgresql://user:pass@host:5432/db (npm start setzt sie selbst)");
  return url;
}
