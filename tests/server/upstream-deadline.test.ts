/**
 * Every route's call to Dodo ends within its budget when Dodo's answer stalls after its headers,
 * which the SDK's `timeout` does not cover: a quote, a status check (payments and sessions), a
 * session create and the search for a payment of unknown outcome. Through the real SDK to the
 * stand-in, whose `stallNextAnswer` sends half an answer and then nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callBudgetMs } from '../../src/server/upstream-deadline.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { quoteRequest, startQuoteRig } from './quote-support.js';
import { API_KEY, freshKey, startProxyRig, startStatusRig, validRequest } from './support.js';

const TIMEOUT_MS = 300;
const BUDGET_MS = callBudgetMs(TIMEOUT_MS, 0);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The answer's status, or 'no answer' when none came in the budget and two seconds more. */
async function statusWithinBudget(pending: Promise<Response>): Promise<number | 'no answer'> {
  const answer = await Promise.race([pending, sleep(BUDGET_MS + 2_000).then(() => 'no answer' as const)]);
  return answer === 'no answer' ? answer : answer.status;
}

let standIn: DodoApiStandIn;
beforeAll(async () => {
  standIn = await startDodoApiStandIn({ apiKey: API_KEY });
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

describe('a stalled answer from Dodo ends at the call budget', () => {
  it('quote: 504, and the next quote is answered', async () => {
    const rig = await startQuoteRig({ quoteTimeout: TIMEOUT_MS, quoteMaxRetries: 0, quoteCache: null }, standIn);
    try {
      standIn.stallNextAnswer('POST', /^\/checkouts\/preview$/);
      expect(await statusWithinBudget(rig.quote(quoteRequest()))).toBe(504);
      expect((await rig.quote(quoteRequest())).status).toBe(200);
    } finally {
      await rig.close();
    }
  });

  for (const api of ['payments', 'checkout-sessions'] as const) {
    it(`status check (${api}): 504, and the next check gets the status`, async () => {
      const proxy = await startProxyRig(api === 'checkout-sessions' ? { api, pin: { return_url: 'https://shop.example/thanks' } } : {}, standIn);
      const status = await startStatusRig(standIn.url, { api, timeout: TIMEOUT_MS });
      try {
        const created = await (await proxy.post(validRequest(), { headers: { 'idempotency-key': freshKey() } })).json();
        standIn.stallNextAnswer('GET', api === 'payments' ? /^\/payments\/pay_/ : /^\/checkouts\/cks_/);
        expect(await statusWithinBudget(status.ask(created.status_token))).toBe(504);
        const again = await status.ask(created.status_token);
        expect(again.status).toBe(200);
        expect((await again.json()).status).toBe('requires_action');
      } finally {
        await status.close();
        await proxy.close();
      }
    });
  }

  it('session create: 504 of unknown outcome, and the retry with the same key is answered', async () => {
    const proxy = await startProxyRig({ api: 'checkout-sessions', pin: { return_url: 'https://shop.example/thanks' }, timeout: TIMEOUT_MS }, standIn);
    try {
      standIn.stallNextAnswer('POST', /^\/checkouts$/);
      const key = freshKey();
      expect(await statusWithinBudget(proxy.post(validRequest(), { headers: { 'idempotency-key': key } }))).toBe(504);
      const retry = await proxy.post(validRequest(), { headers: { 'idempotency-key': key } });
      expect(retry.status).toBe(200);
      expect((await retry.json()).payment_id).toMatch(/^cks_/);
    } finally {
      await proxy.close();
    }
  });

  it("the search for an unknown attempt's payment: 503 with Retry-After, then the payment it made, once", async () => {
    const proxy = await startProxyRig({ timeout: TIMEOUT_MS, outcomeSettleMs: 60_000 }, standIn);
    try {
      const key = freshKey();
      standIn.failNext({ create: true, destroySocket: true });
      expect((await proxy.post(validRequest(), { headers: { 'idempotency-key': key } })).status).toBe(502);
      standIn.stallNextAnswer('GET', /^\/payments$/);
      const searching = proxy.post(validRequest(), { headers: { 'idempotency-key': key } });
      expect(await statusWithinBudget(searching)).toBe(503);
      expect((await searching).headers.get('retry-after')).toMatch(/^\d+$/);
      const found = await proxy.post(validRequest(), { headers: { 'idempotency-key': key } });
      expect(found.status).toBe(200);
      expect((await found.json()).payment_id).toBe([...standIn.payments.keys()][0]);
      expect(standIn.payments.size).toBe(1);
    } finally {
      await proxy.close();
    }
  });

  it('the search as a whole ends within the lease, however many pages of payments the window holds', async () => {
    const proxy = await startProxyRig({ timeout: TIMEOUT_MS, idempotencyLeaseMs: 600, outcomeSettleMs: 60_000 }, standIn);
    try {
      // Other checkouts' payments in the window: the search reads four pages of 100.
      for (let i = 0; i < 350; i++) expect((await proxy.post(validRequest(), { headers: { 'idempotency-key': freshKey() } })).status).toBe(200);
      const key = freshKey();
      standIn.failNext({ destroySocket: true });
      expect((await proxy.post(validRequest(), { headers: { 'idempotency-key': key } })).status).toBe(502);
      // Each page comes within its call's timeout, but four of them would outlast the lease.
      standIn.delayAnswers('GET', /^\/payments$/, 250);
      const searching = await proxy.post(validRequest(), { headers: { 'idempotency-key': key } });
      expect(searching.status).toBe(503);
      expect(searching.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(standIn.delayedAnswers, 'pages asked for before the search gave up').toBeLessThan(4);
      expect(standIn.payments.size).toBe(350);
    } finally {
      await proxy.close();
    }
  });
});
