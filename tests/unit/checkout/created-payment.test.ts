/**
 * The created payment as the tab keeps it: what is kept (never the client secret or the shopper's
 * details), when its link counts as expired, what is read back from storage that anything on the
 * page can write, and when a payment no longer belongs to the request the checkout makes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreatePaymentRequest, CreatePaymentResponse } from '../../../src/api/schemas.js';
import {
  createdPayment,
  DEFAULT_LINK_LIFETIME,
  readCreatedPayment,
  requestBasis,
  staleReason,
  storeCreatedPayment,
} from '../../../src/checkout/created-payment.js';
import { MemoryStorage } from './memory-storage.js';

const request: CreatePaymentRequest = {
  product_cart: [{ product_id: 'pdt_beans', quantity: 1 }],
  customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
  billing: { country: 'US', zipcode: '95014' },
  payment_link: true,
};
const response: CreatePaymentResponse = {
  payment_id: 'pay_1',
  total_amount: 2400,
  client_secret: 'secret_1',
  customer: { customer_id: 'cus_1', email: 'ada@example.com', name: 'Ada Lovelace' },
  metadata: {},
  payment_link: 'https://pay.example/checkout/pay_1',
  expires_on: '2030-01-01T12:00:00Z',
};
const NOW = Date.parse('2029-12-31T12:00:00Z');
const cart = requestBasis(request).cart;

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('sessionStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('createdPayment', () => {
  it('keeps the id, link, total, expiry, display currency and cart; never the secret or the customer', () => {
    const payment = createdPayment(response, response.payment_link!, 'USD', cart, NOW);
    expect(payment).toEqual({
      payment_id: 'pay_1',
      payment_link: 'https://pay.example/checkout/pay_1',
      total_amount: 2400,
      expires_on: '2030-01-01T12:00:00Z',
      expiresAt: Date.parse('2030-01-01T12:00:00Z'),
      currency: 'USD',
      cart,
    });
    const text = JSON.stringify(payment);
    expect(text).not.toContain('secret_1');
    expect(text).not.toContain('ada@example.com');
    expect(text).not.toContain('cus_1');
  });

  it('without a readable expires_on, offers the link for a day and shows no expiry', () => {
    for (const expires_on of [undefined, null, 'soon']) {
      const payment = createdPayment({ ...response, expires_on } as CreatePaymentResponse, response.payment_link!, '', cart, NOW);
      expect(payment.expiresAt).toBe(NOW + DEFAULT_LINK_LIFETIME);
      expect(payment).not.toHaveProperty('expires_on');
    }
  });
});

describe('the kept payment', () => {
  const scope = 'dodo-checkout:/api/payments|pdt_beansx1';
  const payment = createdPayment(response, response.payment_link!, 'USD', cart, NOW);

  it('is read back for its scope only, and forgotten when the shopper starts over', () => {
    storeCreatedPayment(scope, payment);
    expect(readCreatedPayment(scope, NOW)).toEqual(payment);
    expect(readCreatedPayment('dodo-checkout:/api/payments|pdt_beansx2', NOW)).toBeUndefined();
    storeCreatedPayment(scope);
    expect(readCreatedPayment(scope, NOW)).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });

  it('is still shown once expired (as expired), and forgotten a day later', () => {
    storeCreatedPayment(scope, payment);
    expect(readCreatedPayment(scope, payment.expiresAt + 1)).toEqual(payment);
    expect(readCreatedPayment(scope, payment.expiresAt + DEFAULT_LINK_LIFETIME + 1)).toBeUndefined();
  });

  it('is never a link that is not safe to open, nor anything unreadable', () => {
    for (const text of [
      JSON.stringify({ ...payment, payment_link: 'javascript:alert(1)' }),
      JSON.stringify({ ...payment, payment_link: undefined }),
      JSON.stringify({ ...payment, expiresAt: 'later' }),
      '{not json',
      'null',
      '42',
    ]) {
      storage.setItem(`${scope}|payment`, text);
      expect(readCreatedPayment(scope, NOW), text).toBeUndefined();
    }
  });

  it('survives storage that refuses to be used', () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    expect(() => storeCreatedPayment(scope, payment)).not.toThrow();
    expect(readCreatedPayment(scope, NOW)).toBeUndefined();
  });
});

describe('staleReason', () => {
  const basis = requestBasis(request);

  it('is none for the same request, built again', () => {
    expect(staleReason(basis, requestBasis(structuredClone(request)))).toBeUndefined();
  });

  it('is the cart when products, quantities or amounts change', () => {
    for (const product_cart of [[{ product_id: 'pdt_beans', quantity: 2 }], [{ product_id: 'pdt_mug', quantity: 1 }], [{ product_id: 'pdt_beans', quantity: 1, amount: 500 }]]) {
      expect(staleReason(basis, requestBasis({ ...request, product_cart }))).toBe('cart');
    }
  });

  it('is the request when anything else sent changes', () => {
    for (const change of [{ metadata: { order: '42' } }, { return_url: 'https://shop.example/thanks' }, { customer: { email: 'grace@example.com', name: 'Ada Lovelace' } }, { discount_code: 'WELCOME10' }]) {
      expect(staleReason(basis, requestBasis({ ...request, ...change }))).toBe('request');
    }
  });

  it('compares only the cart when the request is not known (a payment kept from an earlier page)', () => {
    expect(staleReason({ cart: basis.cart }, requestBasis({ ...request, metadata: { order: '42' } }))).toBeUndefined();
    expect(staleReason({ cart: basis.cart }, requestBasis({ ...request, product_cart: [{ product_id: 'pdt_beans', quantity: 3 }] }))).toBe('cart');
  });
});
