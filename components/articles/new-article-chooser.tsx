import { ARTICLE_TYPE_LABELS, ARTICLE_TYPES } from "@/lib/articles/vocabulary";
import { ChoiceGroup, SelectField } from "./form-controls";

const TYPE_NOTES: Record<(typeof ARTICLE_TYPES)[number], string> = {
  FAQ: "Eine häufige Frage mit Antwort.",
  WORKAROUND: "Ein Weg, der trotz eines Fehlers zum Ziel führt.",
  INCIDENT: "Eine Störung des Onlinedienstes; kann sofort veröffentlicht werden.",
  TRAINING: "Hintergrundwissen für das Servicecenter.",
};

interface NewArticleChooserProps {
  services: { id: string; name: string }[];
  serviceId?: string;
  type?: string;
}

/** Step 1 of a new article: service and type, as a GET form (works without JavaScript). */
export function NewArticleChooser({ services, serviceId, type }: NewArticleChooserProps) {
  return (
    <form method="get" action="/artikel/neu" className="kern-stack-lg">
      <SelectField
        id="neu-dienst"
        name="dienst"
        label="Onlinedienst"
        options={services.map((s) => ({ value: s.id, label: s.name }))}
        defaultValue={serviceId}
        hint="Die Onlinedienste, die Ihr Land betreibt."
      />
      <ChoiceGroup
        id="neu-typ"
        name="typ"
        legend="Art des Artikels"
        kind="radio"
        choices={ARTICLE_TYPES.map((t) => ({ value: t, label: ARTICLE_TYPE_LABELS[t], note: TYPE_NOTES[t] }))}
        defaultValues={[type ?? "FAQ"]}
      />
      <div>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Weiter zum Formular</span>
        </button>
      </div>
    </form>
  );
}
