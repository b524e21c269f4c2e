/**
 * npm run db:migrate                 apply pending migrations (also done by npm start)
 * npm run db:migrate:dev -- <name>   create a migration from schema.prisma changes and apply it
 * npm run db:migrate:status          show pending / failed migrations
 * tsx scripts/migrate.ts resolve --rolled-back|--applied <name>
 * Env: DATABASE_URL; SHADOW_DATABASE_URL or SHADOW=pglite for the shadow database of `dev`.
 */
import "dotenv/config";
import { parseEnv } from "../lib/env";
import { createMigration, deployMigrations, migrationStatus, resolveMigration, type MigrationOptions } from "../lib/migrations/runner";

const USAGE = "Aufruf: migrate.ts deploy | status | dev --name <name> [--create-only] [--force-reset] | resolve --rolled-back|--applied <name>";

async function main() {
  const [cmd, ...args] = process.argv.slice(2);
  const databaseUrl = parseEnv().DATABASE_URL;
  if (!databaseUrl) throw new Error("Umgebungsvariable DATABASE_URL: fehlt; erwartet eine PostgreSQL-URL wie postgresql://user:pass@host:5432/db");
  const opts: MigrationOptions = {
    databaseUrl,
    shadow: process.env.SHADOW === "pglite" ? "pglite" : "server",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined,
  };
  switch (cmd) {
    case "deploy": {
      const applied = await deployMigrations(opts);
      console.log(applied.length ? `Angewendet: ${applied.join(", ")}` : "Keine ausstehenden Migrationen.");
      return;
    }
    case "status": {
      const s = await migrationStatus(opts);
      if (s.isUpToDate) console.log("Die Datenbank ist auf dem Stand aller Migrationen.");
      if (s.pending.length) console.log(`Ausstehend: ${s.pending.join(", ")}`);
      if (s.failed.length) console.log(`Fehlgeschlagen: ${s.failed.join(", ")} (beheben, dann: migrate.ts resolve --rolled-back <name>)`);
      if (s.edited.length) console.log(`Nach dem Anwenden geändert: ${s.edited.join(", ")} (Migrationen nie nachträglich ändern; eine neue anlegen)`);
      if (s.unknownInDatabase.length) console.log(`Nur in der Datenbank, nicht im Ordner: ${s.unknownInDatabase.join(", ")}`);
      if (!s.isUpToDate) process.exitCode = 1;
      return;
    }
    case "resolve": {
      const [flag, name] = args;
      if ((flag !== "--rolled-back" && flag !== "--applied") || !name) throw new Error(USAGE);
      await resolveMigration(opts, flag === "--rolled-back" ? "rolled-back" : "applied", name);
      console.log(`${name} als ${flag === "--rolled-back" ? "zurückgerollt" : "angewendet"} markiert.`);
      return;
    }
    case "dev": {
      const i = args.indexOf("--name");
      const name = i >= 0 ? args[i + 1] : args.find((a) => !a.startsWith("--"));
      if (!name) throw new Error(`Bitte einen Namen angeben. ${USAGE}`);
      const dir = await createMigration({ ...opts, name, createOnly: args.includes("--create-only"), forceReset: args.includes("--force-reset") });
      console.log(dir ? `Erstellt: ${dir}/migration.sql (danach: npx prisma generate)` : "Schema und Migrationen sind schon gleich; keine Migration erstellt.");
      return;
    }
    default:
      throw new Error(USAGE);
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
