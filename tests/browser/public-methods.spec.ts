/**
 * submit(), reset() and state: the API for merchants who drive the checkout from their own
 * buttons instead of its Pay button.
 */
import { expect, test, type Page } from '@playwright/test';
import { CREATED, fakeProxy, fillUsAddress, mountCheckout } from './support.js';

type Driven = HTMLElement & {
  submit(): Promise<void>;
  reset(): void;
  readonly state: { phase: string; configured: boolean; problems: readonly string[]; values: Record<string, string> };
};

const state = (page: Page) => page.locator('dodo-checkout').evaluate((element: Driven) => element.state);

test('state reports the configuration, the phase and a copy of the typed values', async ({ page }) => {
  await mountCheckout(page);
  const initial = await state(page);
  expect(initial).toMatchObject({ phase: 'idle', configured: true, problems: [] });
  expect(initial.values).toMatchObject({ email: '', country: 'US' });

  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  expect((await state(page)).values.email).toBe('ada@example.com');
  // A copy: writing to it changes nothing in the form.
  await page.locator('dodo-checkout').evaluate((element: Driven) => {
    element.state.values.email = 'changed@example.com';
  });
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
});

test('submit() from the page pays like the Pay button, and reset() starts a new checkout', async ({ page }) => {
  const calls = await fakeProxy(page, () => ({ status: 200, contentType: 'application/json', body: JSON.stringify(CREATED) }));
  await mountCheckout(page);
  await fillUsAddress(page);

  await page.locator('dodo-checkout').evaluate((element: Driven) => element.submit());
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls).toHaveLength(1);
  expect((await state(page)).phase).toBe('created');

  await page.locator('dodo-checkout').evaluate((element: Driven) => element.reset());
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('');
  const after = await state(page);
  expect(after.phase).toBe('idle');
  expect(after.values).toMatchObject({ email: '', name: '', street: '', country: 'US' });
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

  // The next checkout sends again, under a new idempotency key.
  await fillUsAddress(page);
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(calls).toHaveLength(2);
  expect(calls[1]!.headers['idempotency-key']).not.toBe(calls[0]!.headers['idempotency-key']);
});

test('submit() with invalid fields marks them and sends nothing; with a bad configuration it sends nothing', async ({ page }) => {
  const calls = await fakeProxy(page, () => ({ status: 200, contentType: 'application/json', body: JSON.stringify(CREATED) }));
  await mountCheckout(page);
  await page.locator('dodo-checkout').evaluate((element: Driven) => element.submit());
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
  expect((await state(page)).phase).toBe('idle');

  await page.locator('dodo-checkout').evaluate((element) => element.setAttribute('cart', '[]'));
  await expect(page.getByRole('alert')).toContainText('cart');
  const broken = await state(page);
  expect(broken.configured).toBe(false);
  expect(broken.problems.length).toBeGreaterThan(0);
  await page.locator('dodo-checkout').evaluate((element: Driven) => element.submit());
  expect(calls).toHaveLength(0);
});
