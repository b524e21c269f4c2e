import { z } from "zod";
import { STOERUNGSKLASSEN, STOERUNGSKLASSE_LABELS } from "../articles/vocabulary";
import type { Problem } from "../errors";
import { formatServiceHours, parseServiceHours, SERVICE_HOURS_EXAMPLE } from "../matrix/service-hours";

/**
 * Input of the Kommunikationsmatrix (issue 8, EfA S2/S8) with German field errors. Pure. The shape follows
 * the routing targets of the kb-bundle (lib/bundle/schema.ts): hours per Störungsklasse as whole working hours.
 * A resolution time shorter than the reaction time is rejected: a ticket cannot be solved before anyone reacts.
 */

export const CHANNELS = ["TICKET_SYSTEM", "EMAIL", "PHONE"] as const;
export const LEVELS = ["SECOND", "THIRD"] as const;
export const KINDS = ["TECHNICAL", "FACHLICH"] as const;
export const MAX_WORKING_HOURS = 2000;

export type Klasse = (typeof STOERUNGSKLASSEN)[number];

const serviceKey = z.string({ error: "Bitte einen Onlinedienst wählen." }).trim().min(1, { error: "Bitte einen Onlinedienst wählen." }).max(120, { error: "Unbekannter Onlinedienst." });
const landArs = z.string({ error: "Bitte ein Land angeben." }).regex(/^\d{2}$/, { error: "Erwartet den zweistelligen Regionalschlüssel eines Landes, z. B. 06 für Hessen." });
const level = z.enum(LEVELS, { error: "Bitte die Ebene wählen: Second Level oder Third Level." });
const kind = z.enum(KINDS, { error: "Bitte die Art wählen: technisch oder fachlich." });

const workingHours = (what: string) =>
  z
    .number({ error: `Bitte die ${what} in ganzen Arbeitsstunden angeben.` })
    .int({ error: `Die ${what} ist eine ganze Zahl von Arbeitsstunden (ohne Komma).` })
    .min(1, { error: `Die ${what} muss mindestens 1 Arbeitsstunde betragen.` })
    .max(MAX_WORKING_HOURS, { error: `Die ${what} beträgt höchstens ${MAX_WORKING_HOURS} Arbeitsstunden.` });

const perKlasse = (what: string) =>
  z.object(
    {
      BETRIEBSVERHINDERND: workingHours(`${what} für „${STOERUNGSKLASSE_LABELS.BETRIEBSVERHINDERND}“`),
      BETRIEBSBEHINDERND: workingHours(`${what} für „${STOERUNGSKLASSE_LABELS.BETRIEBSBEHINDERND}“`),
      LEICHT: workingHours(`${what} für „${STOERUNGSKLASSE_LABELS.LEICHT}“`),
    },
    { error: `Bitte die ${what} je Störungsklasse angeben.` },
  );

const targetShape = z.object({
  level,
  kind,
  name: z.string({ error: "Bitte den Namen der zuständigen Stelle angeben." }).trim().min(1, { error: "Bitte den Namen der zuständigen Stelle angeben." }).max(200, { error: "Der Name hat höchstens 200 Zeichen." }),
  channel: z.enum(CHANNELS, { error: "Unbekannter Kanal – bitte Ticketsystem, E-Mail oder Telefon wählen." }),
  contact: z.string({ error: "Bitte die Kontaktadresse angeben." }).trim().min(1, { error: "Bitte die Kontaktadresse angeben." }).max(500, { error: "Die Kontaktadresse hat höchstens 500 Zeichen." }),
  serviceHours: z.string({ error: `Bitte die Servicezeiten angeben, z. B. „${SERVICE_HOURS_EXAMPLE}“.` }).max(300, { error: "Die Servicezeiten haben höchstens 300 Zeichen." }),
  reactionHours: perKlasse("Reaktionszeit"),
  resolutionHours: perKlasse("Erledigungszeit"),
});

/** A new routing target: the service and the Land (null or missing = the base matrix of the operating Land). */
export const createTargetSchema = targetShape.extend({ serviceKey, regionArs: landArs.nullish() });
/** A changed routing target: service and region stay; everything else is replaced. */
export const updateTargetSchema = targetShape;

export type TargetFields = z.output<typeof targetShape>;
export type CreateTargetInput = z.output<typeof createTargetSchema>;

export const restrictionSchema = z.object({
  serviceKey,
  regionArs: landArs,
  level,
  kind,
  reason: z.string({ error: "Bitte kurz begründen, warum dieser Weg nicht zulässig ist." }).trim().min(1, { error: "Bitte kurz begründen, warum dieser Weg nicht zulässig ist." }).max(300, { error: "Die Begründung hat höchstens 300 Zeichen." }),
});
export type RestrictionInput = z.output<typeof restrictionSchema>;

const EMAIL = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[A-Za-z]{2,}$/;

/** Whether the contact fits the channel; a German message for the field "contact" if not. */
export function contactProblem(channel: (typeof CHANNELS)[number], contact: string): string | null {
  const c = contact.trim();
  if (channel === "EMAIL") return EMAIL.test(c) ? null : `„${c}“ ist keine E-Mail-Adresse – erwartet z. B. „leitstelle@land.example“.`;
  if (channel === "PHONE") {
    const digits = c.replace(/[\s/().-]/g, "");
    return /^[\d\s/().+-]+$/.test(c) && /^(\+|0)\d{5,19}$/.test(digits) ? null : `„${c}“ ist keine plausible Telefonnummer – erwartet z. B. „0611 32-0“ oder „+49 611 32-0“.`;
  }
  if (EMAIL.test(c)) return null;
  try {
    const url = new URL(c);
    if ((url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".")) return null;
  } catch {
    // not a URL: the message below
  }
  return `„${c}“ ist weder die Adresse (https://…) noch die E-Mail-Adresse eines Ticketsystems.`;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Problems of the zod parse with their field path ("reactionHours.LEICHT"), first message per field. */
function zodProblems(error: z.ZodError): Problem[] {
  const seen = new Set<string>();
  return error.issues.flatMap((i) => {
    const path = i.path.map(String).join(".") || "form";
    if (seen.has(path)) return [];
    seen.add(path);
    return [{ path, message: i.message }];
  });
}

/**
 * Checks a routing target beyond its shape: service hours that parse (no overlapping or inverted ranges), the
 * contact fits the channel, resolution not before reaction. Returns the fields with canonical service hours.
 */
function checkTarget<T extends TargetFields>(value: T): Parsed<T> {
  const problems: Problem[] = [];
  const hours = parseServiceHours(value.serviceHours);
  if (!hours.ok) problems.push({ path: "serviceHours", message: hours.errors.join(" ") });
  const contact = contactProblem(value.channel, value.contact);
  if (contact) problems.push({ path: "contact", message: contact });
  for (const k of STOERUNGSKLASSEN) {
    if (value.resolutionHours[k] < value.reactionHours[k]) {
      problems.push({ path: `resolutionHours.${k}`, message: `Die Erledigungszeit für „${STOERUNGSKLASSE_LABELS[k]}“ (${value.resolutionHours[k]} h) ist kürzer als die Reaktionszeit (${value.reactionHours[k]} h); sie muss mindestens so lang sein.` });
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { ...value, contact: value.contact.trim(), serviceHours: hours.ok ? formatServiceHours(hours.hours) : value.serviceHours } };
}

/** Parses and checks the input of a new routing target. */
export function parseCreateTarget(input: unknown): Parsed<CreateTargetInput> {
  const parsed = createTargetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: withTargetChecks(input, zodProblems(parsed.error)) };
  return checkTarget(parsed.data);
}

/** Parses and checks the input of a changed routing target. */
export function parseUpdateTarget(input: unknown): Parsed<TargetFields> {
  const parsed = updateTargetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: withTargetChecks(input, zodProblems(parsed.error)) };
  return checkTarget(parsed.data);
}

/** When the shape fails, still report service hours and contact problems, so the form shows every error at once. */
function withTargetChecks(input: unknown, problems: Problem[]): Problem[] {
  const fields = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const has = (path: string) => problems.some((p) => p.path === path);
  if (typeof fields.serviceHours === "string" && !has("serviceHours")) {
    const hours = parseServiceHours(fields.serviceHours);
    if (!hours.ok) problems.push({ path: "serviceHours", message: hours.errors.join(" ") });
  }
  if (typeof fields.contact === "string" && fields.contact.trim() && !has("contact") && !has("channel") && (CHANNELS as readonly unknown[]).includes(fields.channel)) {
    const contact = contactProblem(fields.channel as (typeof CHANNELS)[number], fields.contact);
    if (contact) problems.push({ path: "contact", message: contact });
  }
  return problems;
}

/** Parses a restriction (a path not allowed for a Land). */
export function parseRestriction(input: unknown): Parsed<RestrictionInput> {
  const parsed = restrictionSchema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: zodProblems(parsed.error) };
}
