/**
 * The status route: the create answer carries a status token; the route answers the verified
 * state, total and currency for that payment only — through the real SDK to the stand-in, whose
 * `settlePayment` moves the payment as the hosted page does — and refuses a missing, forged,
 * expired or other payment's token with one and the same 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatusTokenSigner } from '../../src/server/status-token.js';
import { API_KEY, freshKey, startProxyRig, startStatusRig, validRequest, type ProxyRig, type StatusRig } from './support.js';

let proxy: ProxyRig;
let status: StatusRig;
beforeAll(async () => {
  proxy = await startProxyRig();
  status = await startStatusRig(proxy.standIn.url);
});
afterAll(async () => {
  await status.close();
  await proxy.close();
});

async function createPayment(): Promise<{ payment_id: string; status_token: string; total_amount: number }> {
  const response = await proxy.post(validRequest(), { headers: { 'idempotency-key': freshKey() } });
  expect(response.status).toBe(200);
  return response.json();
}

const NOT_FOUND = { code: 'PAYMENT_NOT_FOUND', message: 'No payment can be confirmed for this page.' };

describe('the create answer', () => {
  it('carries a status token for its payment, and a replay carries one too', async () => {
    const key = freshKey();
    const first = await (await proxy.post(validRequest(), { headers: { 'idempotency-key': key } })).json();
    expect(first.status_token).toMatch(new RegExp(`^${first.payment_id}\\.\\d+\\.[A-Za-z0-9_-]{43}$`));
    const replay = await proxy.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const replayed = await replay.json();
    expect(replayed.payment_id).toBe(first.payment_id);
    expect(replayed.status_token).toMatch(new RegExp(`^${first.payment_id}\\.`));
  });
});

describe('status route', () => {
  it('answers each state the payment goes through, with total and currency and nothing about the customer', async () => {
    const payment = await createPayment();
    const answers: unknown[] = [];
    const read = async () => {
      const response = await status.ask(payment.status_token);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await response.json();
      answers.push(body);
      return body;
    };
    expect(await read()).toEqual({ payment_id: payment.payment_id, status: 'requires_action', total_amount: payment.total_amount, currency: 'USD' });
    proxy.standIn.settlePayment(payment.payment_id, 'processing');
    expect((await read()).status).toBe('processing');
    proxy.standIn.settlePayment(payment.payment_id, 'succeeded');
    expect((await read()).status).toBe('succeeded');
    const text = JSON.stringify(answers);
    for (const personal of ['ada@example.com', 'Ada Lovelace', 'Drottninggatan', 'client_secret', 'customer']) expect(text).not.toContain(personal);
  });

  it.each(['failed', 'cancelled'] as const)('answers %s', async (outcome) => {
    const payment = await createPayment();
    proxy.standIn.settlePayment(payment.payment_id, outcome);
    expect(await (await status.ask(payment.status_token)).json()).toMatchObject({ payment_id: payment.payment_id, status: outcome });
  });

  it('refuses a missing, malformed, forged, re-targeted or expired token and an unknown payment with the same 404', async () => {
    const payment = await createPayment();
    const other = await createPayment();
    const [id, expiry, signature] = payment.status_token.split('.');
    const flipped = signature!.slice(0, 10) + (signature![10] === 'A' ? 'B' : 'A') + signature!.slice(11);
    // The last character's two low bits are padding: the same MAC spelled another way is refused too.
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const respelled = signature!.slice(0, -1) + ALPHABET[ALPHABET.indexOf(signature!.at(-1)!) + 1];
    const expired = await createStatusTokenSigner({ secret: API_KEY, ttlSeconds: 60, now: () => Date.now() - 120_000 }).sign(payment.payment_id);
    const wrongKey = await createStatusTokenSigner({ secret: 'sk_someone_else', ttlSeconds: 60 }).sign(payment.payment_id);
    const unknown = await createStatusTokenSigner({ secret: API_KEY, ttlSeconds: 60 }).sign('pay_doesnotexist');
    const refused: Record<string, unknown> = {
      missing: undefined,
      empty: '',
      number: 42,
      'id only': payment.payment_id,
      'flipped signature': `${id}.${expiry}.${flipped}`,
      'the signature spelled with other padding bits': `${id}.${expiry}.${respelled}`,
      'other payment, this signature': `${other.payment_id}.${expiry}.${signature}`,
      'later expiry': `${id}.${Number(expiry) + 3600}.${signature}`,
      expired,
      'signed with another key': wrongKey,
      // A genuine token from the API key's signer for a payment the API does not know.
      'unknown payment': unknown,
    };
    for (const [name, token] of Object.entries(refused)) {
      const response = await status.ask(token);
      expect(response.status, name).toBe(404);
      expect(await response.json(), name).toEqual(NOT_FOUND);
    }
    // The genuine token still works, and answers for its own payment only.
    expect(await (await status.ask(other.status_token)).json()).toMatchObject({ payment_id: other.payment_id });
  });

  it('verifies tokens signed with statusSecret when both handlers set it, and not otherwise', async () => {
    const secretProxy = await startProxyRig({ statusSecret: 'status-secret-rotated-1' }, proxy.standIn);
    const withSecret = await startStatusRig(proxy.standIn.url, { statusSecret: 'status-secret-rotated-1' });
    try {
      const payment = await (await secretProxy.post(validRequest(), { headers: { 'idempotency-key': freshKey() } })).json();
      expect((await withSecret.ask(payment.status_token)).status).toBe(200);
      expect((await status.ask(payment.status_token)).status, 'the API-key-derived signer refuses it').toBe(404);
    } finally {
      await withSecret.close();
      await secretProxy.close();
    }
  });

  it('is rate limited per client, and refuses other methods and content types', async () => {
    const limited = await startStatusRig(proxy.standIn.url, { rateLimit: { max: 2, windowMs: 60_000, clientKey: () => 'one-client' } });
    try {
      expect((await limited.ask('x')).status).toBe(404);
      expect((await limited.ask('x')).status).toBe(404);
      const third = await limited.ask('x');
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await fetch(limited.url)).status).toBe(405);
      expect((await fetch(limited.url, { method: 'POST', body: '{"token":"x"}', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    } finally {
      await limited.close();
    }
  });

  it('answers 502 without detail when the API fails, and logs no token', async () => {
    const logs: string[] = [];
    const logged = await startStatusRig(proxy.standIn.url, { logger: { info: (line) => logs.push(line), error: (line) => logs.push(line) } });
    try {
      const payment = await createPayment();
      await proxy.standIn.close();
      const response = await logged.ask(payment.status_token);
      expect(response.status).toBe(502);
      expect((await response.json()).code).toBe('UPSTREAM_UNREACHABLE');
      expect(logs.join('\n')).not.toContain(payment.status_token.split('.')[2]);
    } finally {
      await logged.close();
    }
  });
});
