import { z } from "zod";
import { AppError } from "../errors";

const querySchema = z.object({
  service: z.string({ error: "Bitte den Onlinedienst angeben (service=…)." }).trim().min(1, { error: "Bitte den Onlinedienst angeben (service=…)." }).max(120, { error: "Unbekannter Onlinedienst." }),
  land: z.string().regex(/^\d{2}$/, { error: "Erwartet den zweistelligen Regionalschlüssel eines Landes, z. B. 06." }).optional(),
  format: z.enum(["csv", "json"], { error: "Erwartet format=csv oder format=json." }).optional(),
});

/** The query of the matrix read and export routes (?service=&land=&format=), or a German VALIDATION error. */
export function parseMatrixQuery(params: URLSearchParams): z.output<typeof querySchema> {
  const parsed = querySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw new AppError("VALIDATION", "Die Anfrage ist unvollständig.", parsed.error.issues.map((i) => ({ path: i.path.join(".") || "query", message: i.message })));
  return parsed.data;
}
