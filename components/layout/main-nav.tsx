"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "./nav-items";

function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** Main navigation; marks the current area with aria-current="page". */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname() ?? "";
  if (items.length === 0) return null;
  return (
    <nav className="efa-nav" aria-label="Hauptnavigation">
      <div className="kern-container">
        <ul className="efa-nav__list">
          {items.map((item) => (
            <li key={item.href}>
              <Link
                className="efa-nav__link"
                href={item.href}
                aria-current={isCurrent(pathname, item.href) ? "page" : undefined}
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
