import type { Role } from "@/lib/auth/actor";
import { startPathFor } from "@/lib/dashboard/start-pages";

export interface NavItem {
  href: string;
  label: string;
}

// Further areas (search, ...) add an entry here once their page exists.
const AREA_ITEMS: readonly { href: string; label: string; roles: readonly Role[] }[] = [
  { href: "/artikel", label: "Artikel", roles: ["BEV", "REVIEWER", "MIV", "KOMMUNE", "ADMIN"] },
  // agents reach the search as their start page; editors check there what the 115 sees
  { href: "/servicecenter", label: "Suche (115-Sicht)", roles: ["BEV", "REVIEWER", "MIV", "KOMMUNE", "ADMIN"] },
  { href: "/berichte", label: "Berichte (S6)", roles: ["MIV", "BEV"] },
  { href: "/matrix", label: "Kommunikationsmatrix", roles: ["BEV", "MIV", "ADMIN"] },
  { href: "/synonyme", label: "Synonyme", roles: ["BEV", "ADMIN"] },
  { href: "/admin/protokoll", label: "Protokoll", roles: ["ADMIN"] },
  { href: "/admin/xzufi", label: "XZuFi-Export", roles: ["ADMIN"] },
  { href: "/status", label: "Systemstatus", roles: ["ADMIN"] },
];

/** Main navigation of a role: its start page first, then the areas it works in. */
export function navItemsFor(role: Role): NavItem[] {
  const start = startPathFor(role);
  return [
    ...(start ? [{ href: start, label: "Startseite" }] : []),
    ...AREA_ITEMS.filter((item) => item.roles.includes(role)).map(({ href, label }) => ({ href, label })),
  ];
}
