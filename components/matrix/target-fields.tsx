"use client";

import { SelectField, TextInput } from "@/components/articles/form-controls";
import { CHANNEL_LABELS, SUPPORT_KIND_LABELS, SUPPORT_LEVEL_LABELS } from "@/components/servicecenter/labels";
import { STOERUNGSKLASSEN, STOERUNGSKLASSE_LABELS } from "@/lib/articles/vocabulary";
import type { RoutingTargetView } from "@/lib/routing/list-routing-targets";
import { fieldId, type FormErrors } from "./matrix-form-model";

const LEVEL_OPTIONS = (["SECOND", "THIRD"] as const).map((v) => ({ value: v, label: SUPPORT_LEVEL_LABELS[v] }));
const KIND_OPTIONS = (["TECHNICAL", "FACHLICH"] as const).map((v) => ({ value: v, label: SUPPORT_KIND_LABELS[v] }));
const CHANNEL_OPTIONS = (["TICKET_SYSTEM", "EMAIL", "PHONE"] as const).map((v) => ({ value: v, label: CHANNEL_LABELS[v] }));
const DEFAULT_REACTION = { BETRIEBSVERHINDERND: 2, BETRIEBSBEHINDERND: 8, LEICHT: 16 };

/** The path choice (level and kind) of a target or a restriction. */
export function PathFields({ prefix, errors, level, kind }: { prefix: string; errors: FormErrors; level?: string; kind?: string }) {
  return (
    <div className="efa-filter__fields">
      <SelectField id={fieldId(prefix, "level")} name="level" label="Ebene" options={LEVEL_OPTIONS} defaultValue={level ?? "SECOND"} error={errors.fields.level} />
      <SelectField id={fieldId(prefix, "kind")} name="kind" label="Art" options={KIND_OPTIONS} defaultValue={kind ?? "TECHNICAL"} error={errors.fields.kind} />
    </div>
  );
}

/**
 * The fields of a routing target (no <form>: the create section and the edit dialog bring their own). Values are
 * uncontrolled and read with FormData (matrix-form-model.targetPayload).
 */
export function TargetFields({ prefix, errors, target }: { prefix: string; errors: FormErrors; target?: RoutingTargetView }) {
  const hours = (which: "reaction" | "resolution", k: (typeof STOERUNGSKLASSEN)[number]) => String(target ? target.hours[k][which] : which === "reaction" ? DEFAULT_REACTION[k] : DEFAULT_REACTION[k] * 2);
  return (
    <div className="kern-stack">
      <PathFields prefix={prefix} errors={errors} level={target?.level} kind={target?.kind} />
      <TextInput id={fieldId(prefix, "name")} name="name" label="Zuständige Stelle" defaultValue={target?.name} error={errors.fields.name} hint="z. B. „Landes-Service-Desk Hessen“" />
      <div className="efa-filter__fields">
        <SelectField id={fieldId(prefix, "channel")} name="channel" label="Kanal" options={CHANNEL_OPTIONS} defaultValue={target?.channel ?? "TICKET_SYSTEM"} error={errors.fields.channel} />
        <TextInput
          id={fieldId(prefix, "contact")}
          name="contact"
          label="Kontakt"
          defaultValue={target?.contact}
          error={errors.fields.contact}
          hint="Ticketsystem: Adresse (https://…) oder E-Mail; E-Mail: Adresse; Telefon: Nummer, z. B. 0611 32-0"
        />
      </div>
      <TextInput
        id={fieldId(prefix, "serviceHours")}
        name="serviceHours"
        label="Servicezeiten"
        defaultValue={target?.serviceHours}
        error={errors.fields.serviceHours}
        hint="z. B. „Mo-Do 07:00-18:00; Fr 07:00-15:00“. Feiertage des Landes, 24.12. und 31.12. sind ausgenommen."
      />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Reaktions- und Erledigungszeit je Störungsklasse (ganze Arbeitsstunden)</legend>
        <div className="efa-filter__fields">
          {STOERUNGSKLASSEN.map((k) => (
            <TextInput key={`r-${k}`} id={fieldId(prefix, `reactionHours.${k}`)} name={`reactionHours.${k}`} label={`Reaktionszeit ${STOERUNGSKLASSE_LABELS[k]}`} defaultValue={hours("reaction", k)} error={errors.fields[`reactionHours.${k}`]} />
          ))}
        </div>
        <div className="efa-filter__fields">
          {STOERUNGSKLASSEN.map((k) => (
            <TextInput key={`e-${k}`} id={fieldId(prefix, `resolutionHours.${k}`)} name={`resolutionHours.${k}`} label={`Erledigungszeit ${STOERUNGSKLASSE_LABELS[k]}`} defaultValue={hours("resolution", k)} error={errors.fields[`resolutionHours.${k}`]} />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
