import packageJson from "../../package.json";
import { ARTICLE_TYPES, STOERUNGSKLASSEN } from "../articles/vocabulary";
import { articlePaths } from "./openapi-articles";
import { FEEDBACK_OUTCOMES, MAX_FEEDBACK_REASON } from "../feedback/schema";
import { MATRIX_CSV_COLUMNS } from "../routing/matrix-export";
import { CHANNELS, KINDS, LEVELS, MAX_WORKING_HOURS } from "../routing/schema";

/**
 * The OpenAPI 3.1 document served at /api/openapi.json: the machine-facing endpoints (search for the 115 with
 * its feedback, opened articles and region lookup, synonyms, Kommunikationsmatrix, S6 reports, XZuFi export, health,
 * whoami; the authoring endpoints in openapi-articles.ts). Written
 * by hand next to the zod schemas it describes (lib/search/search.ts,
 * lib/synonyms/schema.ts, lib/routing/schema.ts); lib/http/openapi.test.ts checks that the two agree.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export const error = (description: string): Json => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const searchHit: Json = {
  type: "object",
  required: ["id", "key", "familyKey", "type", "title", "shortAnswer", "service", "scope", "regionArs", "regionName", "categories", "isStale", "incident"],
  properties: {
    id: { type: "string", description: "Id des effektiven Artikels (Basis oder Variante)" },
    key: { type: "string", description: "Schlüssel (Bundle-Key) des effektiven Artikels" },
    familyKey: { type: "string", description: "Schlüssel des Basisartikels der Familie" },
    type: { type: "string", enum: [...ARTICLE_TYPES] },
    title: { type: "string" },
    shortAnswer: { type: "string", description: "Sprechtext: die kurze Antwort für das Telefonat" },
    service: { type: "object", required: ["id", "key", "name"], properties: { id: { type: "string" }, key: { type: "string" }, name: { type: "string" } } },
    scope: { type: "string", enum: ["BASE", "LAND", "KOMMUNE"], description: "Basisartikel, Land- oder Kommune-Variante" },
    regionArs: { type: "string", description: "Regionalschlüssel der Region, der der Artikel gehört (Basis: betreibendes Land)" },
    regionName: { type: "string", description: "Name dieser Region (für „Variante Hessen“)" },
    categories: { type: "array", items: { type: "string" }, description: "Kategorien des effektiven Inhalts" },
    isStale: { type: "boolean", description: "eine Variante der Kette beruht auf einem älteren Stand ihres Elternartikels" },
    incident: {
      oneOf: [
        { type: "null" },
        { type: "object", required: ["klasse", "isActive"], properties: { klasse: { type: "string", enum: [...STOERUNGSKLASSEN] }, isActive: { type: "boolean" } } },
      ],
    },
  },
};

const hoursPerKlasse = (what: string): Json => ({
  type: "object",
  required: [...STOERUNGSKLASSEN],
  description: `${what} je Störungsklasse in ganzen Arbeitsstunden`,
  properties: Object.fromEntries(STOERUNGSKLASSEN.map((k) => [k, { type: "integer", minimum: 1, maximum: MAX_WORKING_HOURS }])),
});

const targetFields: Record<string, Json> = {
  level: { type: "string", enum: [...LEVELS] },
  kind: { type: "string", enum: [...KINDS] },
  name: { type: "string", maxLength: 200, description: "zuständige Stelle" },
  channel: { type: "string", enum: [...CHANNELS] },
  contact: { type: "string", maxLength: 500, description: "E-Mail: Adresse; Telefon: Nummer; Ticketsystem: https-Adresse oder E-Mail" },
  serviceHours: { type: "string", maxLength: 300, description: "z. B. „Mo-Do 07:00-18:00; Fr 07:00-15:00“ (docs/matrix.md)" },
  reactionHours: hoursPerKlasse("Reaktionszeit"),
  resolutionHours: hoursPerKlasse("Erledigungszeit (mindestens so lang wie die Reaktionszeit)"),
};
const targetRequired = ["level", "kind", "name", "channel", "contact", "serviceHours", "reactionHours", "resolutionHours"];

const routingTargetInput: Json = {
  type: "object",
  required: ["serviceKey", ...targetRequired],
  properties: { serviceKey: { type: "string" }, regionArs: { type: ["string", "null"], pattern: "^\\d{2}$", description: "null: Basis-Matrix (BEV des betreibenden Landes); sonst der Eintrag dieses Landes (sein MIV)" }, ...targetFields },
};

const routingTargetUpdate: Json = { type: "object", required: targetRequired, properties: targetFields };

const routingTarget: Json = {
  type: "object",
  required: ["id", "level", "kind", "name", "channel", "contact", "serviceHours", "hours", "isRegional", "holidayLandArs", "notAllowedReason", "updatedAt"],
  properties: {
    id: { type: "string" },
    level: { type: "string", enum: [...LEVELS] },
    kind: { type: "string", enum: [...KINDS] },
    name: { type: "string" },
    channel: { type: "string", enum: [...CHANNELS] },
    contact: { type: "string" },
    serviceHours: { type: "string" },
    hours: { type: "object", description: "je Störungsklasse: {reaction, resolution} in Arbeitsstunden" },
    isRegional: { type: "boolean", description: "Eintrag des Landes (sonst Basis-Matrix)" },
    holidayLandArs: { type: "string", description: "Land, dessen Feiertage für die Fristen zählen" },
    notAllowedReason: { type: ["string", "null"], description: "gesetzt, wenn das Land diesen Weg ausgeschlossen hat" },
    updatedAt: { type: "string", format: "date-time" },
  },
};

const restrictionInput: Json = {
  type: "object",
  required: ["serviceKey", "regionArs", "level", "kind", "reason"],
  properties: { serviceKey: { type: "string" }, regionArs: { type: "string", pattern: "^\\d{2}$" }, level: { type: "string", enum: [...LEVELS] }, kind: { type: "string", enum: [...KINDS] }, reason: { type: "string", maxLength: 300 } },
};

const matrixQuery: Json[] = [
  { name: "service", in: "query", required: true, schema: { type: "string" }, description: "Schlüssel des Onlinedienstes" },
  { name: "land", in: "query", required: false, schema: { type: "string", pattern: "^\\d{2}$" }, description: "Land (ARS); ohne: das eigene Land (MIV) bzw. das betreibende Land" },
];

const incident: Json = {
  type: "object",
  required: ["articleId", "title", "shortAnswer", "service", "klasse", "klasseLabel", "startedAt", "affectedRegions", "workaround", "needsPostReview", "concernsHits"],
  properties: {
    articleId: { type: "string" },
    title: { type: "string" },
    shortAnswer: { type: ["string", "null"] },
    service: { type: "object", required: ["id", "name"], properties: { id: { type: "string" }, name: { type: "string" } } },
    klasse: { type: "string", enum: [...STOERUNGSKLASSEN] },
    klasseLabel: { type: "string" },
    startedAt: { type: "string", format: "date-time" },
    affectedRegions: { type: "array", items: { type: "string" }, description: "betroffene Länder; leer = alle mitnutzenden Länder" },
    workaround: { oneOf: [{ type: "null" }, { type: "object", required: ["articleId", "title"], properties: { articleId: { type: "string" }, title: { type: "string" } } }] },
    needsPostReview: { type: "boolean" },
    concernsHits: { type: "boolean", description: "betrifft den Dienst eines der Treffer" },
  },
};

const facetList: Json = { type: "array", items: { type: "object", required: ["value", "label", "count"], properties: { value: { type: "string" }, label: { type: "string" }, count: { type: "integer" } } } };

const regionOption: Json = {
  type: "object",
  required: ["ars", "name", "kind", "land"],
  properties: {
    ars: { type: "string" },
    name: { type: "string" },
    kind: { type: "string", enum: ["LAND", "KOMMUNE"] },
    land: { type: "object", required: ["ars", "name"], properties: { ars: { type: "string" }, name: { type: "string" } } },
  },
};

const feedbackInput: Json = {
  type: "object",
  required: ["articleId", "revisionId", "region", "outcome"],
  additionalProperties: false,
  properties: {
    articleId: { type: "string", description: "der gezeigte (effektive) Artikel" },
    revisionId: { type: "string", description: "die gezeigte veröffentlichte Fassung" },
    region: { type: "string", pattern: "^\\d{2}(\\d{10})?$", description: "Region, für die der Artikel gezeigt wurde" },
    outcome: { type: "string", enum: [...FEEDBACK_OUTCOMES], description: "Hat geholfen, Nicht gelöst, Weitergeleitet" },
    reason: { type: "string", maxLength: MAX_FEEDBACK_REASON, description: "nur bei NICHT_GELOEST, optional; personenbezogene Angaben werden maskiert" },
    routingTargetId: { type: "string", description: "nur und genau bei WEITERGELEITET: ein Weiterleitungsziel des Dienstes in dieser Region" },
    searchEventId: { type: "string", pattern: "^\\d+$", description: "die Suche, aus der der Artikel geöffnet wurde" },
  },
};

const synonymGroup: Json = {
  type: "object",
  required: ["id", "terms", "updatedAt"],
  properties: { id: { type: "string" }, terms: { type: "array", items: { type: "string" }, minItems: 2 }, updatedAt: { type: "string", format: "date-time" } },
};

const synonymInput: Json = {
  type: "object",
  required: ["terms"],
  properties: { terms: { type: "array", minItems: 2, maxItems: 20, items: { type: "string", minLength: 1, maxLength: 60 }, description: "mindestens zwei verschiedene Begriffe; ein Begriff gehört zu genau einer Gruppe" } },
};

const count: Json = { type: "integer", minimum: 0 };
const s6Part: Json = {
  type: "object",
  required: ["land", "totals", "searchesPerDay", "searchesPerWeek", "topQueries", "zeroResultQueries", "openedArticles", "notSolvedArticles", "forwards"],
  properties: {
    land: { oneOf: [{ type: "null" }, { type: "object", required: ["ars", "name"], properties: { ars: { type: "string" }, name: { type: "string" } } }], description: "null = Summe über alle Länder des Berichts" },
    totals: {
      type: "object",
      required: ["searches", "searchesWithoutResults", "searchesWithOpenedArticle", "feedbackGeloest", "feedbackNichtGeloest", "feedbackWeitergeleitet"],
      properties: { searches: count, searchesWithoutResults: count, searchesWithOpenedArticle: count, feedbackGeloest: count, feedbackNichtGeloest: count, feedbackWeitergeleitet: count },
    },
    searchesPerDay: { type: "array", items: { type: "object", required: ["date", "count"], properties: { date: { type: "string", format: "date" }, count } } },
    searchesPerWeek: { type: "array", items: { type: "object", required: ["week", "from", "to", "count"], properties: { week: { type: "string", description: "ISO-Woche, z. B. 2026-W48" }, from: { type: "string", format: "date" }, to: { type: "string", format: "date" }, count } } },
    topQueries: { type: "array", items: { type: "object", required: ["query", "count"], properties: { query: { type: "string", description: "maskierte Anfrage in Kleinschreibung" }, count } } },
    zeroResultQueries: { type: "array", items: { type: "object", required: ["query", "count"], properties: { query: { type: "string" }, count } } },
    openedArticles: { type: "array", items: { type: "object", required: ["key", "title", "serviceKey", "count"], properties: { key: { type: "string", description: "Schlüssel des Basisartikels der Familie" }, title: { type: "string" }, serviceKey: { type: "string" }, count } } },
    notSolvedArticles: { type: "array", items: { type: "object", required: ["key", "title", "serviceKey", "count", "reasons"], properties: { key: { type: "string" }, title: { type: "string" }, serviceKey: { type: "string" }, count, reasons: { type: "array", items: { type: "object", required: ["reason", "count"], properties: { reason: { type: "string" }, count } } } } } },
    forwards: { type: "array", items: { type: "object", required: ["routingTargetId", "name", "level", "kind", "serviceKey", "count"], properties: { routingTargetId: { type: ["string", "null"] }, name: { type: "string" }, level: { type: ["string", "null"] }, kind: { type: ["string", "null"] }, serviceKey: { type: ["string", "null"] }, count } } },
  },
};

const s6Report: Json = {
  type: "object",
  required: ["kind", "organisation", "period", "service", "land", "services", "generatedAt", "isAnonymised", "parts", "incidents"],
  properties: {
    kind: { type: "string", enum: ["LAND", "BETREIBER"], description: "Bericht eines MIV für sein Land oder eines BEV für seine Dienste" },
    organisation: { type: "object", required: ["ars", "name"], properties: { ars: { type: "string" }, name: { type: "string" } } },
    period: { type: "object", required: ["from", "to", "days"], properties: { from: { type: "string", format: "date" }, to: { type: "string", format: "date" }, days: { type: "integer" } } },
    service: { oneOf: [{ type: "null" }, { type: "object", required: ["key", "name"], properties: { key: { type: "string" }, name: { type: "string" } } }] },
    land: { oneOf: [{ type: "null" }, { type: "object", required: ["ars", "name"], properties: { ars: { type: "string" }, name: { type: "string" } } }] },
    services: { type: "array", items: { type: "object", required: ["key", "name"], properties: { key: { type: "string" }, name: { type: "string" } } } },
    generatedAt: { type: "string", format: "date-time" },
    isAnonymised: { type: "boolean" },
    parts: { type: "array", items: s6Part },
    incidents: {
      type: "array",
      items: {
        type: "object",
        required: ["key", "title", "serviceKey", "klasse", "klasseLabel", "startedAt", "resolvedAt", "durationMinutes", "isOngoing", "affectedLands"],
        properties: {
          key: { type: "string" }, title: { type: "string" }, serviceKey: { type: "string" }, klasse: { type: "string", enum: [...STOERUNGSKLASSEN] }, klasseLabel: { type: "string" },
          startedAt: { type: "string", format: "date-time" }, resolvedAt: { type: ["string", "null"], format: "date-time" }, durationMinutes: { type: ["integer", "null"] }, isOngoing: { type: "boolean" },
          affectedLands: { type: "array", items: { type: "string" }, description: "leer = alle Länder, die den Dienst nutzen" },
        },
      },
    },
  },
};

const searchParameters: Json[] = [
  { name: "q", in: "query", required: false, schema: { type: "string", maxLength: 200 }, description: "Suchbegriff, auch umgangssprachlich oder mit Tippfehlern. Leer: keine Treffer und keine gespeicherte Suche, nur die aktiven Störungen der Region" },
  { name: "region", in: "query", required: false, schema: { type: "string", pattern: "^\\d{2}(\\d{10})?$" }, description: "Regionalschlüssel (ARS) der anrufenden Person: Land (2 Ziffern) oder Kommune (12 Ziffern). Ohne Angabe: die Organisation des Zugangs." },
  { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 50, default: 10 } },
  { name: "service", in: "query", required: false, schema: { type: "string" }, description: "Schlüssel eines Onlinedienstes, z. B. elterngeld-digital" },
  { name: "type", in: "query", required: false, schema: { type: "string", enum: [...ARTICLE_TYPES] } },
  { name: "category", in: "query", required: false, schema: { type: "string" }, description: "Kategorie, z. B. Anmeldung oder Bezahlung" },
  { name: "searchId", in: "query", required: false, schema: { type: "string", format: "uuid" }, description: "Vom Client je Anliegen erzeugte UUID: Anfragen derselben Suche (Suche beim Tippen) aktualisieren ein gespeichertes Suchereignis statt je Tastendruck eines anzulegen" },
];

export function openApiDocument(): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "EfA-Wissen API",
      version: packageJson.version,
      description: "Wissensmanagement für den Support von EfA-Onlinediensten. Anmeldung per Sitzung (Browser) oder API-Token (Authorization: Bearer …, anzulegen mit npm run kb -- token create). Fehler sind deutsch formuliert.",
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    security: [{ bearerToken: [] }, { session: [] }],
    paths: {
      ...articlePaths(),
      "/api/search": {
        get: {
          operationId: "search",
          summary: "Suche für das 115-Servicecenter",
          description:
            "Sucht in veröffentlichten, heute gültigen Inhalten der Dienste, die das Land der Region betreibt oder mitnutzt, und liefert je Artikelfamilie genau den effektiven Artikel der Region (Variante der Kommune, sonst des Landes, sonst die Basis). Treffer kommen aus der Datenbank über die normale Berechtigungsprüfung. Aktive Störungen der Dienste der Region stehen in `incidents`, die schwerste zuerst. Jede Suche wird mit maskierter Anfrage für die S6-Statistik gespeichert. Die Facetten-Zählung liefert `/api/search/facets`. Erlaubt für die Rollen AGENT, ADMIN, BEV, REVIEWER, MIV und KOMMUNE.",
          parameters: searchParameters,
          responses: {
            "200": {
              description: "Treffer und aktive Störungen",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["hits", "incidents", "region", "searchEventId", "processingMs"],
                    properties: {
                      hits: { type: "array", items: { $ref: "#/components/schemas/SearchHit" } },
                      incidents: { type: "array", items: { $ref: "#/components/schemas/ActiveIncident" } },
                      searchEventId: { type: ["string", "null"], description: "das gespeicherte Suchereignis (null bei leerer Anfrage)" },
                      region: { type: "object", required: ["ars", "landArs", "kommuneArs"], properties: { ars: { type: "string" }, landArs: { type: "string" }, kommuneArs: { type: ["string", "null"] } } },
                      processingMs: { type: "integer" },
                    },
                  },
                },
              },
            },
            "400": error("Ungültige Anfrage (z. B. fehlender Suchbegriff, unbekannte Region); `problems` nennt die Felder"),
            "401": error("Nicht angemeldet"),
            "403": error("Diese Rolle darf nicht suchen"),
            "503": error("Die Suchmaschine ist gerade nicht erreichbar"),
          },
        },
      },
      "/api/search/facets": {
        get: {
          operationId: "searchFacets",
          summary: "Facetten einer Suche",
          description:
            "Zählt für dieselbe Anfrage (gleiche Parameter wie `/api/search`) die Treffer je Onlinedienst, Art und Kategorie; jede Facette ohne ihre eigene Auswahl gezählt. Eine eigene Anfrage, weil das Zählen die Suchmaschine mehr kostet als die Trefferliste: Die Servicecenter-Ansicht fragt danach, sobald die Treffer stehen. Speichert kein Suchereignis.",
          parameters: searchParameters,
          responses: {
            "200": {
              description: "Facetten (leer ohne Suchbegriff)",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["facets", "processingMs"],
                    properties: {
                      facets: {
                        type: "object",
                        description: "Trefferzahlen je Onlinedienst (value = Schlüssel), Art und Kategorie für Region und Anfrage, die meisten zuerst",
                        required: ["service", "type", "category"],
                        properties: { service: facetList, type: facetList, category: facetList },
                      },
                      processingMs: { type: "integer" },
                    },
                  },
                },
              },
            },
            "400": error("Ungültige Anfrage (z. B. unbekannte Region); `problems` nennt die Felder"),
            "401": error("Nicht angemeldet"),
            "403": error("Diese Rolle darf nicht suchen"),
            "503": error("Die Suchmaschine ist gerade nicht erreichbar"),
          },
        },
      },
      "/api/search-events/{id}/opened": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", pattern: "^\\d+$" }, description: "searchEventId aus der Suche" }],
        post: {
          operationId: "recordOpenedArticle",
          summary: "Geöffneten Artikel einer Suche vermerken",
          description: "Vermerkt am Suchereignis der eigenen Organisation, welchen Artikel die Person daraus geöffnet hat (der letzte zählt).",
          requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["articleId"], additionalProperties: false, properties: { articleId: { type: "string" } } } } } },
          responses: {
            "204": { description: "Vermerkt" },
            "400": error("Ungültige Angabe"),
            "401": error("Nicht angemeldet"),
            "403": error("Artikel nicht lesbar oder Rolle darf nicht suchen"),
            "404": error("Suche unbekannt oder nicht aus der eigenen Organisation; Artikel unbekannt"),
          },
        },
      },
      "/api/feedback": {
        post: {
          operationId: "recordFeedback",
          summary: "Rückmeldung zu einer Antwort (Hat geholfen, Nicht gelöst, Weitergeleitet)",
          description: "Für die S6-Statistik. Der Artikel muss für den Zugang lesbar sein, die Fassung eine veröffentlichte dieses Artikels, das Weiterleitungsziel eines des Dienstes in der Region. Rollen wie bei der Suche.",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/FeedbackInput" } } } },
          responses: {
            "201": { description: "Gespeichert", content: { "application/json": { schema: { type: "object", required: ["id", "outcome", "at"], properties: { id: { type: "string" }, outcome: { type: "string", enum: [...FEEDBACK_OUTCOMES] }, at: { type: "string", format: "date-time" } } } } } },
            "400": error("Ungültig; `problems` nennt die Felder"),
            "401": error("Nicht angemeldet"),
            "403": error("Artikel nicht lesbar oder Rolle darf keine Rückmeldung geben"),
            "404": error("Artikel unbekannt"),
          },
        },
      },
      "/api/organisations": {
        get: {
          operationId: "searchOrganisations",
          summary: "Länder und Kommunen nach Name oder Regionalschlüssel (Regionswahl der Suche)",
          parameters: [
            { name: "q", in: "query", required: true, schema: { type: "string", minLength: 1, maxLength: 100 }, description: "Teil des Namens oder Anfang des ARS" },
            { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 20, default: 10 } },
          ],
          responses: {
            "200": { description: "Beste Treffer zuerst", content: { "application/json": { schema: { type: "object", required: ["organisations"], properties: { organisations: { type: "array", items: { $ref: "#/components/schemas/RegionOption" } } } } } } },
            "400": error("Ungültige Anfrage"),
            "401": error("Nicht angemeldet"),
            "403": error("Rolle darf nicht suchen"),
          },
        },
      },
      "/api/synonyms": {
        get: {
          operationId: "listSynonymGroups",
          summary: "Synonymgruppen der Suche",
          responses: {
            "200": { description: "Alle Gruppen", content: { "application/json": { schema: { type: "object", required: ["groups", "canEdit"], properties: { groups: { type: "array", items: { $ref: "#/components/schemas/SynonymGroup" } }, canEdit: { type: "boolean" } } } } } },
            "401": error("Nicht angemeldet"),
            "403": error("Keine Berechtigung"),
          },
        },
        post: {
          operationId: "createSynonymGroup",
          summary: "Synonymgruppe anlegen (ADMIN, BEV)",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/SynonymGroupInput" } } } },
          responses: {
            "201": { description: "Angelegt; die Suche übernimmt sie binnen Sekunden", content: { "application/json": { schema: { $ref: "#/components/schemas/SynonymGroup" } } } },
            "400": error("Ungültig, oder ein Begriff steht schon in einer anderen Gruppe"),
            "401": error("Nicht angemeldet"),
            "403": error("Nur Administration und BeV"),
          },
        },
      },
      "/api/synonyms/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        put: {
          operationId: "updateSynonymGroup",
          summary: "Begriffe einer Synonymgruppe ersetzen (ADMIN, BEV)",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/SynonymGroupInput" } } } },
          responses: {
            "200": { description: "Geändert", content: { "application/json": { schema: { $ref: "#/components/schemas/SynonymGroup" } } } },
            "400": error("Ungültig, oder ein Begriff steht schon in einer anderen Gruppe"),
            "403": error("Nur Administration und BeV"),
            "404": error("Gruppe nicht gefunden"),
          },
        },
        delete: {
          operationId: "deleteSynonymGroup",
          summary: "Synonymgruppe löschen (ADMIN, BEV)",
          responses: { "204": { description: "Gelöscht" }, "403": error("Nur Administration und BeV"), "404": error("Gruppe nicht gefunden") },
        },
      },
      "/api/matrix": {
        get: {
          operationId: "getMatrix",
          summary: "Kommunikationsmatrix eines Dienstes für ein Land: Basis, Einträge des Landes, ausgeschlossene Wege, wirksame Matrix (BEV, MIV, ADMIN)",
          parameters: matrixQuery,
          responses: { "200": { description: "Die Matrix" }, "400": error("Parameter fehlt oder ungültig"), "401": error("Nicht angemeldet"), "403": error("Dienst oder Land nicht im Zuständigkeitsbereich"), "404": error("Dienst unbekannt oder vom Land nicht genutzt") },
        },
      },
      "/api/matrix/export": {
        get: {
          operationId: "exportMatrix",
          summary: "Wirksame Kommunikationsmatrix als CSV oder JSON (docs/matrix.md)",
          parameters: [...matrixQuery, { name: "format", in: "query", required: false, schema: { type: "string", enum: ["csv", "json"], default: "csv" } }],
          responses: {
            "200": {
              description: `CSV: Semikolon, UTF-8 mit BOM, Spalten ${MATRIX_CSV_COLUMNS.join(";")}; JSON: Format efa-kommunikationsmatrix, Version 1`,
              content: { "text/csv": { schema: { type: "string" } }, "application/json": { schema: { type: "object", required: ["format", "version", "service", "land", "targets", "restrictions"] } } },
            },
            "400": error("Parameter fehlt oder ungültig"),
            "401": error("Nicht angemeldet"),
            "403": error("Dienst oder Land nicht im Zuständigkeitsbereich"),
            "404": error("Dienst unbekannt oder vom Land nicht genutzt"),
          },
        },
      },
      "/api/matrix/targets": {
        post: {
          operationId: "createRoutingTarget",
          summary: "Weiterleitungsziel anlegen: Basis-Matrix (BEV des betreibenden Landes) oder Eintrag eines Landes (sein MIV)",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/RoutingTargetInput" } } } },
          responses: {
            "201": { description: "Angelegt", content: { "application/json": { schema: { $ref: "#/components/schemas/RoutingTarget" } } } },
            "400": error("Ungültig (Servicezeiten, Zeiten, Kanal, Kontakt, doppelter Eintrag); `problems` nennt die Felder; nichts gespeichert"),
            "401": error("Nicht angemeldet"),
            "403": error("Fremdes Land, Basis-Matrix als MIV oder nicht betriebener Dienst; nichts gespeichert"),
            "404": error("Dienst unbekannt"),
          },
        },
      },
      "/api/matrix/targets/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        put: {
          operationId: "updateRoutingTarget",
          summary: "Weiterleitungsziel ändern (Dienst und Region bleiben)",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/RoutingTargetUpdate" } } } },
          responses: {
            "200": { description: "Geändert", content: { "application/json": { schema: { $ref: "#/components/schemas/RoutingTarget" } } } },
            "400": error("Ungültig; `problems` nennt die Felder"),
            "403": error("Nicht im Zuständigkeitsbereich"),
            "404": error("Eintrag nicht gefunden"),
          },
        },
        delete: {
          operationId: "deleteRoutingTarget",
          summary: "Weiterleitungsziel löschen",
          responses: { "204": { description: "Gelöscht" }, "403": error("Nicht im Zuständigkeitsbereich"), "404": error("Eintrag nicht gefunden") },
        },
      },
      "/api/matrix/restrictions": {
        post: {
          operationId: "createRoutingRestriction",
          summary: "Weg (Ebene und Art) für ein Land ausschließen (MIV des Landes, ADMIN)",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/RoutingRestrictionInput" } } } },
          responses: {
            "201": { description: "Ausgeschlossen" },
            "400": error("Ungültig oder schon ausgeschlossen"),
            "403": error("Nur der MIV des Landes"),
            "404": error("Dienst unbekannt"),
          },
        },
      },
      "/api/matrix/restrictions/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        delete: {
          operationId: "deleteRoutingRestriction",
          summary: "Ausgeschlossenen Weg wieder zulassen",
          responses: { "204": { description: "Wieder zulässig" }, "403": error("Nur der MIV des Landes"), "404": error("Nicht gefunden") },
        },
      },
      "/api/reports/s6": {
        get: {
          operationId: "s6Report",
          summary: "S6-Statistik: häufige Fragen und Probleme aus dem 115-Alltag",
          description:
            "Für MIV: das eigene Land (Suchen und Rückmeldungen für das Land und seine Kommunen). Für BEV: die Dienste, die das eigene Land betreibt, über alle mitnutzenden Länder und je Land (`parts`: zuerst die Summe, dann je Land). Zeitraum in ganzen Tagen deutscher Zeit, höchstens 366 Tage, ohne Angabe die letzten 30 Tage bis heute. JSON enthält genaue Zahlen; CSV ist das Austauschformat für andere Organisationen: Anzahlen von 1 bis 4 stehen dort als „< 5“, seltene Freitexte fehlen (Spalten: docs/reports.md).",
          parameters: [
            { name: "from", in: "query", required: false, schema: { type: "string", format: "date" }, description: "erster Tag (JJJJ-MM-TT)" },
            { name: "to", in: "query", required: false, schema: { type: "string", format: "date" }, description: "letzter Tag (JJJJ-MM-TT), einschließlich" },
            { name: "service", in: "query", required: false, schema: { type: "string" }, description: "Schlüssel eines Onlinedienstes, z. B. elterngeld-digital" },
            { name: "land", in: "query", required: false, schema: { type: "string", pattern: "^(0[1-9]|1[0-6])$" }, description: "nur BEV: ein mitnutzendes Land (ARS mit 2 Ziffern)" },
            { name: "format", in: "query", required: false, schema: { type: "string", enum: ["json", "csv"], default: "json" } },
          ],
          responses: {
            "200": {
              description: "Der Bericht",
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/S6Report" } },
                "text/csv": { schema: { type: "string" }, description: "UTF-8 mit BOM, Semikolon, CRLF; Kopfzeile abschnitt;zeitraum_von;zeitraum_bis;land;dienst;schluessel;bezeichnung;anzahl;beginn;ende;dauer_minuten;stoerungsklasse" },
              },
            },
            "400": error("Ungültige Angaben (Datum, Zeitraum, Land, Format, unbekannter Dienst); `problems` nennt die Felder"),
            "401": error("Nicht angemeldet"),
            "403": error("Nur MIV (eigenes Land) und BEV (eigene Dienste)"),
          },
        },
      },
      "/api/xzufi/leistungen": {
        get: {
          operationId: "xzufiLeistungen",
          summary: "XZuFi-2.2.0-Export der Leistungsbeschreibungen einer Region (XZUFI, ADMIN)",
          description:
            "Ein XZuFi-2.2.0-Transferdokument (xzufi/README.md): je Leistung der Onlinedienste, die das Land der Region betreibt oder mitnutzt, ein `schreibe` mit den für die Region wirksamen Inhalten (FAQ und Workarounds als `modulAuskunftshinweis`, aktive Störungen als Textmodul 16, Routing-Ziele als 23, Suchbegriffe und Synonyme als `modulBegriffImKontext`). Mit `since` nur die Leistungen, die sich seitdem geändert haben, und `loesche klasse=\"Leistung\"` für die, die die Region verlassen haben: wer alle Abrufe der Reihe nach anwendet, hat genau den vollständigen Export. Die Antwort wird gestreamt; gleiche Daten ergeben byte-gleiche Dateien. Je Region läuft ein Export zur Zeit. Erlaubt für API-Tokens der Rolle XZUFI und die Administration.",
          parameters: [
            { name: "region", in: "query", required: true, schema: { type: "string", pattern: "^\\d{2}(\\d{10})?$" }, description: "Regionalschlüssel (ARS) eines Landes (2 Ziffern) oder einer Kommune (12 Ziffern)" },
            { name: "since", in: "query", required: false, schema: { type: "string", format: "date-time" }, description: "Stand eines früheren Abrufs (Kopfzeile Xzufi-Stand); Änderungen bis 2 Minuten davor werden erneut gesendet" },
            { name: "If-None-Match", in: "header", required: false, schema: { type: "string" }, description: "ETag eines früheren Abrufs: 304, wenn unverändert" },
            { name: "If-Modified-Since", in: "header", required: false, schema: { type: "string" } },
          ],
          responses: {
            "200": {
              description: "Das Transferdokument (Stream); ETag, Last-Modified und Xzufi-Stand (für since beim nächsten Abruf) in den Kopfzeilen",
              headers: {
                ETag: { schema: { type: "string" } },
                "Last-Modified": { schema: { type: "string" } },
                "Xzufi-Stand": { schema: { type: "string", format: "date-time" }, description: "Beginn dieses Exports: als since des nächsten Abrufs verwenden" },
              },
              content: { "application/xml": { schema: { type: "string" } } },
            },
            "304": { description: "Unverändert seit dem Abruf mit diesem ETag" },
            "400": error("Ungültige Anfrage (Region fehlt oder unbekannt, since ungültig oder in der Zukunft); `problems` nennt das Feld"),
            "401": error("Nicht angemeldet oder Token ungültig"),
            "403": error("Diese Rolle darf den Export nicht abrufen"),
            "503": error("Für diese Region läuft gerade ein Export; in einer Minute erneut abrufen"),
          },
        },
      },
      "/api/health": {
        get: {
          operationId: "health",
          summary: "Zustand von Datenbank, Suche und Such-Outbox",
          security: [],
          responses: { "200": { description: "Alles in Ordnung" }, "503": { description: "Eingeschränkt (degraded: Suche nicht erreichbar oder der älteste wartende Eintrag der Such-Outbox älter als 5 Minuten; Veröffentlichen geht weiter) oder gestört (down)" } },
        },
      },
      "/api/whoami": {
        get: {
          operationId: "whoami",
          summary: "Wer ruft an: Art, Rolle und Organisation des Zugangs",
          responses: { "200": { description: "Der Zugang" }, "401": error("Nicht angemeldet") },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "API-Token (npm run kb -- token create --org ARS --role AGENT --name …)" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "Sitzung nach Anmeldung im Browser" },
      },
      schemas: {
        SearchHit: searchHit,
        ActiveIncident: incident,
        RegionOption: regionOption,
        FeedbackInput: feedbackInput,
        SynonymGroup: synonymGroup,
        SynonymGroupInput: synonymInput,
        S6Report: s6Report,
        RoutingTarget: routingTarget,
        RoutingTargetInput: routingTargetInput,
        RoutingTargetUpdate: routingTargetUpdate,
        RoutingRestrictionInput: restrictionInput,
        Error: {
          type: "object",
          required: ["error", "code"],
          properties: {
            error: { type: "string", description: "Meldung auf Deutsch" },
            code: { type: "string", enum: ["VALIDATION", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "RATE_LIMITED", "UNAVAILABLE", "INTERNAL"] },
            problems: { type: "array", items: { type: "object", required: ["path", "message"], properties: { path: { type: "string" }, message: { type: "string" } } } },
          },
        },
      },
    },
  };
}
