/**
 * Country names as the generated tables store them ("|"-joined in COUNTRY_CODES order), and the
 * English ones, which every language falls back to and searches as aliases. Only the country
 * picker shows names, and it loads after the form, so the English names load with it (see
 * `loadEnglishCountries` in the data loader) instead of riding in the first download.
 */
import { COUNTRY_CODES, type CountryCode } from '../api/enums.js';

/** The generated "|"-joined names as a record by code; a missing name is left out (English fallback). */
export function decodeCountryNames(joined: string): Record<CountryCode, string> {
  const names = joined.split('|');
  const record: Partial<Record<CountryCode, string>> = {};
  COUNTRY_CODES.forEach((code, index) => {
    if (names[index]) record[code] = names[index];
  });
  return record as Record<CountryCode, string>;
}

export interface EnglishCountries {
  names: Record<CountryCode, string>;
  aliases: Partial<Record<CountryCode, readonly string[]>>;
}

/** Decodes the generated English table (names "|"-joined, and aliases). */
export function englishCountriesFrom(joinedNames: string, aliases: EnglishCountries['aliases']): EnglishCountries {
  return { names: decodeCountryNames(joinedNames), aliases };
}
