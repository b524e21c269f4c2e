import { z } from "zod";
import { createArticleInput } from "../articles/create-article";
import { listFilterInput } from "../articles/list-articles";
import { saveDraftInput } from "../articles/save-draft";
import { articleContentInput, incidentInput } from "../articles/schema";
import { saveVariantDraftInput } from "../variants/save-variant-draft";
import { changesInput } from "../variants/schema";
import { error, type Json } from "./openapi";

/**
 * The authoring endpoints in the OpenAPI document (articles, drafts, workflow steps, variants). Request bodies
 * are derived from the zod schemas the services validate with (z.toJSONSchema, input side), so the description
 * cannot drift from the checks; cross-field rules (e.g. "Gültig bis" after "Gültig ab") are in the error
 * responses, named per field.
 */

/** The JSON schema of what a zod schema accepts, without the $schema line. */
function inputSchema(schema: z.ZodType): { [key: string]: Json } {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { [key: string]: Json };
  return rest;
}

const body = (schema: Json, description: string): Json => ({ required: true, description, content: { "application/json": { schema } } });
const ok = (description: string, schema: Json = { type: "object" }): Json => ({ description, content: { "application/json": { schema } } });
const idParam: Json = { name: "id", in: "path", required: true, schema: { type: "string" }, description: "Id des Artikels" };
const editorDoc = "Text als tiptap-Dokument (JSON, { type: \"doc\", content: [...] }); erlaubt sind Absätze, Überschriften 2–3, Listen, fett, kursiv, Links (http, https, mailto, tel)";
const incident: Json = { ...inputSchema(incidentInput), description: "nur bei Störungsmeldungen (type INCIDENT): Klasse, Beginn, Ende, betroffene Länder, Workaround" };
const content = (head: z.ZodType): Json => ({
  allOf: [inputSchema(head), { ...inputSchema(articleContentInput), properties: { ...(inputSchema(articleContentInput).properties as { [key: string]: Json }), body: { description: editorDoc }, incident } }],
});
const revisionRef: Json = { type: "object", required: ["revisionId", "number"], properties: { revisionId: { type: "string" }, number: { type: "integer" } } };
export const WORKFLOW_ACTIONS = ["submit", "approve", "reject", "archive", "restore", "publish-incident", "confirm-incident", "resolve-incident", "rebase"] as const;

export function articlePaths(): { [path: string]: Json } {
  // built here, not at import: openapi.ts (error) imports this module
  const common = {
    "400": error("Ungültige Angaben; `problems` nennt jedes Feld mit einer deutschen Meldung"),
    "401": error("Nicht angemeldet"),
    "403": error("Diese Rolle oder Organisation darf das nicht"),
    "404": error("Artikel nicht gefunden"),
  };
  const conflict = error("Jemand hat inzwischen gespeichert (`meta.headRevisionId` nennt die neuere Fassung) oder der Schritt passt nicht zum Stand; nichts wurde geändert");
  return {
    "/api/articles": {
      get: {
        operationId: "listArticles",
        summary: "Artikel auflisten",
        description: "Basisartikel, die die Person sehen darf, mit Filtern; 50 je Seite.",
        parameters: Object.entries(inputSchema(listFilterInput).properties as { [key: string]: Json }).map(([name, schema]) => ({ name, in: "query", required: false, schema })),
        responses: { "200": ok("Eine Seite der Liste"), "400": common["400"], "401": common["401"] },
      },
      post: {
        operationId: "createArticle",
        summary: "Artikel anlegen",
        description: "Legt einen Basisartikel mit seiner ersten Fassung als Entwurf an (BeV des betreibenden Landes).",
        requestBody: body(content(createArticleInput), "Dienst, Typ und Inhalt"),
        responses: { "201": ok("Angelegt", { type: "object", required: ["articleId", "revisionId"], properties: { articleId: { type: "string" }, revisionId: { type: "string" } } }), ...common },
      },
    },
    "/api/articles/{id}": {
      parameters: [idParam],
      get: { operationId: "getArticle", summary: "Artikel mit Fassungen", responses: { "200": ok("Artikel, veröffentlichte und neueste Fassung, Verlauf"), ...common } },
    },
    "/api/articles/{id}/draft": {
      parameters: [idParam],
      put: {
        operationId: "saveDraft",
        summary: "Entwurf eines Basisartikels speichern",
        description: "Speichert eine neue Entwurfsfassung; die veröffentlichte Fassung bleibt bis zur Freigabe sichtbar.",
        requestBody: body(content(saveDraftInput), "Die Fassung, von der die Bearbeitung ausging (`baseRevisionId`), und der ganze Inhalt"),
        responses: { "200": ok("Gespeichert", revisionRef), ...common, "409": conflict },
      },
    },
    "/api/articles/{id}/variant-draft": {
      parameters: [idParam],
      put: {
        operationId: "saveVariantDraft",
        summary: "Entwurf einer Variante speichern",
        description: "Speichert die Änderungen einer Land- oder Kommune-Variante gegenüber ihrem Elternartikel (ersetzen oder ergänzen je Feld).",
        requestBody: body({ allOf: [inputSchema(saveVariantDraftInput), { type: "object", properties: { changes: inputSchema(changesInput) } }] }, "Ausgangsfassung und Änderungen"),
        responses: { "200": ok("Gespeichert", revisionRef), ...common, "409": conflict },
      },
    },
    "/api/articles/{id}/variants": {
      parameters: [idParam],
      get: { operationId: "listVariants", summary: "Varianten einer Artikelfamilie", responses: { "200": ok("Die Varianten mit Region und Stand"), ...common } },
      post: {
        operationId: "deriveVariant",
        summary: "Variante ableiten",
        description: "Legt die Variante der eigenen Region (Land oder Kommune) zu diesem veröffentlichten Artikel an; ohne Änderungen übernimmt sie jedes Feld.",
        requestBody: { required: false, content: { "application/json": { schema: { type: "object", properties: { changes: inputSchema(changesInput) } } } } },
        responses: { "201": ok("Angelegt", { type: "object", required: ["articleId", "revisionId"], properties: { articleId: { type: "string" }, revisionId: { type: "string" } } }), ...common, "409": conflict },
      },
    },
    "/api/articles/{id}/{action}": {
      parameters: [idParam, { name: "action", in: "path", required: true, schema: { type: "string", enum: [...WORKFLOW_ACTIONS] } }],
      post: {
        operationId: "runWorkflowStep",
        summary: "Arbeitsschritt",
        description:
          "submit (zur Prüfung), approve (freigeben, zweite Person), reject (zurückweisen, `comment` Pflicht), archive, restore (`revisionId` einer früheren Fassung als neuer Entwurf), publish-incident (Störung sofort veröffentlichen, nachträglich zu prüfen), confirm-incident (nachträgliche Prüfung), resolve-incident (`resolvedAt`), rebase (Variante auf die neue Basis setzen).",
        requestBody: {
          required: false,
          content: { "application/json": { schema: { type: "object", properties: { comment: { type: "string", maxLength: 2000 }, revisionId: { type: "string" }, resolvedAt: { type: "string", description: "Datum und Uhrzeit (ISO 8601; ohne Zone: deutsche Zeit)" } } } } },
        },
        responses: { "200": ok("Erledigt"), ...common, "409": conflict },
      },
    },
  };
}
