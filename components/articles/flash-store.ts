/**
 * A success message carried across one client-side navigation (e.g. "Entwurf gespeichert" after the form
 * redirects to the article). Kept in memory of the browser tab, not in the URL: a reload or a later refresh
 * does not repeat it, and no text from the address is ever shown. Only client code calls these functions.
 */
let pending: { path: string; text: string } | null = null;

export const FLASH = {
  created: "Der Artikel wurde als Entwurf angelegt. Geben Sie ihn zur Prüfung, wenn er fertig ist.",
  saved: "Der Entwurf wurde gespeichert. Eine veröffentlichte Fassung bleibt sichtbar, bis eine neue Version freigegeben ist.",
  restored: "Die frühere Version wurde als neuer Entwurf wiederhergestellt.",
  variantCreated: "Die Variante ist als Entwurf angelegt und übernimmt zunächst alles. Wählen Sie, was Sie ersetzen oder ergänzen, und speichern Sie.",
  variantSaved: "Der Entwurf der Variante wurde gespeichert. Geben Sie ihn zur Prüfung, wenn er fertig ist; bis zur Freigabe sieht die 115 die bisherige Fassung.",
} as const;

/** Leaves a message for the page at `path` (called right before navigating there). */
export function setFlash(path: string, text: string): void {
  pending = { path, text };
}

/** The message left for `path`, once. */
export function takeFlash(path: string): string | null {
  if (!pending || pending.path !== path) return null;
  const { text } = pending;
  pending = null;
  return text;
}
