/**
 * The currency of the created payment's total in the proxy's answer. Dodo's create answer names
 * none, and under adaptive pricing Dodo bills a shopper in their own currency (the stand-in bills
 * Germany in euros): the proxy names the one the request fixed, else asks Dodo for the payment's,
 * unless the shopper is redirected at once. Through the real SDK to the stand-in.
 */
import DodoPayments from 'dodopayments';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { API_KEY, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

const GERMANY = { billing: { country: 'DE', city: 'Berlin', street: 'Unter den Linden 1', zipcode: '10117' } };

async function pay(rig: ProxyRig, overrides: Record<string, unknown>) {
  const response = await rig.post(validRequest(overrides), { headers: { 'Idempotency-Key': freshKey() } });
  expect(response.status).toBe(200);
  return (await response.json()) as { payment_id: string; total_amount: number; currency?: string };
}

describe('the currency of the answer\'s total', () => {
  let standIn: DodoApiStandIn;
  let rig: ProxyRig;
  let retrieves: string[];
  let failRetrieve: boolean;

  beforeAll(async () => {
    standIn = await startDodoApiStandIn({ apiKey: API_KEY, adaptivePricing: true });
    // The real SDK, with every call seen on its way: `GET /payments/{id}` can be made to fail.
    const client = new DodoPayments({
      bearerToken: API_KEY,
      baseURL: standIn.url,
      maxRetries: 0,
      fetch: async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        if ((init?.method ?? 'GET') === 'GET' && /^\/payments\/[^/]+$/.test(url.pathname)) {
          retrieves.push(url.pathname.split('/')[2]!);
          if (failRetrieve) return new Response(JSON.stringify({ code: 'INTERNAL_SERVER_ERROR', message: 'down' }), { status: 500, headers: { 'content-type': 'application/json' } });
        }
        return fetch(input, init);
      },
    });
    rig = await startProxyRig({ client }, standIn);
  });

  beforeEach(() => {
    retrieves = [];
    failRetrieve = false;
  });

  afterAll(async () => {
    await rig.close();
    await standIn.close();
  });

  it('is the payment\'s own, asked of Dodo, when the request fixes none: a German shopper of a USD shop is billed in euros', async () => {
    const answer = await pay(rig, GERMANY);
    expect(answer.currency).toBe('EUR');
    expect(standIn.paymentObject(answer.payment_id)).toMatchObject({ currency: 'EUR', total_amount: answer.total_amount });
    expect(retrieves).toEqual([answer.payment_id]);
  });

  it('is the billing_currency the request fixed, without asking Dodo', async () => {
    const answer = await pay(rig, { ...GERMANY, billing_currency: 'USD' });
    expect(answer.currency).toBe('USD');
    expect(standIn.paymentObject(answer.payment_id)?.currency).toBe('USD');
    expect(retrieves).toEqual([]);
  });

  it('is the merchant\'s pinned billing_currency, whatever the browser asked for', async () => {
    const pinned = await startProxyRig({ pin: { payment_link: true, billing_currency: 'GBP' } }, standIn);
    try {
      const answer = await pay(pinned, { ...GERMANY, billing_currency: 'USD' });
      expect(answer.currency).toBe('GBP');
      expect(standIn.paymentObject(answer.payment_id)?.currency).toBe('GBP');
    } finally {
      await pinned.close();
    }
  });

  it('is not asked for when the shopper is redirected at once: the answer names none and is not held up', async () => {
    const answer = await pay(rig, { ...GERMANY, redirect_immediately: true });
    expect(answer.currency).toBeUndefined();
    expect(retrieves).toEqual([]);
  });

  it('is left out when Dodo cannot say: the payment is answered all the same, once', async () => {
    failRetrieve = true;
    const before = standIn.payments.size;
    const answer = await pay(rig, GERMANY);
    expect(answer.currency).toBeUndefined();
    expect(answer.payment_id).toMatch(/^pay_/);
    expect(retrieves).toEqual([answer.payment_id]);
    expect(standIn.payments.size).toBe(before + 1);
  });

  it('is kept in the answer a retry with the same key replays', async () => {
    const key = freshKey();
    const body = validRequest(GERMANY);
    const first = await (await rig.post(body, { headers: { 'Idempotency-Key': key } })).json();
    failRetrieve = true;
    const again = await (await rig.post(body, { headers: { 'Idempotency-Key': key } })).json();
    expect(first.currency).toBe('EUR');
    expect(again.currency).toBe('EUR');
    expect(again.payment_id).toBe(first.payment_id);
  });
});
