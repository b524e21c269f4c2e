import packageJson from "../../package.json";
import { ARTICLE_TYPES, STOERUNGSKLASSEN } from "../articles/vocabulary";

/**
 * The OpenAPI 3.1 document served at /api/openapi.json: the machine-facing endpoints (search for the 115,
 * synonyms, health, whoami). Written by hand next to the zod schemas it describes (lib/search/search.ts,
 * lib/synonyms/schema.ts); lib/http/openapi.test.ts checks that the two agree.
 */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const error = (description: string): Json => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const searchHit: Json = {
  type: "object",
  required: ["id", "key", "familyKey", "type", "title", "shortAnswer", "service", "scope", "regionArs", "isStale", "incident"],
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
            { name: "q", in: "query", required: true, schema: { type: "string", minLength: 1, maxLength: 200 }, description: "Suchbegriff, auch umgangssprachlich oder mit Tippfehlern" },
            { name: "region", in: "query", required: false, schema: { type: "string", pattern: "^\\d{2}(\\d{10})?$" }, description: "Regionalschlüssel (ARS) der anrufenden Person: Land (2 Ziffern) oder Kommune (12 Ziffern). Ohne Angabe: die Organisation des Zugangs." },
            { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 50, default: 10 } },
            { name: "service", in: "query", required: false, schema: { type: "string" }, description: "Schlüssel eines Onlinedienstes, z. B. elterngeld-digital" },
            { name: "type", in: "query", required: false, schema: { type: "string", enum: [...ARTICLE_TYPES] } },
            { name: "category", in: "query", required: false, schema: { type: "string" }, description: "Kategorie, z. B. Anmeldung oder Bezahlung" },
          ],
          responses: {
            "200": {
              description: "Treffer und aktive Störungen",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["hits", "incidents", "region", "processingMs"],
                    properties: {
                      hits: { type: "array", items: { $ref: "#/components/schemas/SearchHit" } },
                      incidents: { type: "array", items: { $ref: "#/components/schemas/ActiveIncident" } },
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
