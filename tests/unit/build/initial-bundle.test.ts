/**
 * What the first render carries: the CDN script holds no schema library; zod arrives with the
 * submit path (chunks/submit-path.js), the only module that parses requests and answers with it.
 * Read from the built source maps (`node scripts/build.mjs` first; skipped without a build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SCRIPT_MAP = 'dist/cdn/dodo-checkout.js.map';
const SUBMIT_MAP = 'dist/cdn/chunks/submit-path.js.map';
const sources = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { sources: string[] }).sources;

describe('the initial CDN script', () => {
  it.skipIf(!existsSync(SCRIPT_MAP) || !existsSync(SUBMIT_MAP))('carries no zod and no API schemas; the submit path carries them', () => {
    const script = sources(SCRIPT_MAP);
    expect(script.filter((source) => /node_modules\/zod\/|src\/api\/schemas\.ts$/.test(source))).toEqual([]);
    expect(script.some((source) => source.endsWith('src/config/parse-config.ts'))).toBe(true);
    const submit = sources(SUBMIT_MAP);
    expect(submit.some((source) => source.includes('node_modules/zod/'))).toBe(true);
    expect(submit.some((source) => source.endsWith('src/api/schemas.ts'))).toBe(true);
  });
});
