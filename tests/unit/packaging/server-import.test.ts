/**
 * Importing the npm entry on a server (SSR, Node) must work without `window` or `document`:
 * nothing at import time may need the DOM or create DOM globals. (Lit's Node build brings its own
 * `customElements` shim for server rendering; that one is allowed.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('importing the npm entry without a DOM', () => {
  it('the source entry imports and exports the class', async () => {
    expect('window' in globalThis).toBe(false);
    expect('document' in globalThis).toBe(false);
    const entry = await import('../../../src/index.js');
    expect(typeof entry.DodoCheckout).toBe('function');
    expect('window' in globalThis).toBe(false);
    expect('document' in globalThis).toBe(false);
  });

  // The built file as a package consumer's server loads it: plain Node, no Vite transforms.
  it.skipIf(!existsSync('dist/npm/index.js'))('the built dist/npm/index.js imports in plain Node', () => {
    const script = `
      if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM is present');
      const entry = await import(${JSON.stringify(new URL('../../../dist/npm/index.js', import.meta.url).href)});
      if (typeof entry.DodoCheckout !== 'function') throw new Error('DodoCheckout is not exported');
      if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('the import created DOM globals');
      console.log('imported');
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('imported');
    expect(result.status).toBe(0);
  });
});
