import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { STAND_IN_DISCOUNTS, STAND_IN_PRODUCTS, STAND_IN_USD_RATES } from '../../src/server/stand-in/stand-in-catalogue.js';
import { validRequest } from './support.js';

let standIn: DodoApiStandIn;
beforeAll(async () => {
  standIn = await startDodoApiStandIn();
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

function create(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${standIn.url}/payments`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_test_x', 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('Dodo API stand-in: POST /payments', () => {
  it('requires a bearer token', async () => {
    const response = await fetch(`${standIn.url}/payments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(validRequest()) });
    expect(response.status).toBe(401);
    expect((await response.json()).code).toBe('UNAUTHORIZED');
    expect(standIn.requests[0]?.authorized).toBe(false);
  });

  it.each([
    [{ billing: { country: 'XX' } }, 'INVALID_REQUEST_PARAMETERS', /billing\.country/],
    [{ product_cart: [] }, 'INVALID_REQUEST_PARAMETERS', /product_cart/],
    [{ product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 0 }] }, 'INVALID_REQUEST_PARAMETERS', /no items/],
    [{ product_cart: [{ product_id: 'pdt_unicorn', quantity: 1 }] }, 'PRODUCT_NOT_FOUND', /product_cart\[0\]/],
    [{ discount_code: 'EXPIRED' }, 'DISCOUNT_CODE_EXPIRED', /expired/],
    [{ discount_code: 'NOPE' }, 'INVALID_DISCOUNT_CODE', /does not exist/],
    [{ product_cart: [{ product_id: 'pdt_gift_card', quantity: 1 }] }, 'INVALID_REQUEST_PARAMETERS', /amount is required/],
    [{ product_cart: [{ product_id: 'pdt_gift_card', quantity: 1, amount: 100 }] }, 'AMOUNT_TOO_LOW', /minimum/],
    [{ billing_currency: 'XOF' }, 'UNSUPPORTED_CURRENCY', /XOF/],
  ])('answers 422 {code, message} for %j', async (overrides, code, message) => {
    const response = await create(validRequest(overrides));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.code).toBe(code);
    expect(body.message).toMatch(message);
  });

  it('prices the cart in the billing currency minor units with discounts', async () => {
    const usd = await (await create(validRequest({ product_cart: [{ product_id: 'pdt_pour_over_kit', quantity: 1 }, { product_id: 'pdt_ceramic_mug', quantity: 2 }], discount_code: 'welcome10' }))).json();
    expect(usd.total_amount).toBe(Math.round((3900 + 3000) * 0.9));
    expect(usd.discount_id).toBe('dsc_welcome10');
    const jpy = await (await create(validRequest({ billing_currency: 'JPY' }))).json();
    expect(jpy.total_amount).toBe(48 * 150); // yen have no minor unit
    const kwd = await (await create(validRequest({ billing_currency: 'KWD', discount_code: 'SAVE5' }))).json();
    expect(kwd.total_amount).toBe(Math.round(48 * 0.308 * 1000) - Math.round(5 * 0.308 * 1000)); // fils
    const tip = await (await create(validRequest({ product_cart: [{ product_id: 'pdt_barista_tip', quantity: 1, amount: 250 }] }))).json();
    expect(tip.total_amount).toBe(250);
    expect(tip.product_cart).toEqual([{ product_id: 'pdt_barista_tip', quantity: 1, amount: 250 }]);
  });

  it('returns no payment link unless asked', async () => {
    const body = await (await create(validRequest({ payment_link: false }))).json();
    expect(body.payment_link).toBeNull();
    expect(body.expires_on).toBeNull();
  });

  it('replays by Idempotency-Key and refuses a changed body', async () => {
    const first = await (await create(validRequest(), { 'idempotency-key': 'k-1' })).json();
    const again = await create(validRequest(), { 'idempotency-key': 'k-1' });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()).payment_id).toBe(first.payment_id);
    expect((await create(validRequest({ discount_code: 'SAVE5' }), { 'idempotency-key': 'k-1' })).status).toBe(409);
    expect(standIn.payments.size).toBe(1);
  });

  it('exports a catalogue with one pay-what-you-want product per role and the documented codes', () => {
    expect(STAND_IN_PRODUCTS.map((product) => product.product_id)).toEqual(expect.arrayContaining(['pdt_espresso_beans', 'pdt_pour_over_kit', 'pdt_ceramic_mug']));
    expect(STAND_IN_PRODUCTS.some((product) => product.pay_what_you_want)).toBe(true);
    expect(STAND_IN_DISCOUNTS.map((discount) => discount.code)).toEqual(expect.arrayContaining(['WELCOME10', 'EXPIRED']));
  });
});

describe('the README describes the stand-in catalogue as it is', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split('\n### The embedded Dodo API stand-in\n')[1]?.split('\n## ')[0] ?? '';
  const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

  it('lists every product with its name and price, in the catalogue order', () => {
    const header = section.indexOf('| product_id | name | price (USD) |');
    expect(header).toBeGreaterThan(-1);
    const rows = section
      .slice(header)
      .split('\n')
      .slice(2)
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    const expected = STAND_IN_PRODUCTS.map((product) => [
      `\`${product.product_id}\``,
      product.name,
      product.pay_what_you_want ? `pay what you want, at least ${dollars(product.pay_what_you_want.minimum_price)}` : dollars(product.price),
    ]);
    expect(rows).toEqual(expected);
  });

  it('names every discount code and billing currency', () => {
    const flat = section.replace(/\s+/g, ' ');
    for (const discount of STAND_IN_DISCOUNTS) {
      const described = discount.expires_at
        ? '422 `DISCOUNT_CODE_EXPIRED`'
        : discount.type === 'percentage'
          ? `${discount.amount / 100} % off`
          : `${dollars(discount.amount).replace(/\.00$/, '')} off`;
      expect(flat).toContain(`\`${discount.code}\` (${described})`);
    }
    const currencies = /Billing currencies ([A-Z, ]+?) and ([A-Z]{3}) are priced/.exec(flat);
    expect(currencies).not.toBeNull();
    expect([...currencies![1]!.split(', '), currencies![2]]).toEqual(Object.keys(STAND_IN_USD_RATES));
  });
});

describe('Dodo API stand-in: hosted payment page', () => {
  it('shows items and total, escaped, under a strict CSP, and returns to return_url after Pay', async () => {
    const payment = await (
      await create(validRequest({ return_url: 'https://shop.example/thanks?from=dodo', customer: { email: 'x@example.com', name: '<img src=x onerror=alert(1)>' } }))
    ).json();
    const page = await fetch(payment.payment_link);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('form-action');
    expect(csp).toContain('https://shop.example');
    const html = await page.text();
    expect(html).toContain('Espresso beans, 1 kg');
    expect(html).toContain('$48.00');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    const form = /<form method="post" action="([^"]+)"><button type="submit">Pay \$48\.00<\/button>/.exec(html);
    expect(form).not.toBeNull();
    const paid = await fetch(new URL(form![1]!, payment.payment_link), { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    const target = new URL(paid.headers.get('location')!);
    expect(target.origin + target.pathname).toBe('https://shop.example/thanks');
    expect(target.searchParams.get('from')).toBe('dodo');
    expect(target.searchParams.get('payment_id')).toBe(payment.payment_id);
    expect(target.searchParams.get('status')).toBe('succeeded');
    expect(standIn.payments.get(payment.payment_id)?.status).toBe('succeeded');
  });

  it('shows a success message when there is no return_url, and 404 for unknown payments', async () => {
    const payment = await (await create(validRequest())).json();
    const paid = await fetch(`${payment.payment_link}/pay`, { method: 'POST' });
    expect(paid.status).toBe(200);
    expect(await paid.text()).toContain('Payment succeeded');
    expect((await fetch(`${standIn.url}/checkout/pay_unknown`)).status).toBe(404);
  });
});

describe('Dodo API stand-in: GET /payments and GET /payments/{id}, through the SDK', () => {
  it('lists newest first, filtered by creation time and paged from 0, and retrieves one with its link', async () => {
    const { default: DodoPayments } = await import('dodopayments');
    let clock = Date.parse('2026-01-01T10:00:00Z');
    const timed = await startDodoApiStandIn({ now: () => new Date(clock) });
    try {
      const client = new DodoPayments({ bearerToken: 'sk_test_x', baseURL: timed.url, webhookKey: null });
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        clock += 60_000;
        const payment = await client.payments.create({ ...validRequest(), metadata: { n: String(i) } } as unknown as Parameters<typeof client.payments.create>[0]);
        ids.push(payment.payment_id);
      }
      const window = { created_at_gte: '2026-01-01T10:02:00Z', created_at_lte: '2026-01-01T10:04:00Z' };
      const first = await client.payments.list({ ...window, page_size: 2, page_number: 0 });
      expect(first.items.map((item) => item.payment_id)).toEqual([ids[3], ids[2]]);
      expect(first.items[0]).toMatchObject({ metadata: { n: '3' }, created_at: '2026-01-01T10:04:00.000Z', total_amount: expect.any(Number) });
      expect(first.items[0]).not.toHaveProperty('client_secret');
      const second = await client.payments.list({ ...window, page_size: 2, page_number: 1 });
      expect(second.items.map((item) => item.payment_id)).toEqual([ids[1]]);

      const one = await client.payments.retrieve(ids[0]!);
      expect(one.payment_link).toBe(`${timed.url}/checkout/${ids[0]}`);
      expect(one.product_cart).toEqual([{ product_id: 'pdt_espresso_beans', quantity: 2 }]);
      await expect(client.payments.retrieve('pay_missing')).rejects.toMatchObject({ status: 404 });
    } finally {
      await timed.close();
    }
  });
});
