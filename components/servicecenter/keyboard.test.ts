import { describe, expect, it } from "vitest";
import { isSearchShortcut, nextFocus, nextOption, nextSession, SEARCH_FIELD } from "./keyboard";

describe("keyboard model of the hit list", () => {
  it("ArrowDown goes from the field through the hits and stops at the last", () => {
    expect(nextFocus(SEARCH_FIELD, "ArrowDown", 3)).toBe(0);
    expect(nextFocus(0, "ArrowDown", 3)).toBe(1);
    expect(nextFocus(2, "ArrowDown", 3)).toBe(2);
    expect(nextFocus(SEARCH_FIELD, "ArrowDown", 0)).toBeNull();
  });

  it("ArrowUp goes back and from the first hit to the field; in the field it is left alone", () => {
    expect(nextFocus(2, "ArrowUp", 3)).toBe(1);
    expect(nextFocus(0, "ArrowUp", 3)).toBe(SEARCH_FIELD);
    expect(nextFocus(SEARCH_FIELD, "ArrowUp", 3)).toBeNull();
  });

  it("Escape returns to the query; Home/End jump within the hits; other keys are not handled", () => {
    expect(nextFocus(1, "Escape", 3)).toBe(SEARCH_FIELD);
    expect(nextFocus(SEARCH_FIELD, "Escape", 3)).toBeNull();
    expect(nextFocus(2, "Home", 3)).toBe(0);
    expect(nextFocus(0, "End", 3)).toBe(2);
    expect(nextFocus(SEARCH_FIELD, "End", 3)).toBeNull();
    expect(nextFocus(1, "Enter", 3)).toBeNull();
    expect(nextFocus(1, "a", 3)).toBeNull();
  });

  it("/ jumps to the search field unless the person is typing in a field", () => {
    const key = { key: "/", ctrlKey: false, metaKey: false, altKey: false };
    expect(isSearchShortcut(key, { tagName: "BODY" })).toBe(true);
    expect(isSearchShortcut(key, { tagName: "A" })).toBe(true);
    expect(isSearchShortcut(key, null)).toBe(true);
    for (const tagName of ["INPUT", "TEXTAREA", "SELECT"]) expect(isSearchShortcut(key, { tagName })).toBe(false);
    expect(isSearchShortcut(key, { tagName: "DIV", isContentEditable: true })).toBe(false);
    expect(isSearchShortcut({ ...key, ctrlKey: true }, { tagName: "BODY" })).toBe(false);
    expect(isSearchShortcut({ ...key, key: "?" }, { tagName: "BODY" })).toBe(false);
  });

  it("the region list wraps around", () => {
    expect(nextOption(-1, "ArrowDown", 3)).toBe(0);
    expect(nextOption(2, "ArrowDown", 3)).toBe(0);
    expect(nextOption(0, "ArrowUp", 3)).toBe(2);
    expect(nextOption(-1, "ArrowUp", 3)).toBe(2);
    expect(nextOption(1, "End", 3)).toBe(2);
    expect(nextOption(1, "Home", 3)).toBe(0);
    expect(nextOption(0, "ArrowDown", 0)).toBe(-1);
  });
});

describe("search session: one event per caller question", () => {
  let n = 0;
  const newId = () => `id-${++n}`;

  it("keeps the id while the agent types and starts a new one when the field is emptied", () => {
    n = 0;
    let s = nextSession(null, "E", newId);
    s = nextSession(s, "Elt", newId);
    s = nextSession(s, "Elterngeld ", newId);
    expect(s).toEqual({ searchId: "id-1", query: "Elterngeld", hasOpened: false });
    s = nextSession(s, "", newId);
    expect(s.searchId).toBe("id-2");
    s = nextSession(s, "Wohngeld", newId);
    expect(s.searchId).toBe("id-2");
  });

  it("after opening a result, the same query keeps the id and a changed one starts a new question", () => {
    n = 10;
    const opened = { ...nextSession(null, "Elterngeld", newId), hasOpened: true };
    expect(nextSession(opened, "Elterngeld", newId)).toEqual(opened);
    expect(nextSession(opened, "Elterngeld Frist", newId)).toEqual({ searchId: "id-12", query: "Elterngeld Frist", hasOpened: false });
  });
});
