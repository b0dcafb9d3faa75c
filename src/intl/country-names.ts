/**
 * Country names as the generated tables store them ("|"-joined in COUNTRY_CODES order), and the
 * English ones, which are bundled.
 */
import { COUNTRY_CODES, type CountryCode } from '../api/enums.js';
import * as english from './data/countries/en.js';

/** The generated "|"-joined names as a record by code; a missing name is left out (English fallback). */
export function decodeCountryNames(joined: string): Record<CountryCode, string> {
  const names = joined.split('|');
  const record: Partial<Record<CountryCode, string>> = {};
  COUNTRY_CODES.forEach((code, index) => {
    if (names[index]) record[code] = names[index];
  });
  return record as Record<CountryCode, string>;
}

let englishNames: Record<CountryCode, string> | undefined;

export const englishCountryNames = (): Record<CountryCode, string> => (englishNames ??= decodeCountryNames(english.names));
export const englishCountryAliases = english.aliases;
