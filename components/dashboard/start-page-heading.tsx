import type { ReactNode } from "react";
import { ORG_KIND_LABELS, type Actor } from "@/lib/auth/actor";

interface StartPageHeadingProps {
  title: string;
  /** The organisation whose data the page shows, so nobody mistakes the scope. */
  organisation: Actor["organisation"];
  children?: ReactNode;
}

/** h1 of a start page with the organisation it is scoped to. */
export function StartPageHeading({ title, organisation, children }: StartPageHeadingProps) {
  return (
    <div className="kern-stack-sm">
      <h1 className="kern-heading-x-large">{title}</h1>
      <p className="kern-body">
        {ORG_KIND_LABELS[organisation.kind]}: {organisation.name} (Regionalschlüssel {organisation.ars})
      </p>
      {children}
    </div>
  );
}
