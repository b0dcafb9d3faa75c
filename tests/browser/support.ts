/** Helpers for driving `<dodo-checkout>` the way a shopper does: by role, label and keyboard. */
import { expect, type Page, type Route } from '@playwright/test';
import { typeInto } from '../typing.js';
import { keepSentBodies, sentJson } from '../request-bodies.js';

export const CART = [
  { product_id: 'pdt_espresso_beans', quantity: 1, name: 'Espresso beans, 1 kg', price: 2400 },
  { product_id: 'pdt_ceramic_mug', quantity: 2, name: 'Ceramic mug', price: 1500 },
];

export const CREATED = {
  payment_id: 'pay_test_1',
  total_amount: 5400,
  client_secret: 'secret_1',
  customer: { customer_id: 'cus_1', email: 'ada@example.com', name: 'Ada Lovelace' },
  metadata: {},
  payment_link: 'https://pay.example.test/checkout/pay_test_1',
  expires_on: '2030-01-01T12:00:00Z',
};

export type Attributes = Record<string, string | boolean>;

/**
 * Opens the fixture page and mounts one element with these attributes, then waits for what the
 * checkout loads after its first render: the country picker and, when the merchant lists payment
 * methods and `paymentMethods` is not false (a test that holds it back), the chips.
 */
export async function mountCheckout(page: Page, attributes: Attributes = {}, options: { lang?: string; paymentMethods?: boolean } = {}) {
  await page.goto('/tests/browser/fixtures/checkout.html');
  const all: Attributes = { endpoint: '/api/test-proxy', cart: JSON.stringify(CART), currency: 'USD', country: 'US', ...attributes };
  await page.evaluate(
    ({ attributes, lang }: { attributes: Attributes; lang: string }) => {
      if (lang) document.documentElement.lang = lang;
      const element = document.createElement('dodo-checkout');
      for (const [name, value] of Object.entries(attributes)) {
        if (value === true) element.setAttribute(name, '');
        else if (value !== false) element.setAttribute(name, value);
      }
      (window as unknown as { events: unknown[] }).events = [];
      for (const type of ['dodo-checkout-submit', 'dodo-checkout-payment-created', 'dodo-checkout-redirect', 'dodo-checkout-error', 'dodo-checkout-payment-stale', 'dodo-checkout-quote']) {
        element.addEventListener(type, (event) => (window as unknown as { events: unknown[] }).events.push({ type, detail: (event as CustomEvent).detail }));
      }
      document.querySelector('#host')!.append(element);
    },
    { attributes: all, lang: options.lang ?? '' },
  );
  await expect(page.getByRole('button', { name: /^Pay/ })).toBeVisible();
  // The country picker is a module the checkout imports when it connects.
  await page.evaluate(() => customElements.whenDefined('dodo-country-combobox'));
  if (options.paymentMethods !== false && all['allowed-payment-method-types']) {
    // Until the eligibility table arrives, an aria-hidden row holds the chips' place.
    await expect(page.locator('dodo-checkout [part~="section"][aria-hidden="true"]')).toHaveCount(0);
  }
}

export function recordedEvents(page: Page): Promise<Array<{ type: string; detail: Record<string, unknown> }>> {
  return page.evaluate(() => (window as unknown as { events: Array<{ type: string; detail: Record<string, unknown> }> }).events);
}

export interface ProxyCall {
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

/** Answers the element's POSTs at /api/test-proxy and records what reached it. */
export async function fakeProxy(page: Page, respond: (call: ProxyCall, index: number) => Parameters<Route['fulfill']>[0] | 'abort' | 'hang') {
  const calls: ProxyCall[] = [];
  await keepSentBodies(page);
  await page.route('**/api/test-proxy', async (route) => {
    const call = { body: await sentJson(page, route.request()), headers: route.request().headers() };
    calls.push(call);
    const answer = respond(call, calls.length - 1);
    if (answer === 'abort') await route.abort('connectionreset');
    else if (answer === 'hang') return;
    else await route.fulfill(answer);
  });
  return calls;
}

export async function fillUsAddress(page: Page, email = 'ada@example.com') {
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
  await page.getByRole('textbox', { name: /Street/ }).fill('1 Infinite Loop');
  await page.getByRole('textbox', { name: /City/ }).fill('Cupertino');
  await page.getByRole('combobox', { name: /^State/ }).selectOption({ label: 'California' });
  await page.getByRole('textbox', { name: /ZIP code/ }).fill('95014');
}

/** Picks a country by typing into the combobox and pressing Enter, as a shopper does. */
export async function chooseCountry(page: Page, typed: string, name: string) {
  const combobox = page.getByRole('combobox', { name: 'Country' });
  await typeInto(combobox, typed);
  await expect(page.getByRole('option', { name })).toBeVisible();
  await page.getByRole('option', { name }).click();
  await expect(combobox).toHaveValue(name);
}
