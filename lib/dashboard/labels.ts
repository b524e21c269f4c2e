import type { ArticleType, RevisionStatus, Stoerungsklasse } from "../../generated/prisma/enums";

/** German names of domain values shown on the start pages. */
export const ARTICLE_TYPE_LABELS: Record<ArticleType, string> = {
  FAQ: "FAQ",
  WORKAROUND: "Workaround",
  INCIDENT: "Störungsmeldung",
  TRAINING: "Schulungshinweis",
};

export const REVISION_STATUS_LABELS: Record<RevisionStatus, string> = {
  DRAFT: "Entwurf",
  IN_REVIEW: "In Prüfung",
  PUBLISHED: "Veröffentlicht",
  SUPERSEDED: "Abgelöst",
  REJECTED: "Zurückgewiesen",
  ARCHIVED: "Archiviert",
};

export const STOERUNGSKLASSE_LABELS: Record<Stoerungsklasse, string> = {
  BETRIEBSVERHINDERND: "betriebsverhindernd",
  BETRIEBSBEHINDERND: "betriebsbehindernd",
  LEICHT: "leicht",
};

/** Most severe first: the order agents should see incidents in. */
export const STOERUNGSKLASSE_RANK: Record<Stoerungsklasse, number> = {
  BETRIEBSVERHINDERND: 0,
  BETRIEBSBEHINDERND: 1,
  LEICHT: 2,
};
