/** The quote body and the tax line's label, as pure functions. */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/api/quote.js';
import { parseCheckoutConfig, type CheckoutConfig } from '../../../src/config/parse-config.js';
import { EMPTY_FORM_VALUES } from '../../../src/form/form-model.js';
import core from '../../../src/intl/messages/en.js';
import enQuote from '../../../src/intl/messages/en-quote.js';
import deCore from '../../../src/intl/messages/de.js';
import deQuote from '../../../src/intl/messages/de-quote.js';
import { formatMessage, type MessageValue } from '../../../src/intl/messages/message-format.js';
import { buildQuoteRequest } from '../../../src/quote/quote-request.js';
import { taxIdHint, taxLabel } from '../../../src/quote/quote-templates.js';
import type { Translate } from '../../../src/form/form-model.js';

const en = { ...core, ...enQuote };
const de = { ...deCore, ...deQuote };

const parsed = parseCheckoutConfig({ endpoint: 'https://shop.example/api/payments', quoteEndpoint: '/api/quote', cart: '[{"product_id":"pdt_beans","quantity":2,"name":"Beans","price":2400}]', collectTaxId: true }, 'https://shop.example/');
const config = (parsed as { ok: true; config: CheckoutConfig }).config;
const translate = (messages: Record<string, unknown>, lang: string): Translate => ((key: string, ...args: unknown[]) => formatMessage(messages[key] as MessageValue, args, lang)) as Translate;

const quote = (overrides: Partial<Quote>): Quote => ({
  currency: 'EUR', billing_country: 'NL', lines: [], subtotal: 0, discount: 0, tax: { amount: 0, rate: 21, included: true }, total: 0, discount_code: null, tax_id: null, ...overrides,
});

describe('buildQuoteRequest', () => {
  it('resolves the quote endpoint against the page', () => {
    expect(config.quoteEndpoint).toBe('https://shop.example/api/quote');
  });

  it('sends what prices depend on: cart, country, state and postal code, currency, applied code, checked tax ID', () => {
    const values = { ...EMPTY_FORM_VALUES, email: 'a@example.com', name: 'Ada', country: 'NL', street: 'Damrak 1', city: ' Amsterdam ', zipcode: '1012  LG', discountCode: 'TYPING', taxId: 'NL1' };
    expect(buildQuoteRequest({ config, values, addressFields: ['street', 'city', 'zipcode'], billingCurrency: 'USD', discountCode: 'WELCOME10', taxId: ' NL123456789B01 ' })).toEqual({
      product_cart: [{ product_id: 'pdt_beans', quantity: 2 }],
      billing: { country: 'NL', zipcode: '1012 LG' },
      payment_link: true,
      billing_currency: 'USD',
      discount_code: 'WELCOME10',
      tax_id: 'NL123456789B01',
    });
  });

  it('asks for the postal code in the ASCII digits the payment sends, whatever digits were typed', () => {
    const values = { ...EMPTY_FORM_VALUES, country: 'EG', city: 'القاهرة', zipcode: '١٢٤١١' };
    expect(buildQuoteRequest({ config, values, addressFields: ['street', 'city', 'state', 'zipcode'], billingCurrency: undefined, discountCode: '', taxId: '' })?.billing).toEqual({ country: 'EG', zipcode: '12411' });
  });

  it('asks nothing without a country, and leaves out what is empty or not collected', () => {
    expect(buildQuoteRequest({ config, values: EMPTY_FORM_VALUES, addressFields: [], billingCurrency: undefined, discountCode: '', taxId: '' })).toBeUndefined();
    const noTaxId = { ...config, collectTaxId: false };
    expect(buildQuoteRequest({ config: noTaxId, values: { ...EMPTY_FORM_VALUES, country: 'US', state: 'CA', city: 'Cupertino' }, addressFields: ['city'], billingCurrency: undefined, discountCode: ' ', taxId: 'X' })).toEqual({
      product_cart: [{ product_id: 'pdt_beans', quantity: 2 }],
      billing: { country: 'US' },
      payment_link: true,
    });
  });
});

describe('taxLabel', () => {
  const t = translate(en, 'en');
  it('names the tax of the billing country with its rate, included or added', () => {
    expect(taxLabel(quote({}), t, 'en')).toBe('incl. VAT 21%');
    expect(taxLabel(quote({ billing_country: 'AU', tax: { amount: 240, rate: 10, included: false } }), t, 'en')).toBe('GST 10%');
    expect(taxLabel(quote({ billing_country: 'US', tax: { amount: 0, rate: null, included: false } }), t, 'en')).toBe('Sales tax');
    expect(taxLabel(quote({ billing_country: 'FI', tax: { amount: 1, rate: 25.5, included: false } }), t, 'en')).toBe('VAT 25.5%');
  });
  it('in the shopper’s language', () => {
    expect(taxLabel(quote({ billing_country: 'DE', tax: { amount: 1, rate: 19, included: true } }), translate(de, 'de'), 'de')).toBe('inkl. MwSt. 19\u00a0%');
  });
});

describe('taxIdHint', () => {
  const t = translate(en, 'en');
  it('names the format and the registered business of the ID in the field, and nothing for another', () => {
    const verdict = { status: 'valid' as const, tax_id: 'NL123456789B01', format_name: 'VAT Number', business_name: 'Koffiebranderij Voorbeeld B.V.' };
    expect(taxIdHint(verdict, 'NL123456789B01 ', t)).toBe('Valid VAT Number · registered to Koffiebranderij Voorbeeld B.V.');
    expect(taxIdHint({ ...verdict, format_name: null, business_name: null }, 'NL123456789B01', t)).toBe('Valid Tax ID');
    expect(taxIdHint(verdict, 'NL000', t)).toBe('');
    expect(taxIdHint({ status: 'invalid', tax_id: 'NL000', message: 'Not registered.' }, 'NL000', t)).toBe('');
  });
});
