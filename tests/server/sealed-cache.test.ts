/** The quote cache's seal: only the same account asking the same question opens an entry. */
import { describe, expect, it } from 'vitest';
import { createCacheSeal } from '../../src/server/sealed-cache.js';

const ACCOUNT = 'sk_test_account_a\nhttps://test.dodopayments.com';
const REQUEST = '{"billing":{"country":"NL"},"tax_id":"NL123456789B01"}';
const ANSWER = '{"tax_id":{"tax_id":"NL123456789B01","business_name":"Koffie B.V."},"total":1234}';

describe('sealed cache entries', () => {
  it('open for the same request under the same account, and say nothing readable', async () => {
    const seal = createCacheSeal(ACCOUNT);
    const sealed = await seal.seal(REQUEST, ANSWER);
    expect(sealed).not.toMatch(/NL123456789B01|Koffie|1234|tax_id/);
    expect(await seal.open(REQUEST, sealed)).toBe(ANSWER);
    expect(await createCacheSeal(ACCOUNT).open(REQUEST, sealed), 'another instance of the account').toBe(ANSWER);
  });

  it('do not open for another request, another account, or when damaged', async () => {
    const seal = createCacheSeal(ACCOUNT);
    const sealed = await seal.seal(REQUEST, ANSWER);
    expect(await seal.open(REQUEST.replace('NL1', 'NL2'), sealed)).toBeUndefined();
    expect(await createCacheSeal('sk_test_account_b\nhttps://test.dodopayments.com').open(REQUEST, sealed)).toBeUndefined();
    const [version, iv, data] = sealed.split('.');
    const flipped = `${data!.slice(0, 5)}${data![5] === 'A' ? 'B' : 'A'}${data!.slice(6)}`;
    for (const damaged of [`${version}.${iv}.${flipped}`, `v0.${iv}.${data}`, 'v1..', 'plain text', `${version}.${iv}.!!!`]) {
      expect(await seal.open(REQUEST, damaged), damaged).toBeUndefined();
    }
  });

  it('name a request the same way each time, differently by account, and never by its content', async () => {
    const seal = createCacheSeal(ACCOUNT);
    const name = await seal.nameOf(REQUEST);
    expect(name).toMatch(/^[0-9a-f]{64}$/);
    expect(await createCacheSeal(ACCOUNT).nameOf(REQUEST)).toBe(name);
    expect(await createCacheSeal('sk_test_account_b\nhttps://test.dodopayments.com').nameOf(REQUEST)).not.toBe(name);
    expect(await seal.nameOf(`${REQUEST} `)).not.toBe(name);
  });

  it('seal the same answer differently each time (a fresh nonce)', async () => {
    const seal = createCacheSeal(ACCOUNT);
    expect(await seal.seal(REQUEST, ANSWER)).not.toBe(await seal.seal(REQUEST, ANSWER));
  });
});
