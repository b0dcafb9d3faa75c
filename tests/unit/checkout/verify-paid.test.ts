/**
 * The checkout's own question to the status route about a payment it shows again from the tab's
 * record: only Dodo's verified success counts, with its total when well formed, and the tab's
 * record then says paid, for that payment only.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCreatedPayment, recordPaid, storeCreatedPayment, type CreatedPayment } from '../../../src/checkout/created-payment.js';
import { rememberStatusToken } from '../../../src/checkout/status-token-store.js';
import { verifiedPaid } from '../../../src/checkout/verify-paid.js';
import { MemoryStorage } from './memory-storage.js';

const SCOPE = 'https://shop.example/api/payments|[cart]';
const kept: CreatedPayment = {
  payment_id: 'pay_1',
  payment_link: 'https://pay.example/checkout/pay_1',
  total_amount: 2400,
  expiresAt: Date.now() + 60_000,
  currency: 'USD',
  cart: '[cart]',
};
const created = { payment_id: 'pay_1', total_amount: 2400, client_secret: 's', customer: { customer_id: 'c', email: 'a@b.c', name: 'A' }, metadata: {}, status_token: 'pay_1.123.sig' };

let answers: Array<Response | Error>;
let sent: Array<{ url: string; body: unknown }>;
beforeEach(() => {
  vi.stubGlobal('sessionStorage', new MemoryStorage());
  answers = [];
  sent = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, body: JSON.parse(String(init.body)) });
    const next = answers.shift() ?? new Error('no answer');
    if (next instanceof Error) throw next;
    return next;
  });
});
afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('verifiedPaid', () => {
  it('asks with the token kept for that payment and returns the verified total and currency on success', async () => {
    rememberStatusToken(created, SCOPE);
    answers.push(json({ payment_id: 'pay_1', status: 'succeeded', total_amount: 2160, currency: 'EUR' }));
    expect(await verifiedPaid('https://shop.example/api/payment-status', 'pay_1')).toEqual({ total_amount: 2160, currency: 'EUR' });
    expect(sent).toEqual([{ url: 'https://shop.example/api/payment-status', body: { token: 'pay_1.123.sig' } }]);
  });

  it('says nothing for any other state, a refusal, a network failure or a malformed answer', async () => {
    rememberStatusToken(created, SCOPE);
    for (const answer of [
      json({ payment_id: 'pay_1', status: 'requires_action' }),
      json({ payment_id: 'pay_1', status: 'processing', total_amount: 2400, currency: 'USD' }),
      json({ payment_id: 'pay_1', status: 'failed' }),
      json({ code: 'PAYMENT_NOT_FOUND' }, 404),
      json({ status: 'succeeded' }, 502),
      new Response('<html>', { status: 200 }),
      json(null),
      new TypeError('Failed to fetch'),
    ]) {
      answers.push(answer);
      expect(await verifiedPaid('/api/payment-status', 'pay_1')).toBeUndefined();
    }
  });

  it('a success with a malformed total or currency is still a success, without them', async () => {
    rememberStatusToken(created, SCOPE);
    answers.push(json({ payment_id: 'pay_1', status: 'succeeded', total_amount: -5, currency: 'EUR' }), json({ payment_id: 'pay_1', status: 'succeeded', total_amount: 2400, currency: 'eur' }));
    expect(await verifiedPaid('/api/payment-status', 'pay_1')).toEqual({});
    expect(await verifiedPaid('/api/payment-status', 'pay_1')).toEqual({});
  });

  it('asks nothing without a token kept for that payment', async () => {
    rememberStatusToken(created, SCOPE);
    expect(await verifiedPaid('/api/payment-status', 'pay_2')).toBeUndefined();
    expect(sent).toEqual([]);
  });
});

describe('recordPaid', () => {
  it('marks the kept payment paid with the verified total and currency', () => {
    storeCreatedPayment(SCOPE, kept);
    expect(recordPaid(SCOPE, 'pay_1', { total_amount: 2160, currency: 'EUR' })).toBe(true);
    expect(readCreatedPayment(SCOPE)).toEqual({ ...kept, paid: true, total_amount: 2160, currency: 'EUR' });
  });

  it('keeps the created total when the verified one is missing', () => {
    storeCreatedPayment(SCOPE, kept);
    expect(recordPaid(SCOPE, 'pay_1', {})).toBe(true);
    expect(readCreatedPayment(SCOPE)).toEqual({ ...kept, paid: true });
  });

  it('leaves another payment of the same checkout as it is', () => {
    storeCreatedPayment(SCOPE, { ...kept, payment_id: 'pay_2' });
    expect(recordPaid(SCOPE, 'pay_1', { total_amount: 2400, currency: 'USD' })).toBe(false);
    expect(readCreatedPayment(SCOPE)?.paid).toBeUndefined();
  });
});
