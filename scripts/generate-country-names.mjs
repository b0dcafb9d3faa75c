// Writes src/intl/data/countries/<lang>.ts: country names for the UI languages, from
// i18n-iso-countries' per-locale JSON (data only; its runtime costs ~7 KB gzip we don't need),
// with the hand-written colloquial names of scripts/country-aliases.mjs as extra aliases.
// Where i18n-iso-countries has no file for a UI language (Filipino, Traditional Chinese,
// Brazilian Portuguese: its pt.json is European), the names come from CLDR (Unicode license)
// through Node's Intl.DisplayNames; a name neither has falls back to English (listed per file).
// Run: node scripts/generate-country-names.mjs   (tests/unit/intl/generated-data.test.ts checks
// that the committed files equal this script's output).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { COUNTRY_ALIASES_BY_LANGUAGE } from './country-aliases.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

/** The UI languages, read from src/intl/ui-languages.ts so both stay in step. */
export function readUiLanguages() {
  const source = readFileSync(`${root}/src/intl/ui-languages.ts`, 'utf8');
  const list = source.match(/export const UI_LANGUAGES = \[([\s\S]*?)\]/)?.[1];
  if (!list) throw new Error('UI_LANGUAGES is missing from src/intl/ui-languages.ts');
  return [...list.matchAll(/'([A-Za-z-]+)'/g)].map((match) => match[1]);
}

export const COUNTRY_NAME_LANGUAGES = readUiLanguages();

/**
 * Per UI language: the i18n-iso-countries file (none: CLDR only; `alsoFrom`: its names become
 * search aliases) and the CLDR locale whose names decide the displayed one.
 */
const SOURCES = {
  pt: { file: 'pt', cldr: 'pt-PT' },
  'pt-BR': { file: undefined, alsoFrom: 'pt', cldr: 'pt' },
  'zh-Hans': { file: 'zh', cldr: 'zh-Hans' },
  'zh-Hant': { file: undefined, cldr: 'zh-Hant' },
  fil: { file: undefined, cldr: 'fil' },
};
const sourceOf = (lang) => SOURCES[lang] ?? { file: lang, cldr: lang };

/** The API's country codes, read from the generated enum so both stay in step. */
export function readApiCountryCodes() {
  const source = readFileSync(`${root}/src/api/enums.ts`, 'utf8');
  const list = source.match(/export type CountryCode =([\s\S]*?);/)?.[1];
  if (!list) throw new Error('the CountryCode union is missing from src/api/enums.ts');
  return [...list.matchAll(/'([A-Z]{2})'/g)].map((match) => match[1]);
}

function readDatasetNames(file) {
  const path = require.resolve(`i18n-iso-countries/langs/${file}.json`);
  return JSON.parse(readFileSync(path, 'utf8')).countries;
}

/** The names of every code in `lang`: the dataset's, else CLDR's first and the related dataset's after it. */
function readSourceNames(lang, codes) {
  const { file, alsoFrom, cldr } = sourceOf(lang);
  if (file) return readDatasetNames(file);
  const display = new Intl.DisplayNames(cldr, { type: 'region', fallback: 'none' });
  const related = alsoFrom ? readDatasetNames(alsoFrom) : {};
  return Object.fromEntries(codes.map((code) => [code, [display.of(code), ...asList(related[code])].filter(Boolean)]));
}

const asList = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * The displayed name: the dataset's name that CLDR (Node's ICU) also uses; else a short form the
 * first name contains ("Wit-Rusland" in "Republiek Wit-Rusland") unless another country shares it
 * ("Congo"); else the first. The first is often the formal name ("Koninkrijk der Nederlanden",
 * "Taiwan, Province of China"), which shoppers neither expect nor look for.
 */
function pickDisplayName(names, cldrName, isShared) {
  const cldrMatch = names.find((name) => name === cldrName);
  if (cldrMatch) return cldrMatch;
  const shortForm = names
    .filter((name) => name !== names[0] && names[0].includes(name) && !isShared(name))
    .sort((a, b) => b.length - a.length)[0];
  return shortForm ?? names[0];
}

function sourceNote(lang) {
  const { file, alsoFrom, cldr } = sourceOf(lang);
  if (file) return `i18n-iso-countries (MIT) langs/${file}.json`;
  return `CLDR (Unicode license) "${cldr}" via Intl.DisplayNames${alsoFrom ? ` and i18n-iso-countries (MIT) langs/${alsoFrom}.json` : ''}`;
}

/** Aliases that contain the displayed name add nothing to a substring search; drop them. */
const addsToSearch = (alias, name) => !alias.toLowerCase().includes(name.toLowerCase());

/** @returns {{ files: Map<string, string>, englishFallbacks: Record<string, string[]> }} */
export function generateCountryNameModules() {
  const codes = readApiCountryCodes();
  const english = readDatasetNames('en');
  const files = new Map();
  const englishFallbacks = {};
  for (const lang of COUNTRY_NAME_LANGUAGES) {
    const source = readSourceNames(lang, codes);
    const colloquial = COUNTRY_ALIASES_BY_LANGUAGE[lang] ?? {};
    for (const code of Object.keys(colloquial)) if (!codes.includes(code)) throw new Error(`scripts/country-aliases.mjs: ${code} (${lang}) is no API country`);
    const cldr = new Intl.DisplayNames(sourceOf(lang).cldr, { type: 'region', fallback: 'none' });
    const nameCounts = new Map();
    for (const code of codes) for (const name of new Set(asList(source[code]))) nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
    const isShared = (name) => (nameCounts.get(name) ?? 0) > 1;
    const nameLines = [];
    const aliasLines = [];
    for (const code of codes) {
      let names = asList(source[code]).filter((name) => name.trim() !== '');
      if (names.length === 0) {
        names = asList(english[code]);
        (englishFallbacks[lang] ??= []).push(code);
      }
      if (names.length === 0) throw new Error(`No name for ${code}, not even in English`);
      const name = pickDisplayName(names, cldr.of(code), isShared);
      const aliases = [...new Set([...names, ...(colloquial[code] ?? [])])].filter((alias) => addsToSearch(alias, name));
      if (name.includes('|')) throw new Error(`"|" in the name of ${code} (${lang})`);
      nameLines.push(name);
      if (aliases.length > 0) aliasLines.push(`${code}:[${aliases.map(quote).join(',')}]`);
    }
    const fallbackNote = englishFallbacks[lang] ? `\n// English names used where the source has none: ${englishFallbacks[lang].join(', ')}.` : '';
    files.set(
      `src/intl/data/countries/${lang}.ts`,
      `// Generated by scripts/generate-country-names.mjs from ${sourceNote(lang)},
// and the colloquial names of scripts/country-aliases.mjs. Do not edit by hand.${fallbackNote}
import type { CountryCode } from '../../../api/enums.js';

/**
 * Country names in "${lang}" as shown in the country list, "|"-separated in COUNTRY_CODES order
 * (src/api/enums.ts): the codes would add a fifth to the download. Decode with decodeCountryNames.
 */
export const names: string = ${quote(nameLines.join('|'))};

/** Other names of the same countries in "${lang}" (official, former, colloquial), matched by the type-ahead. */
export const aliases: Partial<Record<CountryCode, readonly string[]>> = {${aliasLines.join(',')}};
`,
    );
  }
  return { files, englishFallbacks };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, englishFallbacks } = generateCountryNameModules();
  for (const [path, content] of files) writeFileSync(`${root}/${path}`, content);
  console.log(`Wrote ${files.size} country name modules.`);
  console.log('English fallbacks:', Object.keys(englishFallbacks).length ? englishFallbacks : 'none');
}
