import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "./sign-in-messages";

describe("signInErrorMessage", () => {
  it("names wrong credentials without saying which part was wrong", () => {
    expect(signInErrorMessage("CredentialsSignin")).toMatch(/E-Mail-Adresse oder Passwort/);
  });
  it("tells rate-limited users to wait 15 minutes", () => {
    expect(signInErrorMessage("RATE_LIMITED")).toMatch(/15 Minuten/);
  });
  it("explains a refused OIDC account without echoing URL text", () => {
    expect(signInErrorMessage("OidcNotAllowed")).toMatch(/nicht freigeschaltet/);
  });
  it("falls back to a general message for unknown codes, without echoing them", () => {
    const message = signInErrorMessage("Some internal failure: ECONNREFUSED");
    expect(message).toMatch(/fehlgeschlagen/);
    expect(message).not.toMatch(/ECONNREFUSED/);
  });
});

describe("OIDC refusal reasons", () => {
  it("names known reasons and ignores free text", () => {
    expect(signInErrorMessage("OidcNotAllowed", "UNKNOWN_ORG")).toMatch(/Organisation Ihres Kontos ist in EfA-Wissen nicht angelegt/);
    expect(signInErrorMessage("OidcNotAllowed", "<script>Ihr Passwort ist abgelaufen</script>")).toMatch(/nicht freigeschaltet/);
  });
});
