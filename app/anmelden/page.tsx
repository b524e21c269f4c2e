import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/components/auth/callback-url";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInErrorMessage } from "@/components/auth/sign-in-messages";
import { getActor } from "@/lib/auth/session";
import { signInOptions } from "@/lib/auth/providers-info";
import { startPathFor } from "@/lib/dashboard/start-pages";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Anmelden" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl), env().NEXTAUTH_URL);

  const actor = await getActor();
  if (actor) redirect(callbackUrl ?? startPathFor(actor.role) ?? "/status");

  const errorCode = first(params.error);
  return (
    <div className="kern-stack-lg efa-narrow">
      <h1 className="kern-heading-x-large">Anmelden</h1>
      <p className="kern-body">
        Melden Sie sich mit der E-Mail-Adresse und dem Passwort Ihres Kontos an. Ein Konto erhalten Sie von der
        Administration Ihrer Organisation.
      </p>
      <SignInForm
        callbackUrl={callbackUrl ?? "/"}
        oidc={signInOptions().oidc}
        initialError={errorCode ? signInErrorMessage(errorCode, first(params.reason)) : null}
      />
    </div>
  );
}
