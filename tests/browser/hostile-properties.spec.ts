/**
 * Hostile configuration through the element itself: properties a page can set to anything —
 * values with no string form, symbols, huge and malformed text — end in the visible
 * configuration alert, never in an exception escaping to the page; fixing them brings the form back.
 */
import { expect, test } from '@playwright/test';
import { CART } from './support.js';

test('properties that cannot be read as text or JSON are reported, not thrown', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto('/tests/browser/fixtures/checkout.html');
  const cases = ['nullPrototype', 'symbol', 'throwingToString', 'hugeCart', 'loneSurrogates', 'bidiMetadataKey'] as const;
  for (const name of cases) {
    await test.step(name, async () => {
      const outcome = await page.evaluate(async ({ name, cart }) => {
        document.querySelector('#host')!.replaceChildren();
        const element = document.createElement('dodo-checkout') as unknown as HTMLElement & Record<string, unknown> & { updateComplete: Promise<unknown> };
        const errors: string[] = [];
        element.addEventListener('dodo-checkout-error', (event) => errors.push((event as CustomEvent<{ kind: string }>).detail.kind));
        Object.assign(element, { endpoint: '/api/test-proxy', cart: JSON.parse(cart) });
        const hostile: Record<string, () => void> = {
          nullPrototype: () => Object.assign(element, { currency: Object.create(null), country: Object.create(null) }),
          symbol: () => Object.assign(element, { timeout: Symbol('ms'), billingCurrency: Symbol('usd') }),
          throwingToString: () => Object.assign(element, { currency: { toString: () => { throw new Error('no'); } }, timeout: { valueOf: () => { throw new Error('no'); } } }),
          hugeCart: () => Object.assign(element, { cart: JSON.stringify(Array.from({ length: 101 }, (_, i) => ({ product_id: `p${i}`, quantity: 2 ** 31 }))) }),
          loneSurrogates: () => Object.assign(element, { cart: [{ product_id: '\uD800'.repeat(10_000), quantity: 1 }] }),
          bidiMetadataKey: () => Object.assign(element, { metadata: { ['\u202Ekey'.repeat(100)]: 'v' } }),
        };
        hostile[name]!();
        document.querySelector('#host')!.append(element);
        await element.updateComplete;
        return { errors, alert: element.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim() };
      }, { name, cart: JSON.stringify(CART) });
      expect(outcome.errors).toEqual(['configuration']);
      expect(outcome.alert).toMatch(/^This checkout is not set up correctly\./);
      await expect(page.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
    });
  }
  // Fixing the properties brings the form back.
  await page.evaluate((cart) => Object.assign(document.querySelector('dodo-checkout')!, { cart: JSON.parse(cart), metadata: '', currency: 'USD' }), JSON.stringify(CART));
  await expect(page.getByRole('button', { name: 'Pay $54.00' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});
