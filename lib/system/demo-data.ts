import { readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "../db";
import type { Role } from "../auth/actor";
import { IMPORT_ACTOR } from "../audit/record-audit";
import { importBundle, type ImportReport } from "../bundle/import-bundle";
import { loadDemoEvents } from "../reports/load-demo-events";
import { createUser } from "../users/create-user";

/** The demo knowledge base, built from real public-service texts (prisma/seed/README.md). */
export const DEMO_BUNDLE_PATH = "prisma/seed/demo-bundle.json";
/** Password of every demo account (README); only for the demo data of a local start. */
export const DEMO_PASSWORD = "demo-passwort-2026";

interface DemoAccount {
  email: string;
  name: string;
  role: Exclude<Role, "XZUFI">;
  /** organisation in the demo bundle */
  orgArs: string;
}

/**
 * One account per role. BeV and QS work for Bremen, which operates Elterngeld digital; MiV and the agent
 * for Hessen, which co-uses it and is hit by the demo's active incident; the Kommune editor for Frankfurt.
 * Hessen has its own QS as well: a Land variant is published by a second person of the same Land.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@efa-wissen.example", name: "Alex Admin", role: "ADMIN", orgArs: "04" },
  { email: "bev@efa-wissen.example", name: "Berit Betrieb (BeV)", role: "BEV", orgArs: "04" },
  { email: "pruefung@efa-wissen.example", name: "Paul Prüfer (QS)", role: "REVIEWER", orgArs: "04" },
  { email: "miv@efa-wissen.example", name: "Mira Mitnutzung (MiV)", role: "MIV", orgArs: "06" },
  { email: "pruefung-hessen@efa-wissen.example", name: "Hanna Prüfung (QS Hessen)", role: "REVIEWER", orgArs: "06" },
  { email: "kommune@efa-wissen.example", name: "Kai Kommune", role: "KOMMUNE", orgArs: "064120000000" },
  { email: "agent@efa-wissen.example", name: "Aylin Agentin (115)", role: "AGENT", orgArs: "06" },
];

const DEMO_STATE_KEY = "demo.loadedAt";

/** Whether the demo data was ever loaded into this database (then it is never loaded again). */
export async function isDemoLoaded(): Promise<boolean> {
  return (await db().systemState.findUnique({ where: { key: DEMO_STATE_KEY } })) !== null;
}

/**
 * Loads the demo bundle (through the normal import), the demo accounts and a month of search and feedback
 * events for the S6 report (lib/reports/load-demo-events.ts); marks the database as seeded.
 */
export async function loadDemoData(root = process.cwd(), onProgress?: (done: number, total: number) => void): Promise<{ report: ImportReport; accounts: string[]; events: { searches: number; feedback: number } }> {
  const bundle: unknown = JSON.parse(await readFile(path.join(root, DEMO_BUNDLE_PATH), "utf8"));
  const report = await importBundle(bundle, { actor: IMPORT_ACTOR, onProgress });
  const accounts: string[] = [];
  for (const a of DEMO_ACCOUNTS) {
    if (await db().user.findUnique({ where: { email: a.email } })) continue;
    await createUser({ email: a.email, name: a.name, role: a.role, orgArs: a.orgArs, password: DEMO_PASSWORD }, { id: null, label: "Demodaten" });
    accounts.push(a.email);
  }
  const events = await loadDemoEvents(db(), new Date());
  await db().systemState.upsert({ where: { key: DEMO_STATE_KEY }, create: { key: DEMO_STATE_KEY, value: new Date().toISOString() }, update: {} });
  return { report, accounts, events };
}
