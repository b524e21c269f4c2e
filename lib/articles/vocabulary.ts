/** Words of the domain shared by forms, imports, search and export. */

/** The nine categories of the 115 Lotsenfunktion (KB-BUNDLE.md); more may be added, these must exist. */
export const CATEGORIES = ["Verfuegbarkeit", "Technik", "Anmeldung", "Registrierung", "Identifizierung", "Bezahlung", "Formular", "Verfahren", "Inhalt"] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  Verfuegbarkeit: "Verfügbarkeit",
  Technik: "Technik",
  Anmeldung: "Anmeldung",
  Registrierung: "Registrierung",
  Identifizierung: "Identifizierung",
  Bezahlung: "Bezahlung",
  Formular: "Formular",
  Verfahren: "Verfahren (Dauer, Kosten)",
  Inhalt: "Inhalt der Leistung",
};

export const ARTICLE_TYPES = ["FAQ", "WORKAROUND", "INCIDENT", "TRAINING"] as const;
export const ARTICLE_TYPE_LABELS: Record<(typeof ARTICLE_TYPES)[number], string> = {
  FAQ: "FAQ",
  WORKAROUND: "Workaround",
  INCIDENT: "Störungsmeldung",
  TRAINING: "Schulungsunterlage",
};

export const REVISION_STATUS_LABELS: Record<"DRAFT" | "IN_REVIEW" | "PUBLISHED" | "SUPERSEDED" | "REJECTED" | "ARCHIVED", string> = {
  DRAFT: "Entwurf",
  IN_REVIEW: "In Prüfung",
  PUBLISHED: "Veröffentlicht",
  SUPERSEDED: "Abgelöst",
  REJECTED: "Zurückgewiesen",
  ARCHIVED: "Archiviert",
};

export const STOERUNGSKLASSEN = ["BETRIEBSVERHINDERND", "BETRIEBSBEHINDERND", "LEICHT"] as const;
export const STOERUNGSKLASSE_LABELS: Record<(typeof STOERUNGSKLASSEN)[number], string> = {
  BETRIEBSVERHINDERND: "betriebsverhindernd",
  BETRIEBSBEHINDERND: "betriebsbehindernd",
  LEICHT: "leicht",
};
/** Reaction time per incident class in working hours (minimum requirements for EfA operation). */
export const REACTION_HOURS: Record<(typeof STOERUNGSKLASSEN)[number], number> = { BETRIEBSVERHINDERND: 2, BETRIEBSBEHINDERND: 8, LEICHT: 16 };

/** Sprechtext: what an agent reads out on the phone. */
export const MAX_SHORT_ANSWER = 600;
export const MAX_TITLE = 300;

/** A LeiKa key has 14 digits. */
export const LEIKA_KEY = /^\d{14}$/;
