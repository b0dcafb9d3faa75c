/**
 * The postal code rules as the CDN build ships them (`data/postal-codes.json`): one string per
 * billing country, in the order of `COUNTRY_CODES`, empty where a country has no rules, so the file
 * carries no country codes of its own (a fifth smaller gzipped than the table keyed by code).
 * Written by `scripts/write-cdn-data.ts`, read by the CDN data loader.
 */
import { COUNTRY_CODES } from '../api/enums.js';
import { postalCodeRules, type PostalCodeRules } from './address-format.js';

export function encodePostalCodes(table: Partial<Record<string, string>>): string[] {
  return COUNTRY_CODES.map((code) => table[code] ?? '');
}

/** Whether `json` is such a file for this build's country list (a table keyed by code is not). */
export const isPostalCodeRows = (json: unknown): json is string[] =>
  Array.isArray(json) && json.length === COUNTRY_CODES.length && json.every((row) => typeof row === 'string');

export const decodePostalCodes = (rows: readonly string[]): PostalCodeRules =>
  postalCodeRules(Object.fromEntries(COUNTRY_CODES.map((code, index) => [code, rows[index]])));
