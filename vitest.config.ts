import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests: pure logic, no services. Integration tests: the real PostgreSQL and Meilisearch
// (scripts/test-all.sh provides a fresh database and a running Meilisearch).
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", environment: "node", include: ["{lib,xzufi,scripts,components}/**/*.test.ts"], exclude: ["**/*.int.test.ts", "node_modules/**"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["{lib,xzufi,scripts}/**/*.int.test.ts", "tests/integration/**/*.int.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
