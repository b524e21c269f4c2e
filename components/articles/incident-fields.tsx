import { REACTION_HOURS, STOERUNGSKLASSE_LABELS, STOERUNGSKLASSEN } from "@/lib/articles/vocabulary";
import { FIELD_ID, type ArticleFormOptions, type FieldErrors, type IncidentFormInitial } from "./article-form-model";
import { isoToBerlinLocal } from "./berlin-time";
import { ChoiceGroup, SelectField, TextInput } from "./form-controls";

const KLASSE_MEANING: Record<(typeof STOERUNGSKLASSEN)[number], string> = {
  BETRIEBSVERHINDERND: "Der Dienst ist nicht nutzbar",
  BETRIEBSBEHINDERND: "Der Dienst ist erheblich beeinträchtigt",
  LEICHT: "Geringe Beeinträchtigung",
};

const KLASSE_CHOICES = STOERUNGSKLASSEN.map((k) => ({
  value: k,
  label: STOERUNGSKLASSE_LABELS[k],
  note: `${KLASSE_MEANING[k]}; Reaktionszeit ${REACTION_HOURS[k]} Arbeitsstunden.`,
}));

interface IncidentFieldsProps {
  initial: IncidentFormInitial | null;
  options: Pick<ArticleFormOptions, "laender" | "workarounds">;
  fieldErrors: FieldErrors;
}

/** The extra fields of a Störungsmeldung: class, time span, affected Länder, workaround. Times in German time. */
export function IncidentFields({ initial, options, fieldErrors }: IncidentFieldsProps) {
  return (
    <section className="kern-stack-lg" aria-labelledby="artikel-abschnitt-stoerung">
      <h2 className="kern-heading-medium" id="artikel-abschnitt-stoerung">
        Störung
      </h2>
      <ChoiceGroup
        id={FIELD_ID["incident.klasse"]}
        name="klasse"
        legend="Störungsklasse"
        kind="radio"
        choices={KLASSE_CHOICES}
        defaultValues={initial?.klasse ? [initial.klasse] : []}
        error={fieldErrors["incident.klasse"]}
        hint="Die Klasse bestimmt, wie schnell die Betriebsverantwortung reagieren muss."
      />
      <TextInput
        id={FIELD_ID["incident.startedAt"]}
        name="startedAt"
        type="datetime-local"
        label="Beginn"
        defaultValue={isoToBerlinLocal(initial?.startedAt)}
        error={fieldErrors["incident.startedAt"]}
        hint="Datum und Uhrzeit (deutsche Zeit), seit der die Störung besteht."
      />
      <ChoiceGroup
        id={FIELD_ID["incident.affectedArs"]}
        name="affectedArs"
        legend="Betroffene Länder"
        kind="checkbox"
        isOptional
        choices={options.laender.map((l) => ({ value: l.ars, label: `${l.name}${l.isOperator ? " (betreibendes Land)" : ""}` }))}
        defaultValues={initial?.affectedArs ?? []}
        error={fieldErrors["incident.affectedArs"]}
        hint="Ohne Auswahl gilt die Störung für alle Länder, die den Onlinedienst nutzen."
      />
      <SelectField
        id={FIELD_ID["incident.workaroundArticleId"]}
        name="workaroundArticleId"
        label="Workaround"
        isOptional
        options={[{ value: "", label: "Kein Workaround" }, ...options.workarounds.map((w) => ({ value: w.id, label: w.title }))]}
        defaultValue={initial?.workaroundArticleId ?? ""}
        error={fieldErrors["incident.workaroundArticleId"]}
        hint={
          options.workarounds.length === 0
            ? "Zu diesem Onlinedienst gibt es noch keinen Workaround."
            : "Ein Workaround, den das Servicecenter Anrufenden anbieten kann, solange die Störung besteht."
        }
      />
      <TextInput
        id={FIELD_ID["incident.resolvedAt"]}
        name="resolvedAt"
        type="datetime-local"
        label="Behoben"
        isOptional
        defaultValue={isoToBerlinLocal(initial?.resolvedAt)}
        error={fieldErrors["incident.resolvedAt"]}
        hint="Erst ausfüllen, wenn die Störung behoben ist: Ab diesem Zeitpunkt wird sie nicht mehr als aktiv angezeigt."
      />
    </section>
  );
}
