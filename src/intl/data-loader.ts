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
import type { QuoteMessages } from './messages/en-quote.js';
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
type QuoteMessagesModule = { default: QuoteMessages };

// One literal import() per file, so bundlers split each into its own chunk. A language's live quote
// messages come with it: the quote module carries only the English ones.
const LOCALE_LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<[MessagesModule, CountryModule, QuoteMessagesModule]>> = {
  ar: () => Promise.all([import('./messages/ar.js'), import('./data/countries/ar.js'), import('./messages/ar-quote.js')]),
  bg: () => Promise.all([import('./messages/bg.js'), import('./data/countries/bg.js'), import('./messages/bg-quote.js')]),
  ca: () => Promise.all([import('./messages/ca.js'), import('./data/countries/ca.js'), import('./messages/ca-quote.js')]),
  cs: () => Promise.all([import('./messages/cs.js'), import('./data/countries/cs.js'), import('./messages/cs-quote.js')]),
  da: () => Promise.all([import('./messages/da.js'), import('./data/countries/da.js'), import('./messages/da-quote.js')]),
  de: () => Promise.all([import('./messages/de.js'), import('./data/countries/de.js'), import('./messages/de-quote.js')]),
  el: () => Promise.all([import('./messages/el.js'), import('./data/countries/el.js'), import('./messages/el-quote.js')]),
  es: () => Promise.all([import('./messages/es.js'), import('./data/countries/es.js'), import('./messages/es-quote.js')]),
  et: () => Promise.all([import('./messages/et.js'), import('./data/countries/et.js'), import('./messages/et-quote.js')]),
  fa: () => Promise.all([import('./messages/fa.js'), import('./data/countries/fa.js'), import('./messages/fa-quote.js')]),
  fi: () => Promise.all([import('./messages/fi.js'), import('./data/countries/fi.js'), import('./messages/fi-quote.js')]),
  fil: () => Promise.all([import('./messages/fil.js'), import('./data/countries/fil.js'), import('./messages/fil-quote.js')]),
  fr: () => Promise.all([import('./messages/fr.js'), import('./data/countries/fr.js'), import('./messages/fr-quote.js')]),
  he: () => Promise.all([import('./messages/he.js'), import('./data/countries/he.js'), import('./messages/he-quote.js')]),
  hi: () => Promise.all([import('./messages/hi.js'), import('./data/countries/hi.js'), import('./messages/hi-quote.js')]),
  hr: () => Promise.all([import('./messages/hr.js'), import('./data/countries/hr.js'), import('./messages/hr-quote.js')]),
  hu: () => Promise.all([import('./messages/hu.js'), import('./data/countries/hu.js'), import('./messages/hu-quote.js')]),
  id: () => Promise.all([import('./messages/id.js'), import('./data/countries/id.js'), import('./messages/id-quote.js')]),
  it: () => Promise.all([import('./messages/it.js'), import('./data/countries/it.js'), import('./messages/it-quote.js')]),
  ja: () => Promise.all([import('./messages/ja.js'), import('./data/countries/ja.js'), import('./messages/ja-quote.js')]),
  ko: () => Promise.all([import('./messages/ko.js'), import('./data/countries/ko.js'), import('./messages/ko-quote.js')]),
  lt: () => Promise.all([import('./messages/lt.js'), import('./data/countries/lt.js'), import('./messages/lt-quote.js')]),
  lv: () => Promise.all([import('./messages/lv.js'), import('./data/countries/lv.js'), import('./messages/lv-quote.js')]),
  ms: () => Promise.all([import('./messages/ms.js'), import('./data/countries/ms.js'), import('./messages/ms-quote.js')]),
  nb: () => Promise.all([import('./messages/nb.js'), import('./data/countries/nb.js'), import('./messages/nb-quote.js')]),
  nl: () => Promise.all([import('./messages/nl.js'), import('./data/countries/nl.js'), import('./messages/nl-quote.js')]),
  pl: () => Promise.all([import('./messages/pl.js'), import('./data/countries/pl.js'), import('./messages/pl-quote.js')]),
  pt: () => Promise.all([import('./messages/pt.js'), import('./data/countries/pt.js'), import('./messages/pt-quote.js')]),
  'pt-BR': () => Promise.all([import('./messages/pt-BR.js'), import('./data/countries/pt-BR.js'), import('./messages/pt-BR-quote.js')]),
  ro: () => Promise.all([import('./messages/ro.js'), import('./data/countries/ro.js'), import('./messages/ro-quote.js')]),
  ru: () => Promise.all([import('./messages/ru.js'), import('./data/countries/ru.js'), import('./messages/ru-quote.js')]),
  sk: () => Promise.all([import('./messages/sk.js'), import('./data/countries/sk.js'), import('./messages/sk-quote.js')]),
  sl: () => Promise.all([import('./messages/sl.js'), import('./data/countries/sl.js'), import('./messages/sl-quote.js')]),
  sr: () => Promise.all([import('./messages/sr.js'), import('./data/countries/sr.js'), import('./messages/sr-quote.js')]),
  sv: () => Promise.all([import('./messages/sv.js'), import('./data/countries/sv.js'), import('./messages/sv-quote.js')]),
  th: () => Promise.all([import('./messages/th.js'), import('./data/countries/th.js'), import('./messages/th-quote.js')]),
  tr: () => Promise.all([import('./messages/tr.js'), import('./data/countries/tr.js'), import('./messages/tr-quote.js')]),
  uk: () => Promise.all([import('./messages/uk.js'), import('./data/countries/uk.js'), import('./messages/uk-quote.js')]),
  vi: () => Promise.all([import('./messages/vi.js'), import('./data/countries/vi.js'), import('./messages/vi-quote.js')]),
  'zh-Hans': () => Promise.all([import('./messages/zh-Hans.js'), import('./data/countries/zh-Hans.js'), import('./messages/zh-Hans-quote.js')]),
  'zh-Hant': () => Promise.all([import('./messages/zh-Hant.js'), import('./data/countries/zh-Hant.js'), import('./messages/zh-Hant-quote.js')]),
};

const toLocaleData = ([messages, countries, quote]: [MessagesModule, CountryModule, QuoteMessagesModule]): LocaleData => ({
  messages: { ...messages.default, ...quote.default },
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
