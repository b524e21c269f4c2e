import { env } from "../env";

/** What the sign-in page offers besides e-mail and password. */
export function signInOptions(): { oidc: null | { id: "oidc"; name: string } } {
  const e = env();
  return { oidc: e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET ? { id: "oidc", name: e.OIDC_NAME } : null };
}
