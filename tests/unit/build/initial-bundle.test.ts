/**
 * No browser module of the CDN build carries a schema library: neither the script, the submit path
 * (chunks/submit-path.js) nor the live quote (chunks/quote.js) holds zod or the API's zod schemas;
 * they check the request and the answers with plain functions (src/api/payment-checks.ts,
 * src/api/quote-checks.ts).
 * Read from the built source maps (`node scripts/build.mjs` first; skipped without a build).
 */
import { SourceMap } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SCRIPT_MAP = 'dist/cdn/dodo-checkout.js.map';
const SUBMIT_MAP = 'dist/cdn/chunks/submit-path.js.map';
const QUOTE_MAP = 'dist/cdn/chunks/quote.js.map';
const sources = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { sources: string[] }).sources;

describe('the initial CDN script', () => {
  it.skipIf(!existsSync(SCRIPT_MAP) || !existsSync(SUBMIT_MAP))('carries no zod and no API schemas, and neither does the submit path', () => {
    const schemaLibrary = (source: string) => /node_modules\/zod\/|src\/api\/schemas\.ts$/.test(source);
    const script = sources(SCRIPT_MAP);
    expect(script.filter(schemaLibrary)).toEqual([]);
    expect(script.some((source) => source.endsWith('src/config/parse-config.ts'))).toBe(true);
    const submit = sources(SUBMIT_MAP);
    expect(submit.filter(schemaLibrary)).toEqual([]);
    expect(submit.some((source) => source.endsWith('src/api/payment-checks.ts'))).toBe(true);
  });

  it.skipIf(!existsSync(QUOTE_MAP))('nor does the live quote module', () => {
    const quote = sources(QUOTE_MAP);
    expect(quote.filter((source) => /node_modules\/zod\/|src\/api\/(schemas|quote)\.ts$/.test(source))).toEqual([]);
    expect(quote.some((source) => source.endsWith('src/api/quote-checks.ts'))).toBe(true);
  });
});

describe('the CDN classic scripts', () => {
  const scripts = ['dist/cdn/dodo-checkout.js', 'dist/cdn/dodo-payment-status.js'];
  it.skipIf(!scripts.every(existsSync))('open with V8\'s compile hint, and their source maps skip that line', () => {
    for (const script of scripts) {
      const [first, second] = readFileSync(script, 'utf8').split('\n');
      expect(first, script).toBe('//# allFunctionsCalledOnLoad');
      expect(second, script).toMatch(/^var Dodo\w+=\(?function/);
      const { mappings } = JSON.parse(readFileSync(`${script}.map`, 'utf8')) as { mappings: string };
      expect(mappings.startsWith(';'), `${script}.map`).toBe(true);
    }
  });
});

describe('the CDN files\' source maps', () => {
  // Strings that stand in one place of the sources each: where the shipped file holds them, its map must point at a line of the sources that holds them too.
  const landmarks: Array<[file: string, text: string]> = [
    ['dist/cdn/dodo-checkout.js', 'dodo-checkout-payment-stale'],
    ['dist/cdn/dodo-checkout.js', 'paymentReceived'],
    ['dist/cdn/chunks/submit-path.js', 'Idempotency-Key'],
    ['dist/cdn/chunks/hydrate.js', '_$litPart$'],
    ['dist/cdn/dodo-payment-status.js', 'dodo-payment-status-'],
  ];
  it.skipIf(!landmarks.every(([file]) => existsSync(file)))('map the minified code to the lines of the sources that wrote it, with their text', () => {
    for (const [file, text] of landmarks) {
      const raw = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; sourcesContent: string[]; ignoreList: number[] };
      expect(raw.sourcesContent, file).toHaveLength(raw.sources.length);
      expect(raw.ignoreList.map((index) => raw.sources[index]).every((source) => source!.includes('/node_modules/')), file).toBe(true);
      const map = new SourceMap(raw as never);
      const lines = readFileSync(file, 'utf8').split('\n');
      let found = 0;
      lines.forEach((line, index) => {
        for (let column = line.indexOf(text); column >= 0; column = line.indexOf(text, column + 1)) {
          const entry = map.findEntry(index, column) as { originalSource?: string; originalLine?: number };
          const source = raw.sourcesContent[raw.sources.indexOf(entry.originalSource ?? '')] ?? '';
          expect(source.split('\n')[entry.originalLine ?? -1], `${file}:${index + 1}:${column + 1} (${text})`).toContain(text);
          found += 1;
        }
      });
      expect(found, `${file} holds ${text}`).toBeGreaterThan(0);
    }
  });
});
