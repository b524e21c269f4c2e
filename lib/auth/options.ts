import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { env } from "../env";
import { isAppError } from "../errors";
import { authenticateWithPassword, SIGN_IN_ERRORS } from "./authenticate";
import { mapOidcClaims, oidcMappingConfig, provisionOidcUser } from "./oidc";

type OidcProfile = Record<string, unknown> & { sub: string };

function clientAddress(headers: Record<string, unknown> | undefined): string | undefined {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || undefined;
}

/** next-auth configuration, built on demand so that env is read at run time, not at build time. */
export function authOptions(): NextAuthOptions {
  const e = env();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "E-Mail und Passwort",
      credentials: { email: { label: "E-Mail", type: "email" }, password: { label: "Passwort", type: "password" } },
      async authorize(credentials, req) {
        try {
          const actor = await authenticateWithPassword(credentials, clientAddress(req.headers));
          return actor ? { id: actor.id, name: actor.name, email: actor.email } : null;
        } catch (err) {
          if (isAppError(err) && err.code === "RATE_LIMITED") throw new Error(SIGN_IN_ERRORS.rateLimited, { cause: err });
          throw err;
        }
      },
    }),
  ];
  if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) {
    const mapping = oidcMappingConfig(e);
    const oidc: OAuthConfig<OidcProfile> = {
      id: "oidc",
      name: e.OIDC_NAME,
      type: "oauth",
      wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      checks: ["pkce", "state"],
      idToken: true,
      // The local user id replaces the subject in signIn below; here only the claims are passed on.
      profile: (profile) => ({ id: profile.sub, name: typeof profile.name === "string" ? profile.name : null, email: typeof profile.email === "string" ? profile.email : null }),
    };
    providers.push(oidc);
    return build(e.SESSION_MAX_AGE_HOURS, e.NEXTAUTH_SECRET, providers, mapping);
  }
  return build(e.SESSION_MAX_AGE_HOURS, e.NEXTAUTH_SECRET, providers, null);
}

function build(
  maxAgeHours: number,
  secret: string | undefined,
  providers: NextAuthOptions["providers"],
  mapping: ReturnType<typeof oidcMappingConfig> | null,
): NextAuthOptions {
  return {
    secret,
    providers,
    session: { strategy: "jwt", maxAge: maxAgeHours * 3600, updateAge: 15 * 60 },
    jwt: { maxAge: maxAgeHours * 3600 },
    pages: { signIn: "/anmelden", error: "/anmelden" },
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== "oidc") return true;
        if (!mapping || !profile) return "/anmelden?error=OidcNotAllowed";
        const result = await provisionOidcUser(mapOidcClaims(profile as Record<string, unknown>, mapping));
        if ("reason" in result) return `/anmelden?error=OidcNotAllowed&reason=${result.reason}`;
        user.id = result.userId; // the token's subject becomes the local user id
        return true;
      },
      jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        // Only the id travels in the token; role and organisation are read fresh per request (lib/auth/session.ts).
        return { ...session, uid: typeof token.uid === "string" ? token.uid : undefined };
      },
    },
  };
}
