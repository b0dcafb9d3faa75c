/** Terms consent in the element: the options, the required checkbox's check, the header the proxy reads and the proxy's refusal. */
import { describe, expect, it } from 'vitest';
import type { CreatePaymentRequest } from '../../../src/api/schemas.js';
import { consentHeaderValue, consentMatches, parseConsentHeader } from '../../../src/api/terms-consent.js';
import { describeFailure } from '../../../src/checkout/describe-failure.js';
import { sendPaymentRequest } from '../../../src/checkout/send-payment-request.js';
import { parseCheckoutConfig } from '../../../src/config/parse-config.js';
import { EMPTY_FORM_VALUES, TERMS_ACCEPTED } from '../../../src/form/form-model.js';
import { validateForm } from '../../../src/form/validate-form.js';
import en from '../../../src/intl/messages/en.js';
import { formatMessage } from '../../../src/intl/messages/message-format.js';

const base = { endpoint: 'https://shop.example/pay', cart: [{ product_id: 'p', quantity: 1 }] };
const t = ((key: keyof typeof en, ...args: unknown[]) => formatMessage(en[key], args, 'en')) as Parameters<typeof describeFailure>[1];

describe('terms options', () => {
  it('takes absolute http(s) URLs as the terms documents', () => {
    const parsed = parseCheckoutConfig({ ...base, termsUrl: 'https://shop.example/terms', refundUrl: 'https://shop.example/refunds' });
    expect(parsed).toMatchObject({ ok: true, config: { terms: { termsUrl: 'https://shop.example/terms', refundUrl: 'https://shop.example/refunds' } } });
    expect(parsed.ok && parsed.config.terms).not.toHaveProperty('privacyUrl');
    const none = parseCheckoutConfig(base);
    expect(none.ok && none.config).not.toHaveProperty('terms');
  });

  it('refuses relative or non-http URLs like return-url, and policies without terms', () => {
    expect(parseCheckoutConfig({ ...base, termsUrl: '/terms' })).toEqual({ ok: false, problems: ['terms-url: must be an absolute http(s) URL.'] });
    expect(parseCheckoutConfig({ ...base, termsUrl: 'https://shop.example/terms', privacyUrl: 'javascript:alert(1)' })).toEqual({ ok: false, problems: ['privacy-url: must be an absolute http(s) URL.'] });
    expect(parseCheckoutConfig({ ...base, privacyUrl: 'https://shop.example/privacy' })).toEqual({ ok: false, problems: ['privacy-url and refund-url need terms-url.'] });
  });
});

describe('the consent checkbox is a required field', () => {
  const rules = { contact: false, collectPhone: false, addressFields: [], requiredAddressFields: [], isValidPostalCode: () => true };
  it('is a problem only when shown and not ticked', () => {
    const values = { ...EMPTY_FORM_VALUES, country: 'SE' };
    expect(validateForm(values, { ...rules, terms: true })).toEqual([{ field: 'terms', problem: { code: 'acceptTerms' } }]);
    expect(validateForm({ ...values, terms: TERMS_ACCEPTED }, { ...rules, terms: true })).toEqual([]);
    expect(validateForm(values, rules)).toEqual([]);
  });
});

describe('the consent header', () => {
  const terms = { termsUrl: 'https://shop.example/terms', privacyUrl: 'https://shop.example/privacy' };
  it('names the accepted documents, and the proxy reads exactly those back', () => {
    const header = consentHeaderValue(terms);
    expect(JSON.parse(header)).toEqual({ terms: 'https://shop.example/terms', privacy: 'https://shop.example/privacy' });
    expect(consentMatches(parseConsentHeader(header), terms)).toBe(true);
    expect(consentMatches(parseConsentHeader(header), { termsUrl: terms.termsUrl })).toBe(false);
    expect(consentMatches(parseConsentHeader(header), { ...terms, refundUrl: 'https://shop.example/refunds' })).toBe(false);
    expect(consentMatches(parseConsentHeader(null), terms)).toBe(false);
  });

  it('stays ASCII for documents with non-ASCII paths (a header cannot carry them)', () => {
    expect(consentHeaderValue({ termsUrl: 'https://shop.example/villkor/användning' })).toMatch(/^[\x20-\x7e]+$/);
  });

  it('is sent with the request, which stays the API body', async () => {
    const request: CreatePaymentRequest = { product_cart: [{ product_id: 'p', quantity: 1 }], customer: { email: 'a@b.co', name: 'A' }, billing: { country: 'US' }, payment_link: true };
    const calls: RequestInit[] = [];
    const fetch = (async (_url: string, init: RequestInit) => {
      calls.push(init);
      return Response.json({ code: 'CONSENT_REQUIRED', message: 'Accept the terms of service to pay.' }, { status: 422 });
    }) as unknown as typeof globalThis.fetch;
    const outcome = await sendPaymentRequest({ endpoint: 'https://shop.example/api', request, idempotencyKey: 'k1', timeout: 1000, fetch, consent: terms });
    expect(calls[0]!.headers).toMatchObject({ 'Dodo-Checkout-Consent': consentHeaderValue(terms) });
    expect(calls[0]!.body).toBe(JSON.stringify(request));
    // The proxy's refusal is the shopper's to fix, at the checkbox, in the shown language.
    expect(outcome).toMatchObject({ ok: false, status: 422, code: 'CONSENT_REQUIRED' });
    const described = describeFailure(outcome as Exclude<typeof outcome, { ok: true }>, t);
    expect(described).toEqual({ detail: { kind: 'server', status: 422, code: 'CONSENT_REQUIRED', message: 'To pay, accept the terms.' }, consentRequired: true });
  });
});
