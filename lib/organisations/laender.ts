/**
 * The 16 Länder by the first two digits of the Amtlicher Regionalschlüssel (ARS). Pure.
 */
export const LAENDER = {
  "01": "Schleswig-Holstein",
  "02": "Hamburg",
  "03": "Niedersachsen",
  "04": "Bremen",
  "05": "Nordrhein-Westfalen",
  "06": "Hessen",
  "07": "Rheinland-Pfalz",
  "08": "Baden-Württemberg",
  "09": "Bayern",
  "10": "Saarland",
  "11": "Berlin",
  "12": "Brandenburg",
  "13": "Mecklenburg-Vorpommern",
  "14": "Sachsen",
  "15": "Sachsen-Anhalt",
  "16": "Thüringen",
} as const;

export type LandArs = keyof typeof LAENDER;

export const LAND_ARS = Object.keys(LAENDER) as LandArs[];

export function isLandArs(value: string): value is LandArs {
  return Object.hasOwn(LAENDER, value);
}

/** The Land of a regional key (its first two digits), or null if they name no Land. */
export function landOfArs(ars: string): LandArs | null {
  const prefix = ars.slice(0, 2);
  return /^\d{2}$/.test(ars.slice(0, 2)) && isLandArs(prefix) ? prefix : null;
}
