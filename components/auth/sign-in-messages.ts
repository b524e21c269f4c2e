/**
 * German messages for the error codes next-auth reports (from signIn() or as ?error= on the sign-in
 * page after an OIDC round trip). Unknown codes get the general message: no internals are shown.
 */
const OIDC_REASONS: Record<string, string> = {
  NO_ROLE: "Ihr Konto beim zentralen Anmeldedienst hat keine Rolle für EfA-Wissen.",
  NO_ORG: "Ihr Konto beim zentralen Anmeldedienst nennt keine Organisation (Regionalschlüssel).",
  UNKNOWN_ORG: "Die Organisation Ihres Kontos ist in EfA-Wissen nicht angelegt.",
  NO_EMAIL: "Ihr Konto beim zentralen Anmeldedienst hat keine E-Mail-Adresse.",
  NO_SUBJECT: "Der zentrale Anmeldedienst hat keine Kennung Ihres Kontos geliefert.",
  EMAIL_TAKEN: "Ihre E-Mail-Adresse gehört in EfA-Wissen bereits zu einem anderen Konto.",
  DEACTIVATED: "Ihr Konto ist in EfA-Wissen deaktiviert.",
};

/** Known refusal codes (lib/auth/oidc.ts) get their own sentence; free text from the URL is never shown. */
export function oidcRefusalMessage(reason: string | undefined): string | null {
  const text = reason ? OIDC_REASONS[reason] : undefined;
  return text ? `${text} Bitte wenden Sie sich an die Administration Ihrer Organisation.` : null;
}

export function signInErrorMessage(code: string, reason?: string): string {
  if (code === "OidcNotAllowed") {
    const specific = oidcRefusalMessage(reason);
    if (specific) return specific;
  }
  switch (code) {
    case "CredentialsSignin":
      return "E-Mail-Adresse oder Passwort ist nicht richtig, oder das Konto ist nicht aktiv. Bitte prüfen Sie Ihre Eingaben.";
    case "RATE_LIMITED":
      return "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.";
    // The callback's free-text `reason` is not shown: anyone can put text into a URL (content spoofing).
    case "OidcNotAllowed":
      return "Ihr Konto beim zentralen Anmeldedienst ist für EfA-Wissen nicht freigeschaltet, zum Beispiel weil eine Rolle oder Organisation fehlt oder das Konto deaktiviert ist. Bitte wenden Sie sich an die Administration Ihrer Organisation.";
    case "AccessDenied":
      return "Für dieses Konto ist keine Anmeldung möglich. Bitte wenden Sie sich an die Administration Ihrer Organisation.";
    case "OAuthSignin":
    case "OAuthCallback":
    case "OAuthCreateAccount":
    case "OAuthAccountNotLinked":
    case "Callback":
      return "Die Anmeldung über den zentralen Anmeldedienst ist fehlgeschlagen. Bitte versuchen Sie es erneut oder melden Sie sich mit E-Mail-Adresse und Passwort an.";
    case "SessionRequired":
      return "Bitte melden Sie sich an, um fortzufahren.";
    default:
      return "Die Anmeldung ist fehlgeschlagen. Bitte versuchen Sie es erneut; besteht das Problem fort, wenden Sie sich an den Betrieb.";
  }
}

/** Shown when the server could not be reached at all. */
export const SIGN_IN_UNAVAILABLE = "Die Anmeldung ist zurzeit nicht möglich. Bitte versuchen Sie es in einigen Minuten erneut.";
