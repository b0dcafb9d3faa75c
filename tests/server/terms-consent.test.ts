/**
 * Terms consent at the proxy: a create without the shopper's acceptance of exactly the merchant's
 * documents is refused before anything reaches the API; an accepted one is recorded by the proxy
 * in the payment's metadata (its own clock, the URLs), which the browser can never forge.
 */
import DodoPayments from 'dodopayments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_HEADER, createCheckoutHandler } from '../../src/server/index.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { API_KEY, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

const TERMS = { termsUrl: 'https://shop.example/terms', privacyUrl: 'https://shop.example/privacy', refundUrl: 'https://shop.example/refunds' };
const ACCEPTED = JSON.stringify({ terms: TERMS.termsUrl, privacy: TERMS.privacyUrl, refund: TERMS.refundUrl });
const CLOCK = Date.parse('2026-03-14T15:09:26.535Z');

let standIn: DodoApiStandIn;
let rig: ProxyRig;
let sessions: ProxyRig;
let plain: ProxyRig;
let api: DodoPayments;
beforeAll(async () => {
  standIn = await startDodoApiStandIn({ apiKey: API_KEY });
  rig = await startProxyRig({ terms: TERMS, now: () => CLOCK, clientMetadata: 'merge', allowedOrigins: ['https://shop.example'] }, standIn);
  sessions = await startProxyRig({ api: 'checkout-sessions', terms: { termsUrl: TERMS.termsUrl }, now: () => CLOCK }, standIn);
  plain = await startProxyRig({ clientMetadata: 'merge' }, standIn);
  api = new DodoPayments({ bearerToken: API_KEY, baseURL: standIn.url, maxRetries: 0 });
});
afterAll(async () => {
  await Promise.all([rig.close(), sessions.close(), plain.close()]);
  await standIn.close();
});

const consent = (value: string) => ({ headers: { [CONSENT_HEADER]: value, 'idempotency-key': freshKey() } });

describe('terms consent at the proxy', () => {
  it('refuses a create without the consent header with 422 CONSENT_REQUIRED and sends nothing upstream', async () => {
    const before = standIn.requestCount;
    const response = await rig.post(validRequest(), { headers: { 'idempotency-key': freshKey() } });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ code: 'CONSENT_REQUIRED', message: 'Accept the terms of service to pay.' });
    expect(standIn.requestCount).toBe(before);
    expect(JSON.parse(rig.logs.at(-1)!)).toMatchObject({ status: 422, code: 'CONSENT_REQUIRED' });
  });

  it.each([
    ['another terms URL', JSON.stringify({ terms: 'https://shop.example/old-terms', privacy: TERMS.privacyUrl, refund: TERMS.refundUrl })],
    ['a document left out', JSON.stringify({ terms: TERMS.termsUrl, privacy: TERMS.privacyUrl })],
    ['only the terms', JSON.stringify({ terms: TERMS.termsUrl })],
    ['a URL that is not http(s)', JSON.stringify({ terms: 'javascript:alert(1)', privacy: TERMS.privacyUrl, refund: TERMS.refundUrl })],
    ['not JSON', 'yes'],
    ['a JSON array', JSON.stringify([TERMS.termsUrl])],
  ])('refuses consent with %s', async (_case, header) => {
    const before = standIn.requestCount;
    const response = await rig.post(validRequest(), consent(header));
    expect(response.status).toBe(422);
    expect((await response.json()).code).toBe('CONSENT_REQUIRED');
    expect(standIn.requestCount).toBe(before);
  });

  it('with consent, the stand-in payment carries the acceptance: the server clock and the URLs', async () => {
    const response = await rig.post(validRequest(), consent(ACCEPTED));
    expect(response.status).toBe(200);
    const { payment_id } = await response.json();
    const payment = await api.payments.retrieve(payment_id);
    expect(payment.metadata).toMatchObject({
      terms_accepted_at: '2026-03-14T15:09:26.535Z',
      terms_url: 'https://shop.example/terms',
      privacy_url: 'https://shop.example/privacy',
      refund_url: 'https://shop.example/refunds',
    });
  });

  it('takes the URLs as the browser resolves them (host case), and says so through CORS', async () => {
    const response = await rig.post(validRequest(), consent(JSON.stringify({ terms: 'https://SHOP.example/terms', privacy: TERMS.privacyUrl, refund: TERMS.refundUrl })));
    expect(response.status).toBe(200);
    const preflight = await fetch(rig.endpoint, { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key, dodo-checkout-consent' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Dodo-Checkout-Consent/);
  });

  it('the browser cannot forge the record: its consent keys are dropped (even with clientMetadata merge), the proxy writes its own', async () => {
    const forged = { terms_accepted_at: '2020-01-01T00:00:00.000Z', terms_url: 'https://evil.example/terms', privacy_url: 'https://evil.example/p', refund_url: 'https://evil.example/r', note: 'gift' };
    const response = await rig.post(validRequest({ metadata: forged }), consent(ACCEPTED));
    expect(response.status).toBe(200);
    const sent = standIn.requests.at(-1)!.body as { metadata: Record<string, string> };
    expect(sent.metadata).toMatchObject({ note: 'gift', terms_accepted_at: '2026-03-14T15:09:26.535Z', terms_url: TERMS.termsUrl, privacy_url: TERMS.privacyUrl, refund_url: TERMS.refundUrl });
  });

  it('a proxy without terms still drops the consent keys from the browser, so no payment claims an acceptance it never checked', async () => {
    const response = await plain.post(validRequest({ metadata: { terms_accepted_at: '2020-01-01T00:00:00.000Z', terms_url: 'https://evil.example/terms', note: 'gift' } }));
    expect(response.status).toBe(200);
    const { payment_id } = await response.json();
    const payment = await api.payments.retrieve(payment_id);
    expect(payment.metadata).toMatchObject({ note: 'gift' });
    expect(payment.metadata).not.toHaveProperty('terms_accepted_at');
    expect(payment.metadata).not.toHaveProperty('terms_url');
  });

  it('a retry with the same Idempotency-Key replays the payment (the recorded time does not make it a different body)', async () => {
    const key = freshKey();
    const first = await rig.post(validRequest(), { headers: { [CONSENT_HEADER]: ACCEPTED, 'idempotency-key': key } });
    const again = await rig.post(validRequest(), { headers: { [CONSENT_HEADER]: ACCEPTED, 'idempotency-key': key } });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()).payment_id).toBe((await first.json()).payment_id);
  });

  it('a refusal is not replayed: the same key with consent then creates the payment', async () => {
    const key = freshKey();
    expect((await rig.post(validRequest(), { headers: { 'idempotency-key': key } })).status).toBe(422);
    expect((await rig.post(validRequest(), { headers: { [CONSENT_HEADER]: ACCEPTED, 'idempotency-key': key } })).status).toBe(200);
  });

  it('in Checkout Sessions mode the session is refused without consent and carries the record with it', async () => {
    expect((await sessions.post(validRequest(), consent(ACCEPTED))).status).toBe(422);
    const response = await sessions.post(validRequest(), consent(JSON.stringify({ terms: TERMS.termsUrl })));
    expect(response.status).toBe(200);
    const session = standIn.checkoutSessions.requests.at(-1) as { metadata: Record<string, string> };
    expect(session.metadata).toMatchObject({ terms_accepted_at: '2026-03-14T15:09:26.535Z', terms_url: TERMS.termsUrl });
    expect(session.metadata).not.toHaveProperty('privacy_url');
  });

  it('refuses a terms option that is not absolute http(s) URLs at creation', () => {
    expect(() => createCheckoutHandler({ apiKey: API_KEY, terms: { termsUrl: '/terms' } })).toThrow(/terms\.termsUrl/);
    expect(() => createCheckoutHandler({ apiKey: API_KEY, terms: { termsUrl: 'https://shop.example/terms', refundUrl: 'ftp://shop.example/r' } })).toThrow(/terms\.refundUrl/);
  });
});
