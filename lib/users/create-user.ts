import { z } from "zod";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { ROLES } from "../auth/actor";
import { hashPassword, passwordProblem } from "../auth/passwords";

export const createUserInput = z.object({
  email: z.string().trim().toLowerCase().email({ error: "erwartet eine E-Mail-Adresse" }).max(320),
  name: z.string().trim().min(1, { error: "erwartet einen Namen" }).max(200),
  role: z.enum(ROLES.filter((r) => r !== "XZUFI") as ["ADMIN", "BEV", "REVIEWER", "MIV", "KOMMUNE", "AGENT"], { error: "erwartet eine Rolle aus ADMIN, BEV, REVIEWER, MIV, KOMMUNE, AGENT" }),
  orgArs: z.string().trim().regex(/^(\d{2}|\d{12})$/, { error: "erwartet einen Regionalschlüssel mit 2 oder 12 Ziffern" }),
  password: z.string().superRefine((p, ctx) => {
    const problem = passwordProblem(p);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});

/** Which organisation kinds a role can belong to (a KOMMUNE editor works for a Kommune, a MIV for a Land). */
const ORG_KIND_OF_ROLE = { BEV: ["LAND"], REVIEWER: ["LAND", "KOMMUNE"], MIV: ["LAND"], KOMMUNE: ["KOMMUNE"], AGENT: ["LAND", "KOMMUNE", "BUND"], ADMIN: ["BUND", "LAND", "KOMMUNE"] } as const;

/** Creates a person with a password (admin CLI and demo data). */
export async function createUser(input: unknown, actor: AuditActor): Promise<{ id: string; email: string }> {
  const parsed = createUserInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Die Angaben zur Person sind ungültig.", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const { email, name, role, orgArs, password } = parsed.data;
  const org = await db().organisation.findUnique({ where: { ars: orgArs } });
  if (!org) throw new AppError("NOT_FOUND", `Keine Organisation mit dem Regionalschlüssel ${orgArs}.`);
  if (!(ORG_KIND_OF_ROLE[role] as readonly string[]).includes(org.kind)) {
    throw new AppError("VALIDATION", `Die Rolle ${role} passt nicht zu ${org.name} (${org.kind}).`, [{ path: "orgArs", message: `erwartet eine Organisation der Art ${ORG_KIND_OF_ROLE[role].join(" oder ")}` }]);
  }
  if (await db().user.findUnique({ where: { email } })) throw new AppError("CONFLICT", `Es gibt schon ein Konto mit ${email}.`);
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name, role, organisationId: org.id, passwordHash }, select: { id: true, email: true } });
    await recordAudit(tx, actor, { action: "user.create", entityType: "user", entityId: user.id, details: { email, role, orgArs } });
    return user;
  });
}
