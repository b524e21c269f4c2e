/**
 * Agents type what callers say, sometimes with personal data in it. Before a query is stored (SearchEvent,
 * S6 statistics) e-mail addresses, phone numbers, IBANs, dates and digit runs of five or more are replaced
 * by placeholders. Pure.
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// IBAN: two letters, two check digits, then 11 to 30 letters or digits, optionally in groups of four
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/gi;
// phone numbers: +49 …, 0049 …, 0… with spaces, slashes, dots, hyphens or brackets, at least six digits in all
const PHONE = /(?:\+|\b00|\b0)\d(?:[ /().-]{0,3}\d){5,}/g;
// calendar dates such as a date of birth: 1.2.1985, 01.02.85, 1985-02-01
const DATE = /\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b/g;
const LONG_DIGITS = /\d{5,}/g;

/** Text with personal data replaced by [E-Mail], [IBAN], [Telefon], [Datum], [Zahl] (also feedback reasons). */
export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, "[E-Mail]")
    .replace(IBAN, (m) => (/\d{2}/.test(m.slice(2, 4)) && /\d/.test(m.slice(4)) ? "[IBAN]" : m))
    .replace(DATE, "[Datum]")
    .replace(PHONE, "[Telefon]")
    .replace(LONG_DIGITS, "[Zahl]")
    .replace(/\s+/g, " ")
    .trim();
}

/** The query with personal data replaced, at most 200 characters. */
export function maskQuery(query: string): string {
  return maskPersonalData(query).slice(0, 200);
}
