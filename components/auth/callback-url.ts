/**
 * Where to go after sign-in, only ever inside this application: a relative path, or an absolute URL
 * of `appOrigin` reduced to its path. Anything else (other hosts, "//host", "javascript:", the sign-in
 * page itself) gives null, so the caller falls back to the start page. Guards against open redirects.
 */
export function safeCallbackUrl(raw: string | null | undefined, appOrigin?: string): string | null {
  if (!raw) return null;
  let path = raw.trim();
  if (!path.startsWith("/")) {
    if (!appOrigin) return null;
    try {
      const url = new URL(path);
      if (url.origin !== new URL(appOrigin).origin) return null;
      path = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return null;
    }
  }
  // "//host" and "/\host" are protocol-relative in browsers; control characters have no place in a path.
  if (path.startsWith("//") || path.startsWith("/\\") || hasControlCharacter(path)) return null;
  const pathname = path.split(/[?#]/, 1)[0] ?? "";
  if (pathname === "/anmelden" || pathname.startsWith("/api/")) return null;
  return path;
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
