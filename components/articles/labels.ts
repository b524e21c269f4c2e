import { REVISION_STATUS_LABELS } from "@/lib/articles/vocabulary";
import type { ArticleState } from "@/lib/articles/list-articles";

/** German names of the list states (lib/articles/list-articles.ts). */
export const ARTICLE_STATE_LABELS: Record<ArticleState, string> = {
  ENTWURF: "Entwurf",
  IN_PRUEFUNG: "In Prüfung",
  ZURUECKGEWIESEN: "Zurückgewiesen",
  VEROEFFENTLICHT: "Veröffentlicht",
  ARCHIVIERT: "Archiviert",
};

type RevisionStatus = keyof typeof REVISION_STATUS_LABELS;

function isRevisionStatus(value: string): value is RevisionStatus {
  return Object.hasOwn(REVISION_STATUS_LABELS, value);
}

/** A revision status as German text; unknown values are shown as they are. */
export function revisionStatusLabel(status: string): string {
  return isRevisionStatus(status) ? REVISION_STATUS_LABELS[status] : status;
}

const AUDIT_ACTIONS: Record<string, string> = {
  "article.create": "Artikel angelegt",
  "article.save": "Entwurf gespeichert",
  "article.submit": "Zur Prüfung gegeben",
  "article.publish": "Freigegeben und veröffentlicht",
  "article.reject": "Zurückgewiesen",
  "article.archive": "Archiviert",
  "article.restore": "Frühere Version als Entwurf wiederhergestellt",
  "incident.publish-now": "Störungsmeldung sofort veröffentlicht",
  "incident.confirm": "Störungsmeldung nachträglich geprüft und bestätigt",
  "incident.resolve": "Störung als behoben markiert",
  "variant.create": "Variante angelegt",
  "organisation.create": "Organisation angelegt",
  "organisation.update": "Organisation geändert",
  "service.create": "Onlinedienst angelegt",
  "service.update": "Onlinedienst geändert",
  "routing-target.create": "Routingziel angelegt",
  "routing-target.update": "Routingziel geändert",
  "synonyms.create": "Synonymgruppe angelegt",
  "user.create": "Benutzerkonto angelegt",
};

/** Prefixes for the action filter of the global audit log. */
export const AUDIT_ACTION_GROUPS: readonly { prefix: string; label: string }[] = [
  { prefix: "article.", label: "Artikel" },
  { prefix: "incident.", label: "Störungsmeldungen" },
  { prefix: "variant.", label: "Varianten" },
  { prefix: "service.", label: "Onlinedienste" },
  { prefix: "organisation.", label: "Organisationen" },
  { prefix: "routing-target.", label: "Routingziele" },
  { prefix: "synonyms.", label: "Synonyme" },
  { prefix: "user.", label: "Benutzerkonten" },
];

/**
 * An audit action code in German words. Imports carry the imported status in the code
 * (article.import.published); codes not known here are named as "Aktion …" rather than hidden.
 */
export function auditActionLabel(action: string): string {
  const known = AUDIT_ACTIONS[action];
  if (known) return known;
  const imported = /^(article|variant)\.import\.([a-z_]+)$/.exec(action);
  if (imported?.[1] && imported[2]) {
    const what = imported[1] === "article" ? "Artikel" : "Variante";
    return `${what} aus Wissenspaket importiert (${revisionStatusLabel(imported[2].toUpperCase())})`;
  }
  return `Aktion „${action}“`;
}
