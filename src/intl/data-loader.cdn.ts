/**
 * The CDN build's twin of `data-loader.ts` (aliased in by the build, held to the same exports by
 * `data-loader-contract.ts`): one IIFE file cannot split
 * chunks, so locales and subdivision lists are JSON files next to the script, written by
 * `scripts/write-cdn-data.ts`: `<script dir>/data/locales/<lang>.json` (messages),
 * `<script dir>/data/countries/<lang>.json` (country names), `<script dir>/data/subdivisions/<CC>.json`,
 * `<script dir>/data/postal-codes.json` and `<script dir>/data/payment-methods.json`. Fetched data is only ever used as text.
 */
import type { CountryCode } from '../api/enums.js';
import { getAddressFormat, subdivisionsFromRows, type PostalCodeRules, type Subdivision, type SubdivisionRow } from './address-format.js';
import { decodeCountryNames, englishCountriesFrom, type EnglishCountries } from './country-names.js';
import type { LocaleData } from './data-loader.js';
import english from './messages/en.js';
import { reviveMessages } from './messages/message-json.js';
import { decodeMethodTable, type MethodTableJson } from './method-table-json.js';
import type { MethodTable } from './payment-methods.js';
import { decodePostalCodes, isPostalCodeRows } from './postal-code-json.js';
import { retryingOnce } from './retrying-once.js';
import type { UiLanguage } from './ui-languages.js';

export type { LocaleData } from './data-loader.js';

/** `document.currentScript` only names this script while it first runs, so capture it now. */
let dataBaseUrl: string | undefined = scriptDataBaseUrl();

function scriptDataBaseUrl(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const script = document.currentScript;
  return script && 'src' in script && script.src ? new URL('data/', script.src).href : undefined;
}

/**
 * Where the `data/` folder is (`chunks/` is its sibling), for pages that load the script in a way
 * that hides its URL.
 */
export function setDataBaseUrl(url: string | URL): void {
  const href = new URL(url, typeof document === 'undefined' ? undefined : document.baseURI).href;
  dataBaseUrl = href.endsWith('/') ? href : `${href}/`;
}

function baseUrl(): string {
  if (!dataBaseUrl) throw new Error('dodo-checkout: the data URL is unknown; call setDataBaseUrl()');
  return dataBaseUrl;
}

/** The URL of a lazily imported module: `chunks/` sits next to `data/`. */
export function cdnChunkUrl(file: string): string {
  return new URL(`../chunks/${file}`, baseUrl()).href;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON file at `path` under the data URL; an error status, or content `valid` refuses, rejects. */
async function fetchJson<T = Record<string, unknown>>(path: string, valid: (json: unknown) => boolean = isRecord): Promise<T> {
  const response = await fetch(new URL(path, baseUrl()), { credentials: 'omit' });
  if (!response.ok) throw new Error(`dodo-checkout: ${path} answered ${response.status}`);
  const json: unknown = await response.json();
  if (!valid(json)) throw new Error(`dodo-checkout: ${path} is malformed`);
  return json as T;
}

/** A country names file: the names "|"-joined, and aliases. */
const isCountryNames = (json: unknown): boolean => isRecord(json) && typeof json.names === 'string';

export async function loadLocaleData(lang: UiLanguage): Promise<LocaleData> {
  if (lang === 'en') {
    const { names, aliases } = await loadEnglishCountries();
    return { messages: english, countries: names, countryAliases: aliases };
  }
  // Messages and country names are separate files, each small, fetched side by side.
  const [messages, countries] = await Promise.all([fetchJson(`locales/${lang}.json`), fetchJson(`countries/${lang}.json`, isCountryNames)]);
  return {
    messages: reviveMessages(messages),
    // Missing names fall back to English in the localize controller.
    countries: decodeCountryNames(countries.names as string),
    countryAliases: (isRecord(countries.aliases) ? countries.aliases : {}) as LocaleData['countryAliases'],
  };
}

/** `data/countries/en.json`: the English names ("|"-joined) and aliases. */
export const loadEnglishCountries = retryingOnce<EnglishCountries>(() =>
  fetchJson('countries/en.json', isCountryNames).then((json) =>
    englishCountriesFrom(json.names as string, (isRecord(json.aliases) ? json.aliases : {}) as LocaleData['countryAliases']),
  ),
);

export const loadPostalCodes = retryingOnce<PostalCodeRules>(() => fetchJson<string[]>('postal-codes.json', isPostalCodeRows).then(decodePostalCodes));

export const loadPaymentMethods = retryingOnce<MethodTable>(() =>
  fetchJson<MethodTableJson>('payment-methods.json', (json) => isRecord(json) && Object.values(json).every((rows) => isRecord(rows) && Object.values(rows).every((row) => typeof row == 'string'))).then(decodeMethodTable),
);

const subdivisionRequests = new Map<CountryCode, Promise<Subdivision[]>>();

export function loadSubdivisions(country: CountryCode): Promise<Subdivision[]> {
  if (!getAddressFormat(country).hasSubdivisions) return Promise.resolve([]);
  let request = subdivisionRequests.get(country);
  if (!request) {
    request = fetchSubdivisions(country);
    // A failed request may succeed later (flaky network): don't remember it.
    request.catch(() => subdivisionRequests.delete(country));
    subdivisionRequests.set(country, request);
  }
  return request;
}

async function fetchSubdivisions(country: CountryCode): Promise<Subdivision[]> {
  const json = await fetchJson<unknown[]>(`subdivisions/${country}.json`, Array.isArray);
  const rows = json.filter((row): row is SubdivisionRow => Array.isArray(row) && row.every((cell) => typeof cell === 'string') && row.length >= 2);
  return subdivisionsFromRows(rows);
}
