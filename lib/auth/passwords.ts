import bcrypt from "bcryptjs";

const COST = 12;
// Compared against when the account does not exist, so that the answer takes as long either way.
let dummyHash: Promise<string> | undefined;

export const MIN_PASSWORD_LENGTH = 12;

/** bcrypt hash of a password (cost 12). */
export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

/** Checks a password against a hash; with no hash it still spends the same time and returns false. */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  dummyHash ??= bcrypt.hash("kein-konto", COST);
  const ok = await bcrypt.compare(password, hash ?? (await dummyHash));
  return Boolean(hash) && ok;
}

/** German problem with a new password, or null if it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein.`;
  if (password.length > 200) return "Das Passwort darf höchstens 200 Zeichen lang sein.";
  return null;
}
