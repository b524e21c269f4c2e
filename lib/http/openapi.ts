import packageJson from "../../package.json";
import { ARTICLE_TYPES, STOERUNGSKLASSEN } from "../articles/vocabulary";
import { FEEDBACK_OUTCOMES, MAX_FEEDBACK_REASON } from "../feedback/schema";

/**
 * The OpenAPI 3.1 document served at /api/openapi.json: the machine-facing endpoints (search for the 115 with
 * its feedback, opened articles and region lookup, synonyms, health, whoami). Written by hand next to the zod schemas it describes (lib/search/search.ts,
 * lib/synonyms/schema.ts); lib/http/openapi.test.ts checks that the two agree.
 */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const error = (description: string): Json => ({
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
      "/api/search": {
        get: {
          operationId: "search",
          summary: "Suche für das 115-Servicecenter",
          description:
            "Sucht in veröffentlichten, heute gültigen Inhalten der Dienste, die das Land der Region betreibt oder mitnutzt, und liefert je Artikelfamilie genau den effektiven Artikel der Region (Variante der Kommune, sonst des Landes, sonst die Basis). Treffer kommen aus der Datenbank über die normale Berechtigungsprüfung. Aktive Störungen der Dienste der Region stehen in `incidents`, die schwerste zuerst. Jede Suche wird mit maskierter Anfrage für die S6-Statistik gespeichert. Erlaubt für die Rollen AGENT, ADMIN, BEV, REVIEWER, MIV und KOMMUNE.",
          parameters: [
            { name: "q", in: "query", required: false, schema: { type: "string", maxLength: 200 }, description: "Suchbegriff, auch umgangssprachlich oder mit Tippfehlern. Leer: keine Treffer und keine gespeicherte Suche, nur die aktiven Störungen der Region" },
            { name: "region", in: "query", required: false, schema: { type: "string", pattern: "^\\d{2}(\\d{10})?$" }, description: "Regionalschlüssel (ARS) der anrufenden Person: Land (2 Ziffern) oder Kommune (12 Ziffern). Ohne Angabe: die Organisation des Zugangs." },
            { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 50, default: 10 } },
            { name: "service", in: "query", required: false, schema: { type: "string" }, description: "Schlüssel eines Onlinedienstes, z. B. elterngeld-digital" },
            { name: "type", in: "query", required: false, schema: { type: "string", enum: [...ARTICLE_TYPES] } },
            { name: "category", in: "query", required: false, schema: { type: "string" }, description: "Kategorie, z. B. Anmeldung oder Bezahlung" },
            { name: "searchId", in: "query", required: false, schema: { type: "string", format: "uuid" }, description: "Vom Client je Anliegen erzeugte UUID: Anfragen derselben Suche (Suche beim Tippen) aktualisieren ein gespeichertes Suchereignis statt je Tastendruck eines anzulegen" },
          ],
          responses: {
            "200": {
              description: "Treffer und aktive Störungen",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["hits", "incidents", "facets", "region", "searchEventId", "processingMs"],
                    properties: {
                      hits: { type: "array", items: { $ref: "#/components/schemas/SearchHit" } },
                      incidents: { type: "array", items: { $ref: "#/components/schemas/ActiveIncident" } },
                      facets: {
                        type: "object",
                        description: "Trefferzahlen je Onlinedienst (value = Schlüssel), Art und Kategorie für Region und Anfrage; jede Facette ohne ihre eigene Auswahl gezählt",
                        required: ["service", "type", "category"],
                        properties: { service: facetList, type: facetList, category: facetList },
                      },
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
      "/api/health": {
        get: {
          operationId: "health",
          summary: "Zustand von Datenbank, Suche und Such-Outbox",
          security: [],
          responses: { "200": { description: "Alles in Ordnung" }, "503": { description: "Eingeschränkt (degraded: Suche nicht erreichbar, Veröffentlichen geht weiter) oder gestört (down)" } },
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
