import "dotenv/config";
import { defineConfig } from "prisma/config";

// Offline: the CLI would download its native schema engine even for `generate`. Any existing executable
// stops that; migrations run through scripts/migrate.ts on the wasm engine instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
