/**
 * Keyboard model of the agent screen (pure). Focus is either in the search field (-1) or on hit i (0..n-1):
 * ArrowDown goes from the field to the first hit and on, ArrowUp back and from the first hit to the field,
 * Home/End jump within the hits, Escape returns to the field. null: the key is not ours (default behaviour).
 */
export const SEARCH_FIELD = -1;

export function nextFocus(current: number, key: string, count: number): number | null {
  const inList = current >= 0;
  switch (key) {
    case "ArrowDown":
      if (count === 0) return null;
      return inList ? Math.min(current + 1, count - 1) : 0;
    case "ArrowUp":
      return inList ? current - 1 : null;
    case "Home":
      return inList && count > 0 ? 0 : null;
    case "End":
      return inList && count > 0 ? count - 1 : null;
    case "Escape":
      return inList ? SEARCH_FIELD : null;
    default:
      return null;
  }
}

/** Whether "/" should jump to the search field: not while the person types in a field. */
export function isSearchShortcut(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (!target) return true;
  const tag = (target.tagName ?? "").toUpperCase();
  return !(tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable === true);
}

/** Which option of the region list is active after a key (combobox pattern): wraps around, -1 = none. */
export function nextOption(active: number, key: "ArrowDown" | "ArrowUp" | "Home" | "End", count: number): number {
  if (count === 0) return -1;
  switch (key) {
    case "ArrowDown":
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case "ArrowUp":
      return active <= 0 ? count - 1 : active - 1;
    case "Home":
      return 0;
    case "End":
      return count - 1;
  }
}

/**
 * One question of a caller, as the search events count it: requests of the same question share a searchId.
 * A new question (new id) starts when the field is emptied, or when the query changes after a result was opened.
 */
export interface SearchSession {
  searchId: string;
  query: string;
  hasOpened: boolean;
}

export function nextSession(session: SearchSession | null, query: string, newId: () => string): SearchSession {
  const q = query.trim();
  if (!session || q === "" || (session.hasOpened && q !== session.query)) return { searchId: newId(), query: q, hasOpened: false };
  return { ...session, query: q };
}
