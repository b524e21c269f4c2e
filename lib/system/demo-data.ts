import { readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "../db";
import type { Role } from "../auth/actor";
import { IMPORT_ACTOR } from "../audit/record-audit";
import { importBundle, type ImportReport } from "../bundle/import-bundle";
import { createUser } from "../users/create-user";

/** The demo knowledge base, built from real public-service texts (prisma/seed/README.md). */
export const DEMO_BUNDLE_PATH = "prisma/seed/demo-bundle.json";
/** Password of every demo account (README); only for the demo data of a local start. */
export const DEMO_PASSWORD = "demo-passwort-2026";

interface DemoAccount {
  email: string;
  name: string;
  role: Exclude<Role, "XZUFI">;
  /** picks the organisation from the demo bundle's data */
  org: "operator" | "coUser" | "kommune";
}

/** One account per role. BEV and QS work for the operating Land, MiV and agents for a co-using Land. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@efa-wissen.example", name: "Alex Admin", role: "ADMIN", org: "operator" },
  { email: "bev@efa-wissen.example", name: "Berit Betrieb (BeV)", role: "BEV", org: "operator" },
  { email: "pruefung@efa-wissen.example", name: "Paul Prüfer (QS)", role: "REVIEWER", org: "operator" },
  { email: "miv@efa-wissen.example", name: "Mira Mitnutzung (MiV)", role: "MIV", org: "coUser" },
  { email: "kommune@efa-wissen.example", name: "Kai Kommune", role: "KOMMUNE", org: "kommune" },
  { email: "agent@efa-wissen.example", name: "Aylin Agentin (115)", role: "AGENT", org: "coUser" },
];

const DEMO_STATE_KEY = "demo.loadedAt";

/** Whether the demo data was ever loaded into this database (then it is never loaded again). */
export async function isDemoLoaded(): Promise<boolean> {
  return (await db().systemState.findUnique({ where: { key: DEMO_STATE_KEY } })) !== null;
}

/** Loads the demo bundle (through the normal import) and the demo accounts; marks the database as seeded. */
export async function loadDemoData(root = process.cwd(), onProgress?: (done: number, total: number) => void): Promise<{ report: ImportReport; accounts: string[] }> {
  const bundle: unknown = JSON.parse(await readFile(path.join(root, DEMO_BUNDLE_PATH), "utf8"));
  const report = await importBundle(bundle, { actor: IMPORT_ACTOR, onProgress });
  const orgs = await demoOrganisations();
  const accounts: string[] = [];
  for (const a of DEMO_ACCOUNTS) {
    if (await db().user.findUnique({ where: { email: a.email } })) continue;
    await createUser({ email: a.email, name: a.name, role: a.role, orgArs: orgs[a.org], password: DEMO_PASSWORD }, { id: null, label: "Demodaten" });
    accounts.push(a.email);
  }
  await db().systemState.upsert({ where: { key: DEMO_STATE_KEY }, create: { key: DEMO_STATE_KEY, value: new Date().toISOString() }, update: {} });
  return { report, accounts };
}

/** The demo organisations: the operator of the first service, its first co-using Land and a Kommune there. */
async function demoOrganisations(): Promise<Record<DemoAccount["org"], string>> {
  const service = await db().onlineService.findFirst({
    orderBy: { key: "asc" },
    include: { operator: true, coUsers: { include: { organisation: { include: { children: { orderBy: { ars: "asc" } } } } }, orderBy: { organisation: { ars: "asc" } } } },
  });
  const land = service?.coUsers.find((c) => c.organisation.children.length > 0)?.organisation;
  const kommune = land?.children[0];
  if (!service || !land || !kommune) throw new Error("Die Demodaten brauchen einen Dienst mit einem mitnutzenden Land, das Kommunen hat.");
  return { operator: service.operator.ars, coUser: land.ars, kommune: kommune.ars };
}
