import { defineConfig } from "@playwright/test";

/**
 * Browser tests against the production build (npm run build / next build first), served by
 * `npm run start:prod -- --demo` on a fresh test database with the demo data and demo accounts loaded.
 * scripts/test-all.sh (npm test) provides DATABASE_URL, MEILI_URL and MEILI_MASTER_KEY.
 * Chromium is Debian's (/usr/bin/chromium); Playwright downloads no browser.
 */
const missing = ["DATABASE_URL", "MEILI_URL", "MEILI_MASTER_KEY"].filter((name) => !process.env[name]);
if (missing.length) {
  throw new Error(
    `Playwright braucht ${missing.join(", ")}: eine frische Testdatenbank und ein laufendes Meilisearch. npm test (scripts/test-all.sh) stellt beides bereit.`,
  );
}

const port = Number(process.env.E2E_PORT ?? 3123);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  // multi-person flows (sign in as three users, edit, publish) on a shared 2-core machine
  timeout: 90_000,
  use: {
    baseURL,
    headless: true,
    locale: "de-DE",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    // --prod: external services only (the test database and Meilisearch), migrations, an existing build;
    // --demo: the demo knowledge base and demo accounts on the first start of this database.
    command: "node_modules/.bin/tsx scripts/start.ts --prod --demo",
    url: `${baseURL}/anmelden`,
    env: {
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-0123456789abcdef0123456789abcdef",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    // start.ts stops Next.js (its own process group) on SIGTERM; a SIGKILL would leave it running
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
