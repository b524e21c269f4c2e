import Link from "next/link";
import { MainNav } from "./main-nav";
import type { NavItem } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

export interface SignedInPerson {
  name: string;
  roleLabel: string;
  organisationName: string;
  organisationKindLabel: string;
}

interface SiteHeaderProps {
  person: SignedInPerson | null;
  navItems: NavItem[];
}

/** KERN Kopfzeile, product name, the signed-in person and the main navigation. */
export function SiteHeader({ person, navItems }: SiteHeaderProps) {
  return (
    <header className="efa-header">
      <div className="kern-kopfzeile">
        <div className="kern-container">
          <div className="kern-kopfzeile__content">
            <span className="kern-kopfzeile__flagge" aria-hidden="true">
              <svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 16" focusable="false">
                <path fill="#000" d="M0 0h24v5.333H0z" />
                <path fill="#D00" d="M0 5.333h24v5.334H0z" />
                <path fill="#FFCE00" d="M0 10.667h24V16H0z" />
              </svg>
            </span>
            <span className="kern-kopfzeile__label">Ein Angebot der öffentlichen Verwaltung</span>
          </div>
        </div>
      </div>
      <div className="efa-header__bar">
        <div className="kern-container efa-header__inner">
          <div className="efa-brand">
            <Link className="efa-brand__name" href="/">
              EfA-Wissen
            </Link>
            <span className="efa-brand__claim">Wissensmanagement für EfA-Onlinedienste</span>
          </div>
          {person ? (
            <div className="efa-person">
              <p className="efa-person__text">
                <span className="efa-person__name">{person.name}</span>
                <span>
                  <span className="kern-sr-only">Rolle: </span>
                  {person.roleLabel}
                </span>
                <span>
                  <span className="kern-sr-only">Organisation: </span>
                  {person.organisationName} ({person.organisationKindLabel})
                </span>
              </p>
              <SignOutButton />
            </div>
          ) : null}
        </div>
      </div>
      {person ? <MainNav items={navItems} /> : null}
    </header>
  );
}
