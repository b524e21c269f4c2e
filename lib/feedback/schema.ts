import { z } from "zod";

export const FEEDBACK_OUTCOMES = ["GELOEST", "NICHT_GELOEST", "WEITERGELEITET"] as const;
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number];

export const FEEDBACK_OUTCOME_LABELS: Record<FeedbackOutcome, string> = {
  GELOEST: "Hat geholfen",
  NICHT_GELOEST: "Nicht gelöst",
  WEITERGELEITET: "Weitergeleitet",
};

/** Longest reason an agent can give for "Nicht gelöst". */
export const MAX_FEEDBACK_REASON = 500;

const id = (what: string) => z.string({ error: `${what} fehlt.` }).trim().min(1, { error: `${what} fehlt.` }).max(40, { error: `${what} ist ungültig.` });

/**
 * Body of POST /api/feedback: the article and revision shown, the region it was shown for, the outcome, and
 * what belongs to it: an optional reason for "Nicht gelöst", the routing target for "Weitergeleitet".
 */
export const feedbackInputSchema = z
  .strictObject(
    {
    articleId: id("Der Artikel"),
    revisionId: id("Die gezeigte Fassung (revisionId)"),
    region: z.string({ error: "Die Region fehlt." }).trim().regex(/^\d{2}(\d{10})?$/, { error: "Die Region ist ein Regionalschlüssel (ARS) mit 2 oder 12 Ziffern." }),
    outcome: z.enum(FEEDBACK_OUTCOMES, { error: "Bitte wählen: Hat geholfen, Nicht gelöst oder Weitergeleitet." }),
    reason: z.string({ error: "Der Grund ist ein Text." }).trim().max(MAX_FEEDBACK_REASON, { error: `Der Grund ist zu lang (höchstens ${MAX_FEEDBACK_REASON} Zeichen).` }).optional(),
    routingTargetId: id("Das Weiterleitungsziel").optional(),
    searchEventId: z.string({ error: "searchEventId ist eine Zahl." }).regex(/^\d{1,18}$/, { error: "searchEventId ist eine Zahl." }).optional(),
    },
    { error: (iss) => (iss.code === "unrecognized_keys" ? `Unbekannte Angabe: ${iss.keys.join(", ")}.` : "Die Rückmeldung ist ein JSON-Objekt.") },
  )
  .superRefine((v, ctx) => {
    if (v.outcome === "WEITERGELEITET" && !v.routingTargetId) ctx.addIssue({ code: "custom", path: ["routingTargetId"], message: "Bitte wählen, an wen weitergeleitet wurde." });
    if (v.outcome !== "WEITERGELEITET" && v.routingTargetId) ctx.addIssue({ code: "custom", path: ["routingTargetId"], message: "Ein Weiterleitungsziel gehört nur zu „Weitergeleitet“." });
    if (v.outcome !== "NICHT_GELOEST" && v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Einen Grund gibt es nur bei „Nicht gelöst“." });
  });
export type FeedbackInput = z.output<typeof feedbackInputSchema>;
