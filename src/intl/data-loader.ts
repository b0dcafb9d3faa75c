/**
 * Lazily loaded international data for the npm build: each locale and each country's subdivision
 * list is its own chunk, fetched by dynamic import() when first needed. The CDN build swaps this
 * module for `data-loader.cdn.ts`, which fetches JSON files instead; `data-loader-contract.ts`
 * holds the two to the same exports.
 */
import type { CountryCode } from '../api/enums.js';
import { postalCodeRules, subdivisionsFromRows, type PostalCodeRules, type Subdivision } from './address-format.js';
import { decodeCountryNames, englishCountriesFrom, type EnglishCountries } from './country-names.js';
import { SUBDIVISION_LOADERS } from './data/subdivisions/index.js';
import english, { type CoreMessages, type Messages } from './messages/en.js';
import type { MethodTable } from './payment-methods.js';
import { retryingOnce } from './retrying-once.js';
import type { UiLanguage } from './ui-languages.js';

export interface LocaleData {
  /** Complete for the npm build (type-checked); the CDN's may lack keys, which fall back to English. */
  messages: Partial<Messages>;
  countries: Record<CountryCode, string>;
  countryAliases: Partial<Record<CountryCode, readonly string[]>>;
}

type CountryModule = typeof import('./data/countries/en.js');
type MessagesModule = { default: CoreMessages };

const LOCALE_LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<[MessagesModule, CountryModule]>> = {
  sv: () => Promise.all([import('./messages/sv.js'), import('./data/countries/sv.js')]),
  de: () => Promise.all([import('./messages/de.js'), import('./data/countries/de.js')]),
  fr: () => Promise.all([import('./messages/fr.js'), import('./data/countries/fr.js')]),
  es: () => Promise.all([import('./messages/es.js'), import('./data/countries/es.js')]),
  pt: () => Promise.all([import('./messages/pt.js'), import('./data/countries/pt.js')]),
  nl: () => Promise.all([import('./messages/nl.js'), import('./data/countries/nl.js')]),
  ja: () => Promise.all([import('./messages/ja.js'), import('./data/countries/ja.js')]),
  ar: () => Promise.all([import('./messages/ar.js'), import('./data/countries/ar.js')]),
};

const toLocaleData = ([messages, countries]: [MessagesModule, CountryModule]): LocaleData => ({
  messages: messages.default,
  countries: decodeCountryNames(countries.names),
  countryAliases: countries.aliases,
});

/** Messages and country names of `lang` (English messages are bundled; its names are loaded). */
export async function loadLocaleData(lang: UiLanguage): Promise<LocaleData> {
  if (lang !== 'en') return LOCALE_LOADERS[lang]().then(toLocaleData);
  const { names, aliases } = await loadEnglishCountries();
  return { messages: english, countries: names, countryAliases: aliases };
}

/** The English country names and aliases (every language's fallback), loaded once. */
export const loadEnglishCountries = retryingOnce<EnglishCountries>(() =>
  import('./data/countries/en.js').then((module) => englishCountriesFrom(module.names, module.aliases)),
);

/** The country's first-level subdivisions (states, provinces…), or [] when it has no list. */
export async function loadSubdivisions(country: CountryCode): Promise<Subdivision[]> {
  const load = SUBDIVISION_LOADERS[country];
  return load ? subdivisionsFromRows((await load()).default) : [];
}

/** The postal code rules (patterns, examples), loaded once; the form renders without them. */
export const loadPostalCodes = retryingOnce<PostalCodeRules>(() => import('./data/postal-codes.js').then((module) => postalCodeRules(module.POSTAL_CODES)));

/** The payment method eligibility table, loaded once; the form renders without it. */
export const loadPaymentMethods = retryingOnce<MethodTable>(() => import('./data/payment-methods.js').then((module) => module.PAYMENT_METHODS));

/** For parity with the CDN loader; the npm build resolves data through the bundler instead. */
export function setDataBaseUrl(_url: string | URL): void {}
