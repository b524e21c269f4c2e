import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps relative paths inside the app", () => {
    expect(safeCallbackUrl("/redaktion")).toBe("/redaktion");
    expect(safeCallbackUrl("/artikel/abc?tab=2#teil")).toBe("/artikel/abc?tab=2#teil");
  });

  it("refuses other hosts and tricks", () => {
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "redaktion", "/a\nb"]) {
      expect(safeCallbackUrl(bad, "http://localhost:3000")).toBeNull();
    }
  });

  it("accepts absolute URLs of the app's own origin as their path", () => {
    expect(safeCallbackUrl("http://localhost:3000/land?x=1", "http://localhost:3000")).toBe("/land?x=1");
    expect(safeCallbackUrl("http://localhost:3001/land", "http://localhost:3000")).toBeNull();
    expect(safeCallbackUrl("http://localhost:3000/land")).toBeNull();
  });

  it("does not loop back to the sign-in page or into the API", () => {
    expect(safeCallbackUrl("/anmelden?callbackUrl=/x")).toBeNull();
    expect(safeCallbackUrl("/api/auth/signout")).toBeNull();
  });

  it("treats empty input as none", () => {
    expect(safeCallbackUrl(undefined)).toBeNull();
    expect(safeCallbackUrl("")).toBeNull();
  });
});
