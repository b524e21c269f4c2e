"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "./nav-items";

function matches(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The most specific entry containing the page (/admin/protokoll is "Protokoll", not "Startseite"). */
function currentHref(pathname: string, items: NavItem[]): string | null {
  return items.filter((i) => matches(pathname, i.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}

/** Main navigation; marks the current area with aria-current="page". */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname() ?? "";
  if (items.length === 0) return null;
  const current = currentHref(pathname, items);
  return (
    <nav className="efa-nav" aria-label="Hauptnavigation">
      <div className="kern-container">
        <ul className="efa-nav__list">
          {items.map((item) => (
            <li key={item.href}>
              <Link
                className="efa-nav__link"
                href={item.href}
                aria-current={item.href === current ? "page" : undefined}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
