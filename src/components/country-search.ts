/**
 * Type-ahead search over localized country options: case- and diacritic-insensitive, matching
 * ISO codes, common English aliases (table below) and caller-provided aliases. Pure; the
 * normalized index is built once per options array (memoized by identity), so a keystroke is
 * one cheap scan.
 */

import { withoutMarks } from '../intl/without-marks.js';

/** One choice in the country list, already localized and sorted by the caller. */
export interface CountryOption {
  /** ISO 3166-1 alpha-2 code, e.g. `SE`. */
  code: string;
  /** Name in the shopper's language; this is the option's accessible name. */
  name: string;
  /** Other names the shopper may type (other official forms, endonyms…). */
  aliases?: readonly string[];
}

/**
 * Names shoppers commonly type that the localized names may not contain: short forms, former
 * names, abbreviations. Hand-written because no dataset of colloquial names exists; keep it small.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  AE: ['UAE', 'Emirates', 'United Arab Emirates'],
  BA: ['Bosnia'],
  BL: ['St Barts', 'Saint Barthelemy'],
  BN: ['Brunei'],
  BO: ['Bolivia'],
  BQ: ['Caribbean Netherlands', 'Bonaire'],
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Democratic Republic of the Congo'],
  CG: ['Congo', 'Congo-Brazzaville', 'Republic of the Congo'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  CV: ['Cape Verde', 'Cabo Verde'],
  CZ: ['Czechia', 'Czech Republic'],
  FK: ['Falklands', 'Malvinas'],
  FM: ['Micronesia'],
  GB: ['UK', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'United Kingdom'],
  IR: ['Iran', 'Persia'],
  KN: ['St Kitts', 'Saint Kitts'],
  KP: ['North Korea', 'DPRK'],
  KR: ['South Korea', 'Korea'],
  LA: ['Laos'],
  LC: ['St Lucia'],
  MD: ['Moldova'],
  MF: ['St Martin'],
  MK: ['Macedonia', 'North Macedonia'],
  MM: ['Burma', 'Myanmar'],
  MO: ['Macau', 'Macao'],
  NL: ['Holland', 'The Netherlands'],
  PS: ['Palestine'],
  RU: ['Russia'],
  SH: ['St Helena'],
  ST: ['Sao Tome'],
  SX: ['Sint Maarten'],
  SY: ['Syria'],
  SZ: ['Swaziland', 'Eswatini'],
  TL: ['East Timor', 'Timor-Leste'],
  TR: ['Turkey', 'Türkiye'],
  TW: ['Taiwan'],
  TZ: ['Tanzania'],
  US: ['USA', 'America', 'United States', 'United States of America', 'U.S.', 'U.S.A.'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  VC: ['St Vincent', 'Saint Vincent'],
  VE: ['Venezuela'],
  VG: ['British Virgin Islands', 'BVI'],
  VI: ['US Virgin Islands', 'USVI'],
  VN: ['Vietnam', 'Viet Nam'],
};

// Letters NFD does not decompose into base + mark.
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ħ: 'h',
};
const FOLDED_LETTERS_PATTERN = /[ßæœøđðłıþħ]/g;
// Apostrophes and dots vanish ("Cote d'Ivoire" = "cote divoire", "U.S." = "us"); other
// punctuation separates words ("Guinea-Bissau" = "guinea bissau").
const VANISHING = /['’ʼ`´.]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Lower case, no diacritics, punctuation folded to single spaces, trimmed. */
export function normalizeSearchText(text: string): string {
  return withoutMarks(text)
    .toLowerCase()
    .replace(FOLDED_LETTERS_PATTERN, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(VANISHING, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

interface IndexedCountry {
  option: CountryOption;
  code: string;
  name: string;
  /** Every normalized alias, each preceded by a space, joined by "|", for one substring scan. */
  aliasText: string;
  aliases: readonly string[];
}

const indexes = new WeakMap<readonly CountryOption[], readonly IndexedCountry[]>();

function indexFor(options: readonly CountryOption[]): readonly IndexedCountry[] {
  let index = indexes.get(options);
  if (!index) {
    index = options.map((option) => {
      const code = option.code.toLowerCase();
      const aliases = [...new Set([...(COUNTRY_ALIASES[option.code.toUpperCase()] ?? []), ...(option.aliases ?? [])].map(normalizeSearchText))].filter(Boolean);
      return { option, code, name: normalizeSearchText(option.name), aliases, aliasText: aliases.map((alias) => ` ${alias}`).join('|') };
    });
    indexes.set(options, index);
  }
  return index;
}

/** Lower is better; `undefined` means no match. */
function rank(country: IndexedCountry, query: string, wordQuery: string): number | undefined {
  if (country.code === query || country.name === query || country.aliases.includes(query)) return 0;
  if (country.name.startsWith(query)) return 1;
  if (` ${country.name}`.includes(wordQuery) || country.aliasText.includes(wordQuery)) return 2;
  if (country.name.includes(query) || country.aliasText.includes(query)) return 3;
  return undefined;
}

/**
 * The options matching `query`, best first: exact code, name or alias; then names starting with
 * the query; then a word of a name or alias starting with it; then any substring. Ties keep the
 * caller's order. An empty query returns `options` itself.
 */
export function searchCountries(options: readonly CountryOption[], query: string): readonly CountryOption[] {
  const normalized = normalizeSearchText(query);
  if (!normalized) return options;
  const wordQuery = ` ${normalized}`;
  const buckets: CountryOption[][] = [[], [], [], []];
  for (const country of indexFor(options)) {
    const level = rank(country, normalized, wordQuery);
    if (level !== undefined) buckets[level]!.push(country.option);
  }
  return buckets.flat();
}

/**
 * The option whose code, name or alias equals `text` once normalized (a whole-value match, as
 * browser autofill produces), or `undefined`.
 */
export function findExactCountry(options: readonly CountryOption[], text: string): CountryOption | undefined {
  const normalized = normalizeSearchText(text);
  if (!normalized) return undefined;
  const index = indexFor(options);
  return (index.find((country) => country.name === normalized) ?? index.find((country) => rank(country, normalized, ` ${normalized}`) === 0))?.option;
}
