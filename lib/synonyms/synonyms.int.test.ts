/** Synonym groups in the database: maintained by ADMIN and BEV, one term in one group, outbox row per change; starter vocabulary once. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { dropIndexes, syncIndex, testSearchContext } from "../../tests/integration/search-index";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { indexNames } from "../search/settings";
import { PROJECT_ROOT } from "../system/project-root";
import { createUser } from "../users/create-user";
import { listSynonymGroups, pageSynonymGroups } from "./list-synonym-groups";
import { loadStarterSynonyms } from "./load-starter-synonyms";
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from "./save-synonym-group";

const ctx = testSearchContext("synonyms");

describe("synonym groups", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  const actors: Record<string, Actor> = {};
  beforeAll(async () => {
    fresh = await createFreshDatabase("synonyms");
    const org = await db().organisation.create({ data: { ars: "04", name: "Freie Hansestadt Bremen", kind: "LAND" } });
    for (const role of ["ADMIN", "BEV", "MIV", "AGENT"] as const) {
      const u = await createUser({ email: `${role.toLowerCase()}@example.org`, name: role, role, orgArs: "04", password: "ein-langes-passwort-2026" }, { id: null, label: "Test" });
      actors[role] = { kind: "user", id: u.id, name: role, role, organisation: { id: org.id, ars: "04", name: org.name, kind: "LAND" } };
    }
  });
  afterAll(async () => {
    await dropIndexes(ctx);
    await fresh.drop();
  });
  const outbox = () => db().searchOutbox.count({ where: { entityType: "synonyms" } });

  it("ADMIN and BEV create, change and delete groups; each change queues the synonyms for the index", async () => {
    const admin = actors.ADMIN as Actor;
    const bev = actors.BEV as Actor;
    const g = await createSynonymGroup(admin, { terms: ["Perso", "Personalausweis", "perso"] });
    expect(g.terms).toEqual(["Perso", "Personalausweis"]);
    expect(await outbox()).toBe(1);
    const changed = await updateSynonymGroup(bev, g.id, { terms: ["Perso", "Personalausweis", "Ausweis"] });
    expect(changed.terms).toEqual(["Perso", "Personalausweis", "Ausweis"]);
    expect(await outbox()).toBe(2);
    expect((await listSynonymGroups(actors.AGENT as Actor)).groups.map((x) => x.terms)).toEqual([["Perso", "Personalausweis", "Ausweis"]]);
    expect((await listSynonymGroups(actors.AGENT as Actor)).canEdit).toBe(false);
    await deleteSynonymGroup(bev, g.id);
    expect(await outbox()).toBe(3);
    expect(await db().auditEntry.count({ where: { entityType: "synonymGroup" } })).toBe(3);
  });

  it("a term belongs to exactly one group; fewer than two terms are refused; other roles may not edit", async () => {
    const admin = actors.ADMIN as Actor;
    await createSynonymGroup(admin, { terms: ["BundID", "Nutzerkonto Bund"] });
    await expect(createSynonymGroup(admin, { terms: ["bundid", "Bund-ID"] })).rejects.toMatchObject({
      code: "VALIDATION", problems: [{ path: "terms.0", message: expect.stringContaining("steht schon in der Gruppe „BundID, Nutzerkonto Bund“") }],
    });
    await expect(createSynonymGroup(admin, { terms: ["Kfz", "kfz"] })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createSynonymGroup(actors.MIV as Actor, { terms: ["A", "B"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateSynonymGroup(admin, "gibt-es-nicht", { terms: ["A", "B"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("names each refused term at the position it was entered, also after a duplicate and for empty or too long terms", async () => {
    const admin = actors.ADMIN as Actor;
    await createSynonymGroup(admin, { terms: ["Knöllchen", "Verwarnungsgeld"] });
    // "perso" repeats "Perso" (dropped on saving), so "Knöllchen" is the third entered term
    await expect(createSynonymGroup(admin, { terms: ["Perso", "perso", "Knöllchen"] })).rejects.toMatchObject({
      code: "VALIDATION", problems: [{ path: "terms.2", message: expect.stringContaining("„Knöllchen“ steht schon in der Gruppe „Knöllchen, Verwarnungsgeld“") }],
    });
    await expect(createSynonymGroup(admin, { terms: ["Perso", "", "x".repeat(61)] })).rejects.toMatchObject({
      code: "VALIDATION",
      problems: [
        { path: "terms.1", message: "Ein Begriff darf nicht leer sein." },
        { path: "terms.2", message: "Ein Begriff hat höchstens 60 Zeichen." },
      ],
    });
    // an empty field and a term of another group are reported together, in the order of the fields
    await expect(createSynonymGroup(admin, { terms: ["Verwarnungsgeld", ""] })).rejects.toMatchObject({
      code: "VALIDATION",
      problems: [
        { path: "terms.0", message: expect.stringContaining("„Verwarnungsgeld“ steht schon in der Gruppe") },
        { path: "terms.1", message: "Ein Begriff darf nicht leer sein." },
      ],
    });
    expect(await db().synonymGroup.count({ where: { terms: { has: "Perso" } } })).toBe(0);
  });

  it("pages and filters the groups for the maintenance page (ADMIN and BEV only)", async () => {
    const bev = actors.BEV as Actor;
    const page = await pageSynonymGroups(bev, { q: "knoellchen" });
    expect(page.groups.map((g) => g.terms)).toEqual([["Knöllchen", "Verwarnungsgeld"]]);
    expect(page).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(page.overall).toBe(await db().synonymGroup.count());
    const beyond = await pageSynonymGroups(bev, { page: 99 });
    expect(beyond.page).toBe(beyond.pageCount);
    await expect(pageSynonymGroups(actors.AGENT as Actor, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(pageSynonymGroups(actors.MIV as Actor, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("every change reaches Meilisearch through the outbox: created, changed and deleted groups", async () => {
    const bev = actors.BEV as Actor;
    const synonyms = async () => {
      await syncIndex(ctx);
      return ctx.client.index(indexNames(ctx.indexPrefix).articles).getSynonyms();
    };
    const g = await createSynonymGroup(bev, { terms: ["Fahrzeugbrief", "Zulassungsbescheinigung Teil II"] });
    expect((await synonyms())["fahrzeugbrief"]).toEqual(["zulassungsbescheinigung teil ii"]);
    await updateSynonymGroup(bev, g.id, { terms: ["Fahrzeugbrief", "Kfz-Brief"] });
    const changed = await synonyms();
    expect(changed["fahrzeugbrief"]).toEqual(["kfz-brief"]);
    expect(changed["zulassungsbescheinigung teil ii"]).toBeUndefined();
    await deleteSynonymGroup(bev, g.id);
    expect((await synonyms())["fahrzeugbrief"]).toBeUndefined();
    expect(await db().searchOutbox.count({ where: { status: "PENDING" } })).toBe(0);
  });

  it("the starter vocabulary loads once, leaves groups alone whose terms are taken, and queues the synonyms", async () => {
    const before = await outbox();
    const first = await loadStarterSynonyms(PROJECT_ROOT);
    expect(first.isLoaded).toBe(true);
    expect(first.created).toBeGreaterThanOrEqual(150);
    // "BundID" is already in the editors' group above, which stays as it is
    expect(first.skipped).toContainEqual(["BundID", "Nutzerkonto Bund", "Bund-ID", "Bundes-ID"]);
    expect(await db().synonymGroup.findFirst({ where: { terms: { has: "BundID" } } })).toMatchObject({ terms: ["BundID", "Nutzerkonto Bund"] });
    expect(await outbox()).toBe(before + 1);
    const again = await loadStarterSynonyms(PROJECT_ROOT);
    expect(again).toEqual({ isLoaded: false, created: 0, existing: 0, skipped: [] });
  });
});
