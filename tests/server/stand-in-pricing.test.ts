/**
 * The stand-in's POST /checkouts/preview and its pricing, shared with POST /payments: currency
 * (adaptive pricing), tax by country, reverse charge, discount codes and tax-ID validation, and
 * a payment that charges exactly what the preview (and the proxy's quote) said.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { STAND_IN_PRODUCTS } from '../../src/server/stand-in/stand-in-catalogue.js';
import { checkTaxId } from '../../src/server/stand-in/tax-table.js';
import { startQuoteRig, type QuoteRig } from './quote-support.js';
import { API_KEY, startProxyRig, validRequest, type ProxyRig } from './support.js';

let adaptive: DodoApiStandIn;
let fixed: DodoApiStandIn;
beforeAll(async () => {
  adaptive = await startDodoApiStandIn({ adaptivePricing: true });
  fixed = await startDodoApiStandIn();
});
afterAll(async () => {
  await adaptive.close();
  await fixed.close();
});
beforeEach(() => {
  adaptive.reset();
  fixed.reset();
});

function post(standIn: DodoApiStandIn, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${standIn.url}${path}`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_test_x', 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function preview(standIn: DodoApiStandIn, body: Record<string, unknown>) {
  const response = await post(standIn, '/checkouts/preview', body);
  return { status: response.status, body: await response.json() };
}

const ONE_MUG = [{ product_id: 'pdt_ceramic_mug', quantity: 1 }];

describe('stand-in POST /checkouts/preview: the request', () => {
  it('requires a bearer token and a JSON body shaped as the SDK sends it', async () => {
    const anonymous = await fetch(`${adaptive.url}/checkouts/preview`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(anonymous.status).toBe(401);
    expect((await fetch(`${adaptive.url}/checkouts/preview`)).status).toBe(405);
    for (const [body, message] of [
      [{ product_cart: ONE_MUG }, /billing_address/],
      [{ product_cart: [], billing_address: { country: 'NL' } }, /product_cart/],
      [{ product_cart: Array.from({ length: 21 }, () => ONE_MUG[0]), billing_address: { country: 'NL' } }, /product_cart/],
      [{ product_cart: ONE_MUG, billing_address: { country: 'NL' }, discount_codes: ['SAVE5', 'WELCOME10'] }, /one code/],
      [{ product_cart: ONE_MUG, billing_address: { country: 'NL' }, discount_code: 'SAVE5', discount_codes: ['SAVE5'] }, /together/],
    ] as const) {
      const answer = await preview(adaptive, body);
      expect(answer.status).toBe(422);
      expect(answer.body.code).toBe('INVALID_REQUEST_PARAMETERS');
      expect(answer.body.message).toMatch(message);
    }
    expect(adaptive.previews).toHaveLength(6);
    expect(adaptive.requests).toHaveLength(0);
  });

  it('answers the SDK response shape', async () => {
    const { status, body } = await preview(adaptive, { product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 2 }], billing_address: { country: 'DE' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      billing_country: 'DE',
      currency: 'EUR',
      current_breakup: { subtotal: 4416, discount: 0, tax: Math.round((4416 * 19) / 119), total_amount: 4416 },
      is_byop: false,
      total_price: 4416,
      tax_id_err_msg: null,
    });
    expect(body.product_cart).toEqual([
      expect.objectContaining({
        product_id: 'pdt_espresso_beans',
        name: 'Espresso beans, 1 kg',
        quantity: 2,
        currency: 'EUR',
        og_currency: 'USD',
        og_price: 2400,
        discounted_price: 2208,
        tax_rate: 19,
        tax_inclusive: true,
        tax: Math.round((4416 * 19) / 119),
      }),
    ]);
  });
});

describe('stand-in pricing: currency', () => {
  it.each([
    ['NL', 'EUR', 2208],
    ['SE', 'SEK', 25_200],
    ['GB', 'GBP', 1896],
    ['JP', 'JPY', 3600],
    ['KW', 'KWD', 7392],
    ['IN', 'INR', 199_200],
    ['US', 'USD', 2400],
    ['ZA', 'USD', 2400],
  ])('adaptive pricing bills %s in %s (one $24 item: %i minor units)', async (country, currency, unit) => {
    const { body } = await preview(adaptive, { product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 1 }], billing_address: { country } });
    expect(body.currency).toBe(currency);
    expect(body.current_breakup.subtotal).toBe(unit);
  });

  it('bills in the requested billing_currency, and in USD without adaptive pricing', async () => {
    expect((await preview(adaptive, { product_cart: ONE_MUG, billing_address: { country: 'NL' }, billing_currency: 'USD' })).body.current_breakup.subtotal).toBe(1500);
    expect((await preview(fixed, { product_cart: ONE_MUG, billing_address: { country: 'NL' } })).body.currency).toBe('USD');
    const unsupported = await preview(adaptive, { product_cart: ONE_MUG, billing_address: { country: 'NL' }, billing_currency: 'XOF' });
    expect(unsupported.status).toBe(422);
    expect(unsupported.body.code).toBe('UNSUPPORTED_CURRENCY');
  });
});

describe('stand-in pricing: tax by billing country', () => {
  it.each([
    ['NL', 21],
    ['DE', 19],
    ['FI', 25.5],
    ['HU', 27],
    ['LU', 17],
    ['GB', 20],
    ['AU', 10],
    ['IN', 18],
    ['CA', 5],
    ['US', 0],
    ['BR', 0],
  ])('%s: %d %, included in the catalogue price', async (country, percent) => {
    const { body } = await preview(fixed, { product_cart: [{ product_id: 'pdt_pour_over_kit', quantity: 3 }], billing_address: { country } });
    const gross = 3 * 3900;
    expect(body.current_breakup.tax).toBe(Math.round((gross * percent) / (100 + percent)));
    expect(body.current_breakup.total_amount).toBe(gross);
    expect(body.product_cart[0].tax_rate).toBe(percent);
  });

  it('adds the tax on top for tax-exclusive products', async () => {
    const exclusive = await startDodoApiStandIn({ products: STAND_IN_PRODUCTS.map((product) => ({ ...product, tax_inclusive: false })) });
    try {
      const { body } = await preview(exclusive, { product_cart: [{ product_id: 'pdt_pour_over_kit', quantity: 3 }], billing_address: { country: 'NL' }, discount_codes: ['SAVE5'] });
      const net = 3 * 3900 - 500;
      expect(body.current_breakup).toEqual({ subtotal: 3 * 3900, discount: 500, tax: Math.round(net * 0.21), total_amount: net + Math.round(net * 0.21) });
      expect(body.product_cart[0].tax_inclusive).toBe(false);
      const reverse = await preview(exclusive, { product_cart: [{ product_id: 'pdt_pour_over_kit', quantity: 3 }], billing_address: { country: 'NL' }, tax_id: 'NL123456789B01' });
      expect(reverse.body.current_breakup).toEqual({ subtotal: 3 * 3900, discount: 0, tax: 0, total_amount: 3 * 3900 });
    } finally {
      await exclusive.close();
    }
  });

  it('reverse charges a valid EU or GB business VAT ID: the price without its tax', async () => {
    for (const [country, taxId, percent] of [
      ['NL', 'NL123456789B01', 21],
      ['DE', 'DE123456789', 19],
      ['SE', 'SE 123456789701', 25],
      ['GB', 'GB123456789', 20],
    ] as const) {
      const { body } = await preview(fixed, { product_cart: ONE_MUG, billing_address: { country }, tax_id: taxId });
      expect(body.current_breakup.tax).toBe(0);
      expect(body.current_breakup.total_amount).toBe(Math.round((1500 * 100) / (100 + percent)));
      expect(body.tax_id_err_msg).toBeNull();
      expect(body.tax_id_format_name).toBe('VAT Number');
      expect(body.tax_id_business_name).toEqual(expect.any(String));
    }
  });

  it('keeps GST for a valid Australian ABN or Indian GSTIN (no reverse charge there)', async () => {
    const au = (await preview(fixed, { product_cart: ONE_MUG, billing_address: { country: 'AU' }, tax_id: '51 824 753 556' })).body;
    expect(au).toMatchObject({ tax_id_format_name: 'ABN', tax_id_business_name: 'Example Roasters Pty Ltd', tax_id_err_msg: null });
    expect(au.current_breakup.tax).toBe(Math.round((1500 * 10) / 110));
    const india = (await preview(fixed, { product_cart: ONE_MUG, billing_address: { country: 'IN' }, tax_id: '27AAPFU0939F1ZV' })).body;
    expect(india).toMatchObject({ tax_id_format_name: 'GSTIN', tax_id_business_name: null, tax_id_err_msg: null });
    expect(india.current_breakup.tax).toBe(Math.round((1500 * 18) / 118));
  });
});

describe('stand-in pricing: tax-ID validation', () => {
  it.each([
    ['NL123456789B01', 'NL', true, 'Koffiebranderij Voorbeeld B.V.'],
    ['fr 12 345678901', 'FR', true, 'Exemple Torréfaction SAS'],
    ['NL000000000B00', 'NL', false, 'not registered'],
    ['NL12345678B01', 'NL', false, 'not a valid VAT Number for NL'],
    ['NL123456789B01', 'DE', false, 'not a valid VAT Number for DE'],
    ['51824753557', 'AU', false, 'not a valid ABN'],
    ['27AAPFU0939F1Z', 'IN', false, 'not a valid GSTIN'],
    ['12-3456789', 'US', false, 'cannot be validated'],
  ])('%s billed to %s → valid %s (%s)', (id, country, valid, detail) => {
    const check = checkTaxId(id, country);
    expect(check.valid).toBe(valid);
    if (check.valid) expect(check.businessName).toBe(detail);
    else expect(check.message).toContain(detail);
  });

  it('answers the verdict in the preview, and POST /payments refuses an invalid ID', async () => {
    const { status, body } = await preview(fixed, { product_cart: ONE_MUG, billing_address: { country: 'NL' }, tax_id: 'NL000000000B00' });
    expect(status).toBe(200);
    expect(body.tax_id_err_msg).toBe('This VAT Number is not registered to an active business.');
    expect(body.current_breakup.tax).toBeGreaterThan(0);
    const payment = await post(fixed, '/payments', validRequest({ billing: { country: 'NL' }, tax_id: 'NL000000000B00' }));
    expect(payment.status).toBe(422);
    expect(await payment.json()).toEqual({ code: 'INVALID_TAX_ID', message: 'tax_id: This VAT Number is not registered to an active business.' });
  });
});

describe('stand-in pricing: discount codes', () => {
  it.each([
    ['WELCOME10', 200, (subtotal: number) => Math.round(subtotal / 10)],
    ['save5', 200, () => Math.round(5 * 0.92 * 100)],
  ])('%s takes its amount off in the billing currency', async (code, status, discount) => {
    const { status: got, body } = await preview(adaptive, { product_cart: ONE_MUG, billing_address: { country: 'FR' }, discount_codes: [code] });
    expect(got).toBe(status);
    expect(body.current_breakup.discount).toBe(discount(1380));
    expect(body.current_breakup.total_amount).toBe(1380 - discount(1380));
  });

  it.each([
    ['EXPIRED', 'DISCOUNT_CODE_EXPIRED', /expired/],
    ['NOPE', 'INVALID_DISCOUNT_CODE', /does not exist/],
  ])('refuses %s with 422 %s', async (code, errorCode, message) => {
    const { status, body } = await preview(adaptive, { product_cart: ONE_MUG, billing_address: { country: 'FR' }, discount_codes: [code] });
    expect(status).toBe(422);
    expect(body.code).toBe(errorCode);
    expect(body.message).toMatch(message);
  });
});

describe('POST /payments charges exactly what was quoted', () => {
  const CARTS = [
    [{ product_id: 'pdt_espresso_beans', quantity: 2 }, { product_id: 'pdt_ceramic_mug', quantity: 1 }],
    [{ product_id: 'pdt_pour_over_kit', quantity: 3 }, { product_id: 'pdt_barista_tip', quantity: 1, amount: 333 }],
    [{ product_id: 'pdt_gift_card', quantity: 2, amount: 1834 }, { product_id: 'pdt_ceramic_mug', quantity: 7 }],
  ];
  const CASES: { country: string; billing_currency?: string; discount_code?: string; tax_id?: string }[] = [
    { country: 'NL' },
    { country: 'NL', discount_code: 'WELCOME10', tax_id: 'NL123456789B01' },
    { country: 'NL', billing_currency: 'USD', discount_code: 'SAVE5' },
    { country: 'FI', discount_code: 'WELCOME10' },
    { country: 'SE', tax_id: 'SE123456789701' },
    { country: 'JP', discount_code: 'SAVE5' },
    { country: 'KW', billing_currency: 'KWD', discount_code: 'WELCOME10' },
    { country: 'GB', tax_id: 'GB123456789', discount_code: 'SAVE5' },
    { country: 'AU', tax_id: '51824753556' },
    { country: 'IN', tax_id: '27AAPFU0939F1ZV' },
    { country: 'US', billing_currency: 'EUR', discount_code: 'WELCOME10' },
    { country: 'BR' },
  ];

  it('the preview total_amount equals the payment total_amount, to the minor unit', async () => {
    let compared = 0;
    for (const cart of CARTS) {
      for (const { country, billing_currency, discount_code, tax_id } of CASES) {
        const quoted = await preview(adaptive, {
          product_cart: cart,
          billing_address: { country },
          ...(billing_currency ? { billing_currency } : {}),
          ...(discount_code ? { discount_codes: [discount_code] } : {}),
          ...(tax_id ? { tax_id } : {}),
        });
        const paid = await post(
          adaptive,
          '/payments',
          validRequest({ product_cart: cart, billing: { country }, ...(billing_currency ? { billing_currency } : {}), ...(discount_code ? { discount_code } : {}), ...(tax_id ? { tax_id } : {}) }),
        );
        const payment = await paid.json();
        expect(quoted.status, JSON.stringify(quoted.body)).toBe(200);
        expect(paid.status, JSON.stringify(payment)).toBe(200);
        expect(payment.total_amount, `${country} ${JSON.stringify(cart)}`).toBe(quoted.body.current_breakup.total_amount);
        expect(adaptive.payments.get(payment.payment_id)?.currency).toBe(quoted.body.currency);
        compared += 1;
      }
    }
    expect(compared).toBe(CARTS.length * CASES.length);
  });

  describe('through the proxy: the quote route and the create route with one body', () => {
    let quoteRig: QuoteRig;
    let createRig: ProxyRig;
    let standIn: DodoApiStandIn;
    beforeAll(async () => {
      standIn = await startDodoApiStandIn({ apiKey: API_KEY, adaptivePricing: true });
      const options = { payWhatYouWantMinimums: { pdt_gift_card: 500, pdt_barista_tip: 100 } };
      quoteRig = await startQuoteRig(options, standIn);
      createRig = await startProxyRig(options, standIn);
    });
    afterAll(async () => {
      await quoteRig.close();
      await createRig.close();
      await standIn.close();
    });

    it('the quote total equals the created payment total for every case, and both bill one currency', async () => {
      for (const cart of CARTS) {
        for (const { country, billing_currency, discount_code, tax_id } of CASES) {
          const body = validRequest({
            product_cart: cart,
            billing: { country, city: 'Somewhere' },
            ...(billing_currency ? { billing_currency } : {}),
            ...(discount_code ? { discount_code } : {}),
            ...(tax_id ? { tax_id, customer_business_name: 'Example' } : {}),
          });
          const quote = await (await quoteRig.quote(body)).json();
          const payment = await (await createRig.post(body)).json();
          expect(payment.total_amount, `${country} ${JSON.stringify(cart)}`).toBe(quote.total);
          expect(standIn.payments.get(payment.payment_id)?.currency).toBe(quote.currency);
          expect(quote.lines.reduce((sum: number, line: { amount: number }) => sum + line.amount, 0)).toBe(quote.subtotal);
        }
      }
    });
  });
});
