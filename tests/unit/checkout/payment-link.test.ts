import { describe, expect, it } from 'vitest';
import { isSafePaymentLink } from '../../../src/checkout/payment-link.js';
import { decideRedirect } from '../../../src/checkout/redirect-decision.js';
import type { CreatePaymentResponse } from '../../../src/api/schemas.js';

describe('isSafePaymentLink', () => {
  it.each([
    'https://test.checkout.dodopayments.com/buy/pay_123',
    'HTTPS://checkout.example.com/x',
    'http://localhost:4000/pay/1',
    'http://127.0.0.1:5173/pay/1',
    'http://[::1]:8080/pay',
  ])('follows %s', (link) => expect(isSafePaymentLink(link)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/pay',
    'http://evil.example/pay',
    'http://localhost.evil.example/pay',
    'http://127.0.0.1.nip.io/pay',
    'https://user:pass@evil.example/',
    'https:\\\\evil.example',
    ' https://checkout.example.com/',
    'https://checkout.example.com/\n',
    '/relative/path',
    'https://',
    'not a url',
    '',
    42,
    null,
    undefined,
  ])('refuses %j', (link) => expect(isSafePaymentLink(link)).toBe(false));
});

describe('decideRedirect', () => {
  const response = (overrides: Partial<CreatePaymentResponse>): CreatePaymentResponse => ({
    payment_id: 'pay_1',
    total_amount: 3900,
    client_secret: 'secret',
    customer: { customer_id: 'cus_1', email: 'a@b.co', name: 'A' },
    metadata: {},
    payment_link: 'https://pay.example/1',
    ...overrides,
  });

  it('redirects at once when redirect_immediately is set', () => {
    expect(decideRedirect(response({}), true)).toEqual({ kind: 'redirect', url: 'https://pay.example/1' });
  });

  it('asks for confirmation otherwise (the total and expiry come from the created payment, see created-payment.test.ts)', () => {
    expect(decideRedirect(response({ expires_on: '2026-12-01T10:00:00Z' }), false)).toEqual({ kind: 'confirm', url: 'https://pay.example/1' });
  });

  it('refuses unsafe or missing links in both modes', () => {
    for (const immediate of [true, false]) {
      expect(decideRedirect(response({ payment_link: 'javascript:alert(1)' }), immediate).kind).toBe('unsafe-link');
      expect(decideRedirect(response({ payment_link: null }), immediate).kind).toBe('unsafe-link');
    }
  });
});
