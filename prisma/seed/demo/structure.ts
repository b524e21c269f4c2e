// Organisations, online services, Kommunikationsmatrix and synonyms of the demo knowledge base.
// The constellation (who operates and co-uses which service) is fictitious demo data; ARS and
// LeiKa keys are real.

import type { Corpus } from "./corpus";
import type { BundleOrganisation, BundleRoutingTarget, BundleService, HoursByKlasse, SupportKind, SupportLevel, Channel } from "./types";

export const ARS = {
  bremen: "04",
  nrw: "05",
  koeln: "053150000000",
  duesseldorf: "051110000000",
  hessen: "06",
  frankfurt: "064120000000",
  wiesbaden: "064140000000",
  bayern: "09",
  muenchen: "091620000000",
  nuernberg: "095640000000",
} as const;

/** Every Land before its Kommunen. No Bund organisation: no demo article or service belongs to the Bund. */
export const organisations: BundleOrganisation[] = [
  { ars: ARS.bremen, name: "Freie Hansestadt Bremen", kind: "LAND" },
  { ars: ARS.nrw, name: "Land Nordrhein-Westfalen", kind: "LAND" },
  { ars: ARS.duesseldorf, name: "Landeshauptstadt Düsseldorf", kind: "KOMMUNE", parentArs: ARS.nrw },
  { ars: ARS.koeln, name: "Stadt Köln", kind: "KOMMUNE", parentArs: ARS.nrw },
  { ars: ARS.hessen, name: "Land Hessen", kind: "LAND" },
  { ars: ARS.frankfurt, name: "Stadt Frankfurt am Main", kind: "KOMMUNE", parentArs: ARS.hessen },
  { ars: ARS.wiesbaden, name: "Landeshauptstadt Wiesbaden", kind: "KOMMUNE", parentArs: ARS.hessen },
  { ars: ARS.bayern, name: "Freistaat Bayern", kind: "LAND" },
  { ars: ARS.muenchen, name: "Landeshauptstadt München", kind: "KOMMUNE", parentArs: ARS.bayern },
  { ars: ARS.nuernberg, name: "Stadt Nürnberg", kind: "KOMMUNE", parentArs: ARS.bayern },
];

export const SERVICE = {
  elterngeld: "elterngeld-digital",
  uvg: "unterhaltsvorschuss-online",
  wohnsitz: "wohnsitzanmeldung-online",
  gewerbe: "gewerbe-service-online",
} as const;

export const LEIKA = {
  elterngeld: "99041008000000",
  unterhaltsvorschuss: "99107021000000",
  wohnsitzAnmeldung: "99115005104000",
  hauptwohnsitz: "99115005104001",
  meldebestaetigung: "99115003012000",
  ausweisAdresse: "99008001011001",
  gewerbeAnmeldung: "99050012104000",
  gewerbeUmmeldung: "99050012071000",
  gewerbeAbmeldung: "99050012070000",
} as const;

function requireLeika(corpus: Corpus, munichId: string, expected: string): string {
  const s = corpus.munich(munichId);
  if (s.leika !== expected) {
    throw new Error(`LeiKa-Schlüssel von "${s.name}" (${munichId}) im Korpus ist ${s.leika ?? "leer"}, erwartet ${expected}`);
  }
  return s.name;
}

/** The four demo services; LeiKa keys of the Munich and Berlin records are checked against the corpus. */
export function buildServices(corpus: Corpus): BundleService[] {
  if (corpus.unterhaltsvorschuss.leika !== LEIKA.unterhaltsvorschuss) {
    throw new Error(`LeiKa-Schlüssel Unterhaltsvorschuss im Korpus ist ${corpus.unterhaltsvorschuss.leika}`);
  }
  // The EfA Wohnsitzanmeldung uses the detailed keys (Leistungsschlüssel of the execution);
  // the Munich catalogue files the general service under the group key 99115005000000.
  requireLeika(corpus, "1063475", "99115005000000");
  return [
    {
      key: SERVICE.elterngeld,
      name: "Elterngeld digital",
      operatorArs: ARS.bremen,
      coUserArs: [ARS.nrw, ARS.hessen, ARS.bayern],
      url: "https://www.elterngeld-digital.example/",
      leistungen: [{ leikaKey: LEIKA.elterngeld, name: "Elterngeld" }],
    },
    {
      key: SERVICE.uvg,
      name: "Unterhaltsvorschuss online",
      operatorArs: ARS.bremen,
      coUserArs: [ARS.nrw, ARS.hessen, ARS.bayern],
      url: "https://unterhaltsvorschuss.efa-dienste.example/",
      leistungen: [{ leikaKey: LEIKA.unterhaltsvorschuss, name: corpus.unterhaltsvorschuss.name }],
    },
    {
      key: SERVICE.wohnsitz,
      name: "Digitale Wohnsitzanmeldung",
      operatorArs: ARS.bayern,
      coUserArs: [ARS.nrw, ARS.hessen],
      url: "https://wohnsitzanmeldung.efa-dienste.example/",
      leistungen: [
        { leikaKey: LEIKA.wohnsitzAnmeldung, name: "Wohnsitz Anmeldung" },
        { leikaKey: LEIKA.hauptwohnsitz, name: "Anmeldung als Hauptwohnsitz" },
        { leikaKey: LEIKA.meldebestaetigung, name: "Meldebestätigung" },
        { leikaKey: LEIKA.ausweisAdresse, name: "Personalausweis Änderung wegen Adressänderung" },
      ],
    },
    {
      key: SERVICE.gewerbe,
      name: "Gewerbe-Service online",
      operatorArs: ARS.bayern,
      coUserArs: [ARS.nrw, ARS.hessen],
      url: "https://gewerbe.efa-dienste.example/",
      leistungen: [
        { leikaKey: LEIKA.gewerbeAnmeldung, name: requireLeika(corpus, "1063423", LEIKA.gewerbeAnmeldung) },
        { leikaKey: LEIKA.gewerbeUmmeldung, name: requireLeika(corpus, "1063422", LEIKA.gewerbeUmmeldung) },
        { leikaKey: LEIKA.gewerbeAbmeldung, name: requireLeika(corpus, "1063435", LEIKA.gewerbeAbmeldung) },
      ],
    },
  ];
}

const REACTION: HoursByKlasse = { BETRIEBSVERHINDERND: 2, BETRIEBSBEHINDERND: 8, LEICHT: 16 };
const RESOLUTION_SECOND: HoursByKlasse = { BETRIEBSVERHINDERND: 8, BETRIEBSBEHINDERND: 24, LEICHT: 80 };
const RESOLUTION_THIRD: HoursByKlasse = { BETRIEBSVERHINDERND: 16, BETRIEBSBEHINDERND: 40, LEICHT: 120 };
const HOURS_DESK = "Mo-Fr 07:00-19:00";
const HOURS_OFFICE = "Mo-Do 07:00-18:00, Fr 07:00-15:00";
const HOURS_FACH = "Mo-Do 08:00-16:00, Fr 08:00-13:00";

function target(
  service: string,
  regionArs: string | null,
  level: SupportLevel,
  kind: SupportKind,
  name: string,
  channel: Channel,
  contact: string,
  serviceHours: string,
): BundleRoutingTarget {
  return {
    service,
    regionArs,
    level,
    kind,
    name,
    channel,
    contact,
    serviceHours,
    reactionHours: { ...REACTION },
    resolutionHours: { ...(level === "SECOND" ? RESOLUTION_SECOND : RESOLUTION_THIRD) },
  };
}

/** Kommunikationsmatrix: base targets of the operator and Land-specific targets of the co-users. */
export const routingTargets: BundleRoutingTarget[] = [
  // Elterngeld digital (BeLa Bremen)
  target(SERVICE.elterngeld, null, "SECOND", "TECHNICAL", "Service Desk Elterngeld digital (IT-Dienstleister Bremen)", "TICKET_SYSTEM", "https://servicedesk.it-dienstleister-bremen.example/elterngeld-digital", HOURS_DESK),
  target(SERVICE.elterngeld, null, "THIRD", "TECHNICAL", "Betriebs- und Entwicklungsteam Elterngeld digital", "EMAIL", "betrieb-elterngeld@it-dienstleister-bremen.example", HOURS_OFFICE),
  target(SERVICE.elterngeld, null, "THIRD", "FACHLICH", "Fachliche Leitstelle Elterngeld digital (BeV Bremen)", "EMAIL", "bev-elterngeld@bremen.example", HOURS_FACH),
  target(SERVICE.elterngeld, ARS.nrw, "SECOND", "FACHLICH", "MiV Nordrhein-Westfalen: Fachkoordination Elterngeld", "EMAIL", "miv-elterngeld@nrw.example", HOURS_FACH),
  target(SERVICE.elterngeld, ARS.hessen, "SECOND", "FACHLICH", "MiV Hessen: Fachkoordination Elterngeld (Ämter für Versorgung und Soziales)", "EMAIL", "miv-elterngeld@hessen.example", HOURS_FACH),
  target(SERVICE.elterngeld, ARS.hessen, "SECOND", "TECHNICAL", "Landes-Service-Desk Hessen", "TICKET_SYSTEM", "https://servicedesk.hessen.example/efa", HOURS_OFFICE),
  target(SERVICE.elterngeld, ARS.bayern, "SECOND", "FACHLICH", "MiV Bayern: Fachkoordination Elterngeld (ZBFS)", "EMAIL", "miv-elterngeld@bayern.example", HOURS_FACH),

  // Unterhaltsvorschuss online (BeLa Bremen)
  target(SERVICE.uvg, null, "SECOND", "TECHNICAL", "Service Desk Unterhaltsvorschuss online (IT-Dienstleister Bremen)", "TICKET_SYSTEM", "https://servicedesk.it-dienstleister-bremen.example/unterhaltsvorschuss", HOURS_DESK),
  target(SERVICE.uvg, null, "THIRD", "TECHNICAL", "Betriebsteam Unterhaltsvorschuss online", "EMAIL", "betrieb-uvg@it-dienstleister-bremen.example", HOURS_OFFICE),
  target(SERVICE.uvg, null, "THIRD", "FACHLICH", "Fachliche Leitstelle Unterhaltsvorschuss (BeV Bremen)", "EMAIL", "bev-unterhaltsvorschuss@bremen.example", HOURS_FACH),
  target(SERVICE.uvg, ARS.nrw, "SECOND", "FACHLICH", "MiV Nordrhein-Westfalen: Fachkoordination Unterhaltsvorschuss", "EMAIL", "miv-uvg@nrw.example", HOURS_FACH),
  target(SERVICE.uvg, ARS.hessen, "SECOND", "FACHLICH", "MiV Hessen: Fachkoordination Unterhaltsvorschuss", "EMAIL", "miv-uvg@hessen.example", HOURS_FACH),
  target(SERVICE.uvg, ARS.bayern, "SECOND", "FACHLICH", "MiV Bayern: Fachkoordination Unterhaltsvorschuss", "EMAIL", "miv-uvg@bayern.example", HOURS_FACH),

  // Digitale Wohnsitzanmeldung (BeLa Bayern)
  target(SERVICE.wohnsitz, null, "SECOND", "TECHNICAL", "Service Desk Digitale Wohnsitzanmeldung (IT-Dienstleister Bayern)", "TICKET_SYSTEM", "https://servicedesk.it-dienstleister-bayern.example/wohnsitzanmeldung", HOURS_DESK),
  target(SERVICE.wohnsitz, null, "THIRD", "TECHNICAL", "Betriebsteam Digitale Wohnsitzanmeldung und eID-Anbindung", "EMAIL", "betrieb-wohnsitz@it-dienstleister-bayern.example", HOURS_OFFICE),
  target(SERVICE.wohnsitz, null, "THIRD", "FACHLICH", "Fachliche Leitstelle Meldewesen (BeV Bayern)", "EMAIL", "bev-meldewesen@bayern.example", HOURS_FACH),
  target(SERVICE.wohnsitz, ARS.bayern, "SECOND", "FACHLICH", "Fachkoordination Meldewesen Bayern", "EMAIL", "meldewesen-koordination@bayern.example", HOURS_FACH),
  target(SERVICE.wohnsitz, ARS.nrw, "SECOND", "FACHLICH", "MiV Nordrhein-Westfalen: Fachkoordination Meldewesen", "EMAIL", "miv-meldewesen@nrw.example", HOURS_FACH),
  target(SERVICE.wohnsitz, ARS.hessen, "SECOND", "FACHLICH", "MiV Hessen: Fachkoordination Meldewesen", "EMAIL", "miv-meldewesen@hessen.example", HOURS_FACH),
  target(SERVICE.wohnsitz, ARS.hessen, "SECOND", "TECHNICAL", "Landes-Service-Desk Hessen", "TICKET_SYSTEM", "https://servicedesk.hessen.example/efa", HOURS_OFFICE),

  // Gewerbe-Service online (BeLa Bayern)
  target(SERVICE.gewerbe, null, "SECOND", "TECHNICAL", "Service Desk Gewerbe-Service (IT-Dienstleister Bayern)", "TICKET_SYSTEM", "https://servicedesk.it-dienstleister-bayern.example/gewerbe", HOURS_DESK),
  target(SERVICE.gewerbe, null, "THIRD", "TECHNICAL", "Betriebsteam Gewerbe-Service und Bezahlplattform", "EMAIL", "betrieb-gewerbe@it-dienstleister-bayern.example", HOURS_OFFICE),
  target(SERVICE.gewerbe, null, "THIRD", "FACHLICH", "Fachliche Leitstelle Gewerberecht (BeV Bayern)", "EMAIL", "bev-gewerbe@bayern.example", HOURS_FACH),
  target(SERVICE.gewerbe, ARS.bayern, "SECOND", "FACHLICH", "Fachkoordination Gewerbewesen Bayern", "EMAIL", "gewerbe-koordination@bayern.example", HOURS_FACH),
  target(SERVICE.gewerbe, ARS.nrw, "SECOND", "FACHLICH", "MiV Nordrhein-Westfalen: Fachkoordination Gewerbewesen", "EMAIL", "miv-gewerbe@nrw.example", HOURS_FACH),
  target(SERVICE.gewerbe, ARS.hessen, "SECOND", "FACHLICH", "MiV Hessen: Fachkoordination Gewerbewesen", "EMAIL", "miv-gewerbe@hessen.example", HOURS_FACH),
];

/** Synonym groups: the caller's word next to the administration's word. No term in two groups. */
export const synonyms: string[][] = [
  ["BundID", "Nutzerkonto Bund", "Bund-ID", "Bundes-ID"],
  ["Perso", "Personalausweis", "Ausweis"],
  ["Passwort", "Kennwort"],
  ["Online-Ausweis", "eID", "Online-Ausweisfunktion", "eID-Funktion", "elektronischer Identitätsnachweis"],
  ["Fahrzeugbrief", "Zulassungsbescheinigung Teil II", "Kfz-Brief"],
  ["Fahrzeugschein", "Zulassungsbescheinigung Teil I", "Kfz-Schein"],
  ["Umzug melden", "Wohnsitzanmeldung", "Wohnsitz ummelden", "Adressänderung melden"],
  ["Knöllchen", "Verwarnungsgeld", "Strafzettel"],
  ["Kfz", "Auto", "Pkw", "Kraftfahrzeug"],
  ["Elterngeld Plus", "ElterngeldPlus"],
  ["Basiselterngeld", "Basis-Elterngeld"],
  ["Meldebestätigung", "Anmeldebestätigung"],
  ["Meldebescheinigung", "Wohnsitzbescheinigung"],
  ["Wohnungsgeberbestätigung", "Vermieterbescheinigung", "Wohnungsgeberbescheinigung", "Einzugsbestätigung"],
  ["Einwohnermeldeamt", "Meldebehörde", "Bürgeramt", "Bürgerbüro"],
  ["Gewerbeschein", "Gewerbeanzeige", "Gewerbemeldung", "Gewerbebescheinigung"],
  ["Gewerbeanmeldung", "Gewerbe anmelden", "Gewerbe-Anmeldung"],
  ["Gewerbeabmeldung", "Gewerbe abmelden", "Gewerbe-Abmeldung"],
  ["Gewerbeummeldung", "Gewerbe ummelden", "Gewerbe-Ummeldung"],
  ["Gewerbeamt", "Gewerbebehörde"],
  ["Unterhaltsvorschuss", "UVG", "Unterhaltsvorschussleistung", "Unterhaltsausfallleistung"],
  ["Jugendamt", "Kinder- und Jugendamt", "Unterhaltsvorschussstelle"],
  ["Elterngeldstelle", "Elterngeldbehörde"],
  ["PIN", "Geheimzahl", "Ausweis-PIN"],
  ["PUK", "Entsperrnummer"],
  ["Transport-PIN", "Transportpin"],
  ["CAN", "Zugangsnummer"],
  ["AusweisApp", "AusweisApp2", "Ausweis-App"],
  ["Kartenleser", "Kartenlesegerät", "Lesegerät"],
  ["ELSTER-Zertifikat", "ELSTER-Zertifikatsdatei", "Zertifikatsdatei"],
  ["Mein Unternehmenskonto", "Unternehmenskonto", "MUK", "Organisationskonto"],
  ["Postfach", "BundID-Postfach", "Behördenpostfach"],
  ["Kreditkarte", "Visa", "Mastercard"],
  ["Lastschrift", "SEPA-Lastschrift", "Bankeinzug"],
  ["Gebühr", "Verwaltungsgebühr", "Kosten"],
  ["Bescheid", "Bewilligungsbescheid", "Leistungsbescheid"],
  ["Antragsformular", "Formular", "Vordruck"],
  ["Nachweis", "Beleg", "Unterlagen"],
  ["hochladen", "Upload", "Datei anhängen"],
  ["Sitzung abgelaufen", "Timeout", "Session abgelaufen", "automatisch abgemeldet"],
  ["Browser", "Webbrowser", "Internetbrowser"],
  ["Handy", "Smartphone", "Mobiltelefon"],
  ["Geburtsurkunde", "Geburtsbescheinigung"],
  ["Hauptwohnsitz", "Hauptwohnung", "Erstwohnsitz"],
  ["Nebenwohnsitz", "Nebenwohnung", "Zweitwohnsitz", "Zweitwohnung"],
  ["Steuer-ID", "Steueridentifikationsnummer", "IdNr"],
  ["Mutterschaftsgeld", "Mutterschaftsleistungen"],
  ["Partnerschaftsbonus", "Partnerbonus"],
  ["Minijob", "Mini-Job", "geringfügige Beschäftigung"],
  ["alleinerziehend", "Einelternfamilie"],
  ["Unterhaltstitel", "Unterhaltsurkunde", "Jugendamtsurkunde"],
  ["Störung", "Ausfall", "Systemausfall"],
  ["Zulassungsstelle", "Kfz-Zulassungsbehörde", "Straßenverkehrsamt"],
  ["Freiberufler", "freier Beruf"],
  ["Aufenthaltstitel", "eAT", "elektronischer Aufenthaltstitel"],
  ["Reisepass", "Pass"],
  ["Kennzeichen", "Nummernschild", "Autokennzeichen"],
  ["Bürgergeld", "Grundsicherung für Arbeitsuchende"],
];
