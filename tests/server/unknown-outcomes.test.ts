/**
 * Unknown upstream outcomes on one proxy instance: a timeout whose payment Dodo creates a moment
 * later, a connection reset after the request was sent, a reset before anything was created. The
 * stand-in ignores `Idempotency-Key` here (the API does not document it), so only the proxy's own
 * reconciliation stands between a retry and a second payment.
 */
import DodoPayments from 'dodopayments';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreatePaymentResponseSchema } from '../../src/api/schemas.js';
import { sha256Hex } from '../../src/server/idempotency.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { API_KEY, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

const SETTLE_MS = 2_000;
let standIn: DodoApiStandIn;
let rig: ProxyRig;

beforeAll(async () => {
  standIn = await startDodoApiStandIn({ apiKey: API_KEY, honourIdempotencyKey: false });
  rig = await startProxyRig({ timeout: 300, outcomeSettleMs: SETTLE_MS }, standIn);
});
afterAll(async () => {
  await rig.close();
  await standIn.close();
});
beforeEach(() => standIn.reset());

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const post = (key: string, body = validRequest()) => rig.post(body, { headers: { 'idempotency-key': key } });

async function until(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe('unknown upstream outcomes', () => {
  it('answers a late success after a timeout with that payment, never a second one', async () => {
    // Created 1.8 s after the request came: after the 300 ms timeout and the next request's search, within the settle window.
    standIn.failNext({ create: true, delayMs: 1_800 });
    const key = freshKey();
    const first = await post(key);
    expect(first.status).toBe(504);

    // Dodo has not committed the payment yet: the proxy cannot know, so it refuses to create.
    const early = await post(key);
    expect(early.status).toBe(503);
    expect(Number(early.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await early.json()).code).toBe('PAYMENT_OUTCOME_UNKNOWN');

    await until(() => standIn.payments.size === 1, 5_000);
    const [created] = [...standIn.payments.values()];
    const recovered = await post(key);
    expect(recovered.status).toBe(200);
    expect(recovered.headers.get('idempotent-replayed')).toBe('true');
    const body = await recovered.json();
    expect(body.payment_id).toBe(created!.response.payment_id);
    expect(body.payment_link).toBe(created!.response.payment_link);
    expect(body.total_amount).toBe(created!.response.total_amount);
    // The total's currency, which the panel writes it in, comes with it.
    expect(body.currency).toBe(created!.currency);
    expect(body).not.toHaveProperty('client_secret');
    expect(CreatePaymentResponseSchema.safeParse(body).success).toBe(true);

    // The recovered answer is now the key's stored answer.
    const again = await post(key);
    expect(again.status).toBe(200);
    expect((await again.json()).payment_id).toBe(created!.response.payment_id);
    await sleep(SETTLE_MS);
    expect((await post(key)).status).toBe(200);
    expect(standIn.payments.size).toBe(1);
    expect(standIn.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('answers within the upstream budget when Dodo\'s answer stalls after its headers, and the retry gets the payment it created', async () => {
    // The SDK's timeout ends when the headers arrive; the body that never ends must not hold the shopper.
    standIn.failNext({ create: true, stallBody: true });
    const key = freshKey();
    const first = await Promise.race([post(key), sleep(8_000).then(() => 'no answer after 8 s' as const)]);
    expect(first === 'no answer after 8 s' ? first : first.status).toBe(504);
    expect(standIn.payments.size).toBe(1);
    const retry = await post(key);
    expect(retry.status).toBe(200);
    expect((await retry.json()).payment_id).toBe([...standIn.payments.keys()][0]);
    expect(standIn.payments.size).toBe(1);
    expect(standIn.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('answers a connection reset after the request was sent with the payment it created', async () => {
    standIn.failNext({ create: true, destroySocket: true });
    const key = freshKey();
    expect((await post(key)).status).toBe(502);
    const retry = await post(key);
    expect(retry.status).toBe(200);
    expect((await retry.json()).payment_id).toBe([...standIn.payments.keys()][0]);
    expect(standIn.payments.size).toBe(1);
  });

  it("sends one POST /payments through a merchant's own SDK client too, whatever retries that client was made with", async () => {
    // The SDK's defaults: two retries on a connection error, a timeout or a 5xx.
    const client = new DodoPayments({ bearerToken: API_KEY, baseURL: standIn.url, timeout: 300 });
    expect(client.maxRetries).toBe(2);
    const own = await startProxyRig({ client }, standIn);
    try {
      standIn.failNext({ create: true, destroySocket: true });
      const key = freshKey();
      expect((await own.post(validRequest(), { headers: { 'idempotency-key': key } })).status).toBe(502);
      expect(standIn.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
      expect(standIn.payments.size).toBe(1);
      // The payment that reset made is the one the retry gets.
      const retry = await own.post(validRequest(), { headers: { 'idempotency-key': key } });
      expect(retry.status).toBe(200);
      expect((await retry.json()).payment_id).toBe([...standIn.payments.keys()][0]);
      expect(standIn.payments.size).toBe(1);
    } finally {
      await own.close();
    }
  });

  it('treats a 5xx as unknown too: the payment Dodo made before failing is answered', async () => {
    standIn.failNext({ create: true, status: 500 });
    const key = freshKey();
    expect((await post(key)).status).toBe(502);
    const retry = await post(key);
    expect(retry.status).toBe(200);
    expect(standIn.payments.size).toBe(1);
  });

  it('creates again only once the window has passed with no payment found', async () => {
    standIn.failNext({ destroySocket: true });
    const key = freshKey();
    expect((await post(key)).status).toBe(502);
    const waiting = await post(key);
    expect(waiting.status).toBe(503);
    expect((await waiting.json()).code).toBe('PAYMENT_OUTCOME_UNKNOWN');
    expect(standIn.payments.size).toBe(0);

    await sleep(SETTLE_MS + 100);
    const created = await post(key);
    expect(created.status).toBe(200);
    expect(created.headers.get('idempotent-replayed')).toBeNull();
    expect(standIn.payments.size).toBe(1);
    expect((await post(key)).headers.get('idempotent-replayed')).toBe('true');
    expect(standIn.payments.size).toBe(1);
  });

  it('tags every create with a hash of its key that the browser cannot override', async () => {
    const merging = await startProxyRig({ clientMetadata: 'merge', pin: { metadata: { dodo_checkout_key: 'pinned' } } }, standIn);
    try {
      const key = freshKey();
      const response = await merging.post(validRequest({ metadata: { dodo_checkout_key: 'forged', order: '42' } }), { headers: { 'idempotency-key': key } });
      expect(response.status).toBe(200);
      const sent = standIn.requests[0]!.body as { metadata: Record<string, string> };
      expect(sent.metadata).toEqual({ order: '42', dodo_checkout_key: await sha256Hex(key) });
    } finally {
      await merging.close();
    }
  });

  it('says so with its own code when the payment is found but its link cannot be recovered', async () => {
    standIn.failNext({ create: true, destroySocket: true });
    const key = freshKey();
    expect((await post(key)).status).toBe(502);
    const [payment] = [...standIn.payments.values()];
    payment!.response.payment_link = null;
    const retry = await post(key);
    expect(retry.status).toBe(409);
    const body = await retry.json();
    expect(body.code).toBe('PAYMENT_LINK_UNAVAILABLE');
    expect(body.payment_id).toBe(payment!.response.payment_id);
    expect(standIn.payments.size).toBe(1);
  });
});

describe('finding the payment', () => {
  it('pages through the list: the payment is found behind newer ones', async () => {
    standIn.failNext({ create: true, destroySocket: true });
    const key = freshKey();
    expect((await post(key)).status).toBe(502);
    const [tagged] = [...standIn.payments.keys()];
    for (let i = 0; i < 120; i++) {
      const response = await fetch(`${standIn.url}/payments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify(validRequest()),
      });
      expect(response.status).toBe(200);
    }
    const retry = await post(key);
    expect(retry.status).toBe(200);
    expect((await retry.json()).payment_id).toBe(tagged);
    // Listed 100 to a page, newest first: the tagged payment was on the second page.
    expect(standIn.payments.size).toBe(121);
  });
});
