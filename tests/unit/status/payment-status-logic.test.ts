/**
 * The pure parts of the return page: how Dodo's intent statuses read to a shopper, how often a
 * processing payment is asked about, and the token store the checkout and the status element share.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shopperStateOf } from '../../../src/api/payment-status.js';
import type { CreatePaymentResponse } from '../../../src/api/schemas.js';
import { findStatusTokens, rememberStatusToken } from '../../../src/checkout/status-token-store.js';
import { nextPollDelay } from '../../../src/status/fetch-payment-status.js';

describe('shopperStateOf', () => {
  it.each([
    ['succeeded', 'succeeded'],
    ['failed', 'failed'],
    ['cancelled', 'cancelled'],
    ['processing', 'processing'],
    ['requires_capture', 'processing'],
    ['requires_merchant_action', 'processing'],
    ['partially_captured', 'processing'],
    ['requires_customer_action', 'requires_action'],
    ['requires_payment_method', 'requires_action'],
    [null, 'requires_action'],
    ['something_new', 'processing'],
  ])('%s → %s', (intent, state) => {
    expect(shopperStateOf(intent)).toBe(state);
  });
});

describe('nextPollDelay', () => {
  it('starts at the first interval, grows by half up to 10 s, and stops after about two minutes', () => {
    const delays: number[] = [];
    for (let attempt = 0; ; attempt++) {
      const delay = nextPollDelay(attempt);
      if (delay === undefined) break;
      delays.push(delay);
    }
    expect(delays.slice(0, 4)).toEqual([1000, 1500, 2250, 3375]);
    expect(Math.max(...delays)).toBe(10_000);
    const total = delays.reduce((sum, delay) => sum + delay, 0);
    expect(total).toBeLessThanOrEqual(120_000);
    expect(total).toBeGreaterThan(100_000);
    expect(delays.length).toBeLessThan(20);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('still stops, never checking back to back, with a poll-interval of %s', (first) => {
    const delays: number[] = [];
    for (let attempt = 0; attempt < 1_000; attempt++) {
      const delay = nextPollDelay(attempt, first);
      if (delay === undefined) break;
      delays.push(delay);
    }
    expect(delays.length).toBeGreaterThan(0);
    expect(delays.length).toBeLessThan(100);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(250);
    expect(Math.max(...delays)).toBeLessThanOrEqual(10_000);
  });
});

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

describe('status token store', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    Object.defineProperty(globalThis, 'sessionStorage', { value: storage, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
  });

  const answer = (id: string, extra: Record<string, unknown> = {}) =>
    ({ payment_id: id, total_amount: 1, client_secret: '', customer: { customer_id: '', email: '', name: '' }, metadata: {}, ...extra }) as CreatePaymentResponse;

  it('finds a payment token by the id in the return URL, and nothing for another id', () => {
    rememberStatusToken(answer('pay_1', { status_token: 'pay_1.9.sig' }), 'scope-a');
    expect(findStatusTokens('pay_1')).toMatchObject([{ id: 'pay_1', token: 'pay_1.9.sig', scope: 'scope-a', session: false }]);
    expect(findStatusTokens('pay_forged')).toEqual([]);
    expect(findStatusTokens(null)).toEqual([]);
  });

  it('keeps nothing for an answer without a token', () => {
    rememberStatusToken(answer('pay_2'), 'scope-a');
    expect(storage.length).toBe(0);
  });

  it("offers the tab's checkout sessions, latest first, for a payment id it never saw (session mode)", () => {
    rememberStatusToken(answer('cks_old', { status_token: 'old', session_id: 'cks_old' }), 's');
    const later = JSON.parse(storage.getItem('dodo-checkout:status:cks_old')!);
    storage.setItem('dodo-checkout:status:cks_old', JSON.stringify({ ...later, at: later.at - 1000 }));
    rememberStatusToken(answer('cks_new', { status_token: 'new', session_id: 'cks_new' }), 's');
    rememberStatusToken(answer('pay_direct', { status_token: 'direct' }), 's');
    expect(findStatusTokens('pay_from_dodo')).toMatchObject([
      { id: 'cks_new', token: 'new', session: true },
      { id: 'cks_old', token: 'old', session: true },
    ]);
  });

  it('offers at most five sessions, the latest', () => {
    for (let i = 0; i < 8; i++) storage.setItem(`dodo-checkout:status:cks_${i}`, JSON.stringify({ token: `t${i}`, scope: 's', session: true, at: 1000 + i }));
    expect(findStatusTokens('pay_from_dodo').map((kept) => kept.id)).toEqual(['cks_7', 'cks_6', 'cks_5', 'cks_4', 'cks_3']);
  });

  it('ignores entries another script wrote in the wrong shape', () => {
    storage.setItem('dodo-checkout:status:pay_x', JSON.stringify({ token: 42 }));
    storage.setItem('dodo-checkout:status:pay_y', 'not json');
    expect(findStatusTokens('pay_x')).toEqual([]);
    expect(findStatusTokens('pay_y')).toEqual([]);
  });
});

describe('status texts', () => {
  it('exist for every UI language, complete, with the total placeholder, and translated', async () => {
    const { UI_LANGUAGES } = await import('../../../src/intl/ui-languages.js');
    const { STATUS_MESSAGE_LOADERS } = await import('../../../src/status/status-message-loaders.js');
    const { ENGLISH_STATUS_MESSAGES } = await import('../../../src/status/status-messages.js');
    const keys = Object.keys(ENGLISH_STATUS_MESSAGES).sort();
    expect(Object.keys(STATUS_MESSAGE_LOADERS).sort()).toEqual(UI_LANGUAGES.filter((language) => language !== 'en').sort());
    for (const [language, load] of Object.entries(STATUS_MESSAGE_LOADERS)) {
      const texts = (await load()).default as unknown as Record<string, string>;
      expect(Object.keys(texts).sort(), language).toEqual(keys);
      for (const key of keys) expect(texts[key]!.trim(), `${language}.${key}`).not.toBe('');
      expect(texts.succeeded, language).toContain('{total}');
      // Words like "Total" may be the same; sentences never are.
      for (const key of ['succeeded', 'failed', 'unknown', 'processing'] as const) expect(texts[key], `${language}.${key}`).not.toBe(ENGLISH_STATUS_MESSAGES[key]);
    }
  });
});
