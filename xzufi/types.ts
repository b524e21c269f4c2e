import type { BegriffTypCode, LeikaTextmodulCode } from "./constants";

/** The converter's DTOs: what a transfer document says, without Prisma or HTTP (STYLE.md layout). */

export interface Identifikator {
  value: string;
  schemeAgencyID: string;
  schemeID: string;
}

/** xs:date strings (YYYY-MM-DD); either may be missing. */
export interface Zeitraum {
  beginn: string | null;
  ende: string | null;
}

export interface TextModul {
  code: LeikaTextmodulCode;
  /** plain text for 02, HTML (allowed tags only) for the others; written escaped */
  inhalt: string;
}

export interface BegriffImKontext {
  begriff: string;
  typ: BegriffTypCode;
}

export interface Auskunftshinweis {
  /** HTML (allowed tags only) */
  inhalt: string;
  gueltigkeit: Zeitraum | null;
}

/** One Leistungsbeschreibung as written in schreibe. */
export interface XzufiLeistung {
  id: Identifikator;
  leikaKey: string;
  /** one per code, in code order */
  texte: TextModul[];
  begriffe: BegriffImKontext[];
  fachlicheFreigabe: { am: string; durch: string } | null;
  auskunftshinweise: Auskunftshinweis[];
  gebiet: { value: string; schemeID: string };
  /** the version is written by the writer: the start of the hash of everything else */
  versionsinformation: {
    erstelltDatumZeit: string;
    erstelltDurch: string;
    geaendertDatumZeit: string;
    geaendertDurch: string;
  };
}

export interface Nachrichtenkopf {
  nachrichtUUID: string;
  erstelltDatumZeit: string;
  sender: string;
}

export interface DocumentHead {
  produktversion: string;
  kopf: Nachrichtenkopf;
}
