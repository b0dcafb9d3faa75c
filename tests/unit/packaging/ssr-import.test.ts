/**
 * `dodo-checkout/ssr` as a merchant's Node server loads it: the built file, plain Node, no DOM.
 * It renders a checkout whose stylesheet link and head tags carry the hashes of the CDN files
 * built next to it, and touches no browser API (no window, document, sessionStorage or navigator use);
 * its inline styles are the built stylesheet's rules.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe.skipIf(!existsSync('dist/ssr/index.js'))('the built dist/ssr/index.js', () => {
  it('renders in plain Node, pinned to the CDN files of its build', () => {
    const sri = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8')) as Record<string, string>;
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const script = `
      const { renderCheckout, checkoutHeadTags } = await import(${JSON.stringify(new URL('../../../dist/ssr/index.js', import.meta.url).href)});
      const markup = await renderCheckout({ endpoint: '/api/payments', currency: 'EUR', cart: [{ product_id: 'p', quantity: 2, name: 'Tea', price: 500 }] }, { acceptLanguage: 'fr' });
      if (typeof window !== 'undefined' || typeof document !== 'undefined' || typeof sessionStorage !== 'undefined') throw new Error('DOM globals appeared');
      console.log(JSON.stringify({ markup, head: checkoutHeadTags() }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { markup, head } = JSON.parse(result.stdout) as { markup: string; head: string };
    expect(markup).toMatch(/^<dodo-checkout [^>]*locale="fr"/);
    expect(markup).toContain('Payer');
    expect(markup).toContain(`href="https://cdn.jsdelivr.net/npm/dodo-checkout@${version}/dist/cdn/dodo-checkout.css" integrity="${sri['dodo-checkout.css']}" crossorigin="anonymous"`);
    expect(head).toContain(`integrity="${sri['dodo-checkout.js']}"`);
    expect(head).toContain(`<link rel="modulepreload" href="https://cdn.jsdelivr.net/npm/dodo-checkout@${version}/dist/cdn/chunks/hydrate.js" integrity="${sri['chunks/hydrate.js']}" crossorigin="anonymous">`);
  });

  it('inlines the built stylesheet\'s rules as they are, and names the hash of exactly them', () => {
    const script = `
      const { renderCheckout, checkoutStyleHash } = await import(${JSON.stringify(new URL('../../../dist/ssr/index.js', import.meta.url).href)});
      const markup = await renderCheckout({ endpoint: '/api/payments', currency: 'EUR', cart: [{ product_id: 'p', quantity: 1, name: 'Tea', price: 500 }] }, { styles: 'inline' });
      console.log(JSON.stringify({ markup, hash: checkoutStyleHash() }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { markup, hash } = JSON.parse(result.stdout) as { markup: string; hash: string };
    const inline = markup.slice(markup.indexOf('<style>') + '<style>'.length, markup.indexOf('</style>'));
    expect(inline).toBe(readFileSync('dist/cdn/dodo-checkout.css', 'utf8').trimEnd());
    expect(hash).toBe(`'sha256-${createHash('sha256').update(inline).digest('base64')}'`);
  });
});
