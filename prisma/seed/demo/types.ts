// Types of the KB bundle (format "kb-bundle", version 1) as far as the demo bundle uses them.
// The authoritative description is shared/KB-BUNDLE.md; these types only keep the generator honest.

export const CATEGORIES = [
  "Verfuegbarkeit",
  "Technik",
  "Anmeldung",
  "Registrierung",
  "Identifizierung",
  "Bezahlung",
  "Formular",
  "Verfahren",
  "Inhalt",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const ARTICLE_TYPES = ["FAQ", "WORKAROUND", "INCIDENT", "TRAINING"] as const;
export type ArticleType = (typeof ARTICLE_TYPES)[number];

export type BundleStatus = "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED";
export type Stoerungsklasse = "BETRIEBSVERHINDERND" | "BETRIEBSBEHINDERND" | "LEICHT";
export type OrgKind = "BUND" | "LAND" | "KOMMUNE";
export type ChangeMode = "replace" | "append";

export interface BundleOrganisation {
  ars: string;
  name: string;
  kind: OrgKind;
  parentArs?: string;
}

export interface BundleLeistung {
  leikaKey: string;
  name: string;
}

export interface BundleService {
  key: string;
  name: string;
  operatorArs: string;
  coUserArs: string[];
  url: string;
  leistungen: BundleLeistung[];
}

export interface BundleIncident {
  severity: Stoerungsklasse;
  startedAt: string;
  resolvedAt: string | null;
  affectedArs: string[];
}

export interface BundleArticle {
  key: string;
  service: string;
  type: ArticleType;
  title: string;
  shortAnswer: string;
  bodyHtml: string;
  keywords: string[];
  categories: Category[];
  leikaKeys: string[];
  validFrom: string;
  validUntil: string | null;
  reviewDue: string;
  status: BundleStatus;
  incident: BundleIncident | null;
}

export interface TextChange {
  mode: ChangeMode;
  text: string;
}
export interface HtmlChange {
  mode: ChangeMode;
  html: string;
}
export interface ItemsChange<T extends string = string> {
  mode: ChangeMode;
  items: T[];
}

export interface VariantChanges {
  title?: TextChange;
  shortAnswer?: TextChange;
  bodyHtml?: HtmlChange;
  keywords?: ItemsChange;
  categories?: ItemsChange<Category>;
}

export interface BundleVariant {
  key: string;
  parent: string;
  regionArs: string;
  changes: VariantChanges;
  status: BundleStatus;
}

export type SupportLevel = "SECOND" | "THIRD";
export type SupportKind = "TECHNICAL" | "FACHLICH";
export type Channel = "TICKET_SYSTEM" | "EMAIL" | "PHONE";
export type HoursByKlasse = Record<Stoerungsklasse, number>;

export interface BundleRoutingTarget {
  service: string;
  regionArs: string | null;
  level: SupportLevel;
  kind: SupportKind;
  name: string;
  channel: Channel;
  contact: string;
  serviceHours: string;
  reactionHours: HoursByKlasse;
  resolutionHours: HoursByKlasse;
}

export interface KbBundle {
  format: "kb-bundle";
  version: 1;
  organisations: BundleOrganisation[];
  services: BundleService[];
  articles: BundleArticle[];
  variants: BundleVariant[];
  routingTargets: BundleRoutingTarget[];
  synonyms: string[][];
}

/** What an article author writes; the builder fills in service, dates and defaults. */
export interface ArticleDraft {
  key: string;
  type: ArticleType;
  title: string;
  shortAnswer: string;
  bodyHtml: string;
  keywords: string[];
  categories: Category[];
  leikaKeys?: string[];
  status?: BundleStatus;
  incident?: BundleIncident;
  validFrom?: string;
  reviewDue?: string;
}
