/** German wording of the agent screen (pure, shared by server and client components). */

/**
 * A region's name without the official prefix, for short badges: "Land Hessen" -> "Hessen",
 * "Stadt Frankfurt am Main" -> "Frankfurt am Main", "Freie Hansestadt Bremen" -> "Bremen".
 */
export function shortRegionName(name: string): string {
  const short = name.replace(/^(Freie und Hansestadt|Freie Hansestadt|Freistaat|Land|Landeshauptstadt|Kreisfreie Stadt|Universitätsstadt|Hansestadt|Stadt|Gemeinde|Markt|Kreis|Landkreis)\s+/u, "").trim();
  return short || name;
}

/** The badge of a hit's origin: none for the base, "Variante Hessen" for a Land's, "Kommune Frankfurt am Main" for a Kommune's. */
export function scopeBadge(scope: "BASE" | "LAND" | "KOMMUNE", regionName: string): string | null {
  if (scope === "BASE") return null;
  return scope === "LAND" ? `Variante ${shortRegionName(regionName)}` : `Kommune ${shortRegionName(regionName)}`;
}

/** "Stadt Frankfurt am Main (064120000000), Land Hessen" or "Land Hessen (06)". */
export function regionLine(region: { ars: string; name: string; kind: "LAND" | "KOMMUNE"; land: { name: string } }): string {
  return region.kind === "KOMMUNE" ? `${region.name} (${region.ars}), ${region.land.name}` : `${region.name} (${region.ars})`;
}

/** Where a part of the answer comes from: the base, a region's own version (replaced), or a region's addition. */
export function partSource(part: { level: string; orgName: string }, index: number): string {
  if (part.level === "base") return `Basisartikel – ${part.orgName}`;
  if (index === 0) return `Eigene Fassung – ${part.orgName}`;
  return `Ergänzung – ${part.orgName}`;
}

export const CHANNEL_LABELS: Record<"TICKET_SYSTEM" | "EMAIL" | "PHONE", string> = { TICKET_SYSTEM: "Ticketsystem", EMAIL: "E-Mail", PHONE: "Telefon" };
export const SUPPORT_KIND_LABELS: Record<"TECHNICAL" | "FACHLICH", string> = { TECHNICAL: "technisch", FACHLICH: "fachlich" };
export const SUPPORT_LEVEL_LABELS: Record<"SECOND" | "THIRD", string> = { SECOND: "Second Level", THIRD: "Third Level" };

/**
 * A link for a routing target's contact, or null when it is not safely linkable: e-mail -> mailto:,
 * phone -> tel:, ticket system -> its http(s) address only (never another scheme).
 */
export function contactHref(channel: "TICKET_SYSTEM" | "EMAIL" | "PHONE", contact: string): string | null {
  const c = contact.trim();
  if (channel === "EMAIL") return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(c) ? `mailto:${c}` : null;
  if (channel === "PHONE") {
    const digits = c.replace(/[\s/().-]/g, "");
    return /^\+?\d{4,20}$/.test(digits) ? `tel:${digits}` : null;
  }
  try {
    const url = new URL(c);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** "Ein Treffer", "3 Treffer", "Keine Treffer". */
export function hitCountText(count: number): string {
  if (count === 0) return "Keine Treffer";
  return count === 1 ? "Ein Treffer" : `${count} Treffer`;
}
