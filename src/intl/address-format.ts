/**
 * Per-country billing address forms: which of the API's address fields a country uses and in
 * which order, which are required, their label kinds, postal code rules, and subdivisions.
 * The data is generated from Google's libaddressinput (`data/address-formats.ts`); this module
 * only decodes it.
 *
 * Subdivisions are sent to the API by **code**: `billing.state` gets the ISO 3166-2 subdivision
 * code without the country prefix, as libaddressinput keys them ("CA" for California, "13" for
 * Tokyo, "DU" for Dubai, "D" for Co. Dublin). Codes do not depend on the UI language or the
 * script the shopper reads, tax engines and processors take them, and they are what US, Canadian
 * and Australian addresses use anyway. A few lists have no ISO codes (Bahamas islands, Cayman
 * islands, Hong Kong areas); there the key is the English name and is sent as is. Where a
 * country has no list, the typed text is sent.
 */
import { COUNTRY_CODES, type CountryCode } from '../api/enums.js';
import { asciiDigits } from './ascii-digits.js';
import { ADDRESS_FORMATS } from './data/address-formats.js';
import { withoutMarks } from './without-marks.js';

/*
 * Postal code rules (pattern, examples, prefix) are a separate table: they are two thirds of the
 * data but only check and hint what the shopper types, so the form renders without them and the
 * data loader fetches them once it is up (`postalCodeRules` decodes them). The functions below
 * take them as an argument; without them any non-empty code passes and there is no example.
 */

export type AddressField = 'street' | 'city' | 'state' | 'zipcode';

/** libaddressinput's `state_name_type` values; "province" is its default. */
export const STATE_LABEL_KINDS = [
  'province', 'state', 'county', 'prefecture', 'emirate', 'region', 'island', 'department', 'parish', 'oblast', 'district', 'area', 'do_si',
] as const;
export type StateLabelKind = (typeof STATE_LABEL_KINDS)[number];

/** libaddressinput's `locality_name_type` values; "city" is its default. */
export const CITY_LABEL_KINDS = ['city', 'post_town', 'suburb', 'district'] as const;
export type CityLabelKind = (typeof CITY_LABEL_KINDS)[number];

/**
 * libaddressinput's `zip_name_type` values ("postal" is its default), and "postcode", which the
 * generator gives the UK, Australia, New Zealand and the territories using their codes (see
 * `ZIP_LABEL_OVERRIDES` in scripts/generate-address-data.mjs).
 */
export const ZIP_LABEL_KINDS = ['postal', 'postcode', 'zip', 'pin', 'eircode'] as const;
export type ZipLabelKind = (typeof ZIP_LABEL_KINDS)[number];

export interface AddressFormat {
  /** The fields the country's addresses use, in the order they are written. */
  fields: AddressField[];
  /** Fields the country's postal service needs; street and city when the data says nothing. */
  required: AddressField[];
  /** Label message keys are `state_<kind>`, `city_<kind>` and `zip_<kind>`. */
  stateLabel: StateLabelKind;
  cityLabel: CityLabelKind;
  zipLabel: ZipLabelKind;
  /** A real postal code of the country, for a placeholder or an error message (with the postal code rules). */
  zipExample?: string;
  /** A subdivision list exists (load it with `loadSubdivisions` from the data loader). */
  hasSubdivisions: boolean;
}

/** A subdivision as the generated modules store it: [code, local name, Latin name?]. */
export type SubdivisionRow = readonly [code: string, name: string, latinName?: string];

export interface Subdivision {
  /** ISO 3166-2 code without the country prefix: the value sent as `billing.state`. */
  code: string;
  /** Name in the country's language and script. */
  name: string;
  /** Latin-script name, where the local name is in another script. */
  latinName?: string;
}

interface DecodedRecord {
  localFields: string;
  latinFields: string;
  required: string;
  stateLabel: StateLabelKind;
  cityLabel: CityLabelKind;
  zipLabel: ZipLabelKind;
  /** The language of the country's own address format and subdivision names. */
  lang: string;
  hasSubdivisions: boolean;
}

const FIELD_BY_LETTER: Readonly<Record<string, AddressField>> = { A: 'street', C: 'city', S: 'state', Z: 'zipcode' };
const DEFAULT_FIELDS = 'AC';
const knownCountries: ReadonlySet<string> = new Set(COUNTRY_CODES);
const decoded = new Map<string, DecodedRecord>();

interface PostalRules {
  pattern?: RegExp;
  examples: string[];
  prefix: string;
}

/** A country's postal code rules, as the loaded table gives them (see `postalCodeRules`). */
export type PostalCodeRules = (country: string) => PostalRules;

const NO_RULES: PostalRules = { examples: [], prefix: '' };

/**
 * The postal code rules of the table the data loader fetched (`data/postal-codes.ts`, or its JSON
 * in the CDN build), decoded once per country. Without it, any non-empty code passes.
 */
export function postalCodeRules(table: Partial<Record<string, string>>): PostalCodeRules {
  const byCountry = new Map<string, PostalRules>();
  return (country) => {
    let rules = byCountry.get(country);
    if (!rules) {
      const [pattern, examples, prefix] = (table[country] ?? '').split('~');
      rules = { pattern: pattern ? new RegExp(`^(?:${pattern})$`) : undefined, examples: examples ? examples.split(',') : [], prefix: prefix ?? '' };
      byCountry.set(country, rules);
    }
    return rules;
  };
}

function decode(country: CountryCode): DecodedRecord {
  let record = decoded.get(country);
  if (record) return record;
  // Positions as documented in data/address-formats.ts; an empty position is the default.
  const [local, latin, required, state, city, zip, lang, subdivisions] = (ADDRESS_FORMATS[country] ?? '').split('~');
  const localFields = local || DEFAULT_FIELDS;
  record = {
    localFields,
    latinFields: latin || localFields,
    required: required || DEFAULT_FIELDS,
    stateLabel: (state || 'province') as StateLabelKind,
    cityLabel: (city || 'city') as CityLabelKind,
    zipLabel: (zip || 'postal') as ZipLabelKind,
    lang: lang ?? '',
    hasSubdivisions: subdivisions === 'S',
  };
  decoded.set(country, record);
  return record;
}

const primaryLanguage = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

/** Whether to show Latin-script forms: the shopper reads another language than the country's. */
function prefersLatin(record: DecodedRecord, uiLang: string | undefined): boolean {
  return uiLang !== undefined && record.lang !== '' && primaryLanguage(uiLang) !== primaryLanguage(record.lang);
}

const toFields = (letters: string) => [...letters].map((letter) => FIELD_BY_LETTER[letter]!);

/**
 * The address form of `country`. With `uiLang`, countries that write addresses differently in
 * Latin script (Japan, China, Korea…) get the Latin order when the shopper reads another
 * language, as libaddressinput does. Unknown codes (from untyped input) give `undefined`.
 */
export function getAddressFormat(country: CountryCode, uiLang?: string, postal?: PostalCodeRules): AddressFormat;
export function getAddressFormat(country: string, uiLang?: string, postal?: PostalCodeRules): AddressFormat | undefined;
export function getAddressFormat(country: string, uiLang?: string, postal?: PostalCodeRules): AddressFormat | undefined {
  if (!knownCountries.has(country)) return undefined;
  const record = decode(country as CountryCode);
  const fields = toFields(prefersLatin(record, uiLang) ? record.latinFields : record.localFields);
  const format: AddressFormat = {
    fields,
    required: toFields(record.required).filter((field) => fields.includes(field)),
    stateLabel: record.stateLabel,
    cityLabel: record.cityLabel,
    zipLabel: record.zipLabel,
    hasSubdivisions: record.hasSubdivisions,
  };
  const example = fields.includes('zipcode') ? postal?.(country).examples[0] : undefined;
  if (example) format.zipExample = example;
  return format;
}

const tidy = (value: string) => asciiDigits(value).trim().toUpperCase().replace(/\s+/g, ' ');

/** "SE-114 55" → "114 55": the prefix some countries write before the code is not part of it. */
function withoutPostalPrefix(rules: PostalRules, value: string): string {
  if (!rules.prefix || !value.startsWith(rules.prefix)) return value;
  return value.slice(rules.prefix.length).replace(/^[\s-]+/, '');
}

/**
 * Whether `value` is a postal code of `country`: trimmed and upper-cased, it matches the
 * country's whole pattern (with or without the country's postal prefix). Countries without a
 * pattern accept anything non-empty. Emptiness is the caller's "required" check.
 */
export function isValidPostalCode(country: CountryCode, value: string, postal?: PostalCodeRules): boolean {
  const rules = postal?.(country) ?? NO_RULES;
  const candidate = tidy(value);
  if (!candidate) return false;
  if (!rules.pattern) return true;
  return rules.pattern.test(candidate) || rules.pattern.test(withoutPostalPrefix(rules, candidate));
}

/**
 * `value` as it is written in `country`: trimmed, upper-cased, prefix dropped, and separators put
 * where the country's examples have them ("sw1a1aa" → "SW1A 1AA", "1540023" → "154-0023",
 * "940431351" → "94043-1351" in the US). Returns the tidied input when no valid form is found, so
 * normalize before `isValidPostalCode` to accept codes typed without their separator.
 */
export function normalizePostalCode(country: CountryCode, value: string, postal?: PostalCodeRules): string {
  const rules = postal?.(country) ?? NO_RULES;
  const tidied = tidy(value);
  if (!rules.pattern) return tidied;
  const unprefixed = withoutPostalPrefix(rules, tidied);
  const bare = unprefixed.replace(/[\s-]/g, '');
  for (const example of rules.examples) {
    if (example.replace(/[\s-]/g, '').length !== bare.length) continue;
    const formatted = withSeparatorsOf(example, bare);
    if (rules.pattern.test(formatted)) return formatted;
  }
  // No example of this shape (UK codes vary): keep a valid form as typed, else the tidied input.
  if (rules.pattern.test(unprefixed)) return unprefixed;
  return tidied;
}

/** Copies the separators of `example` into `characters` (same length without separators). */
function withSeparatorsOf(example: string, characters: string): string {
  let index = 0;
  return [...example].map((char) => (char === ' ' || char === '-' ? char : characters[index++])).join('');
}

/** Decodes the rows of a generated subdivision module. */
export function subdivisionsFromRows(rows: readonly SubdivisionRow[]): Subdivision[] {
  return rows.map(([code, name, latinName]) => (latinName ? { code, name, latinName } : { code, name }));
}

/**
 * The name to show: the Latin-script name when the shopper reads another language than the
 * country's ("Tokyo" in English, "東京都" in Japanese), else the local name.
 */
export function subdivisionDisplayName(country: CountryCode, subdivision: Subdivision, uiLang: string): string {
  return subdivision.latinName && prefersLatin(decode(country), uiLang) ? subdivision.latinName : subdivision.name;
}

/** Case, diacritics, punctuation and spacing folded away: "São  Paulo" = "sao paulo", "Québec" = "quebec". */
const foldName = (text: string) =>
  withoutMarks(text).toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The subdivision a typed, stored or autofilled value means: its code, local or Latin name,
 * compared without case or diacritics ("ca", "California", "CA" → California; "sao paulo" → SP).
 * Lets an autofilled "California" become the code the API gets.
 */
export function findSubdivision(subdivisions: readonly Subdivision[], value: string): Subdivision | undefined {
  const wanted = foldName(value);
  if (!wanted) return undefined;
  return (
    subdivisions.find((subdivision) => foldName(subdivision.code) === wanted) ??
    subdivisions.find((subdivision) => foldName(subdivision.name) === wanted || (subdivision.latinName !== undefined && foldName(subdivision.latinName) === wanted))
  );
}
