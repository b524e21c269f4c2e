import { describe, expect, it } from "vitest";
import { maskQuery } from "./mask-query";

describe("maskQuery: no personal data of callers in stored queries", () => {
  it("replaces digit runs of five or more", () => {
    expect(maskQuery("Aktenzeichen 12345 und 1234")).toBe("Aktenzeichen [Zahl] und 1234");
    expect(maskQuery("Steuer-ID 12345678901")).toBe("Steuer-ID [Zahl]");
  });

  it("replaces e-mail addresses", () => {
    expect(maskQuery("mail an max.mustermann+test@beispiel.de geht nicht")).toBe("mail an [E-Mail] geht nicht");
  });

  it("replaces phone numbers in their usual spellings", () => {
    for (const phone of ["0151 12345678", "+49 30 1234567", "030/123456", "0049 (0)69 12 34 56", "06221-123456"]) {
      expect(maskQuery(`Rückruf ${phone} bitte`)).toBe("Rückruf [Telefon] bitte");
    }
  });

  it("replaces IBANs and dates (of birth)", () => {
    expect(maskQuery("IBAN DE89 3704 0044 0532 0130 00 falsch")).toBe("IBAN [IBAN] falsch");
    expect(maskQuery("geboren 01.02.1985")).toBe("geboren [Datum]");
  });

  it("leaves ordinary questions alone", () => {
    for (const q of ["Perso verloren", "Datei größer als 10 MB", "Elterngeld 2026 Frist 14 Tage", "Minijob 556 Euro", "Kfz-Zulassung Teil II"]) expect(maskQuery(q)).toBe(q);
  });
});
