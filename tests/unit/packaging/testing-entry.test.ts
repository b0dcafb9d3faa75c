/**
 * `dodo-checkout/testing` as a merchant's test suite uses it: the built entry, in plain Node,
 * starts the stand-in, and the published proxy creates a payment against it through the SDK.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, { import: string; types: string }> };

describe('the dodo-checkout/testing entry', () => {
  it('is declared in package.json next to ./server', () => {
    expect(pkg.exports['./testing']).toEqual({ types: './dist/types/testing.d.ts', import: './dist/server/testing.js' });
  });

  it.skipIf(!existsSync('dist/server/testing.js') || !existsSync('dist/server/index.js'))('the built entry starts a stand-in the built proxy creates payments against', () => {
    const script = `
      const { startDodoApiStandIn, STAND_IN_PRODUCTS } = await import(${JSON.stringify(new URL('../../../dist/server/testing.js', import.meta.url).href)});
      const { createCheckoutHandler } = await import(${JSON.stringify(new URL('../../../dist/server/index.js', import.meta.url).href)});
      const standIn = await startDodoApiStandIn();
      try {
        const handler = createCheckoutHandler({ apiKey: 'test_key', baseURL: standIn.url });
        const response = await handler(new Request('http://shop.test/api/payments', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': 'testing-entry-1' },
          body: JSON.stringify({
            product_cart: [{ product_id: STAND_IN_PRODUCTS[0].product_id, quantity: 1 }],
            customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
            billing: { country: 'SE', city: 'Stockholm', zipcode: '111 51', street: 'Drottninggatan 1' },
            payment_link: true,
          }),
        }));
        const body = await response.json();
        console.log(JSON.stringify({ status: response.status, link: body.payment_link, requests: standIn.requests.length }));
      } finally {
        await standIn.close();
      }
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, DODO_PAYMENTS_API_KEY: '' } });
    expect(result.stderr).toBe('');
    // The handler logs one JSON line per request to stdout first; the script's own line is the last.
    const outcome = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { status: number; link: string; requests: number };
    expect(outcome.status).toBe(200);
    expect(outcome.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/checkout\//);
    expect(outcome.requests).toBe(1);
  });
});
