/**
 * Prefills follow the configuration: a country, discount code or customer detail the merchant
 * sets or changes after the first render (say after a geo-IP lookup) shows in the form, until the
 * shopper edits that field. Values saved in the tab never blank out a prefill.
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseCountry, mountCheckout } from './support.js';

const setOnCheckout = (page: Page, name: string, value: unknown, as: 'attribute' | 'property') =>
  page.evaluate(
    ({ name, value, as }) => {
      const element = document.querySelector('dodo-checkout')!;
      if (as === 'attribute') element.setAttribute(name, String(value));
      else (element as unknown as Record<string, unknown>)[name] = value;
    },
    { name, value, as },
  );

test('a country set after the first render replaces the one guessed from the locale, until the shopper picks one', async ({ page }) => {
  await mountCheckout(page, { country: false }, { lang: 'en-GB' });
  const country = page.getByRole('combobox', { name: 'Country' });
  await expect(country).toHaveValue('United Kingdom');

  await setOnCheckout(page, 'country', 'DE', 'attribute');
  await expect(country).toHaveValue('Germany');
  await expect(page.getByRole('textbox', { name: 'Postal code' })).toBeVisible();

  await setOnCheckout(page, 'country', 'US', 'property');
  await expect(country).toHaveValue('United States');
  await expect(page.getByRole('textbox', { name: 'ZIP code' })).toBeVisible();

  await chooseCountry(page, 'Swe', 'Sweden');
  await setOnCheckout(page, 'country', 'FR', 'attribute');
  await page.evaluate(() => (document.querySelector('dodo-checkout') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete);
  await expect(country).toHaveValue('Sweden');
  expect(await page.evaluate(() => (document.querySelector('dodo-checkout') as unknown as { state: { values: { country: string } } }).state.values.country)).toBe('SE');
});

test('a changed country drops the subdivision of the old one', async ({ page }) => {
  await mountCheckout(page);
  await page.getByRole('combobox', { name: /^State/ }).selectOption('CA');
  await setOnCheckout(page, 'country', 'CA', 'attribute');
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('Canada');
  await expect(page.getByRole('combobox', { name: /^Province/ })).toHaveValue('');
});

for (const as of ['attribute', 'property'] as const) {
  test(`discount code and customer prefills set as ${as === 'attribute' ? 'attributes' : 'properties'} follow changes until the shopper edits the field`, async ({ page }) => {
    await mountCheckout(page, { 'discount-code': 'SPRING10', customer: JSON.stringify({ email: 'first@example.com', name: 'First Name' }) });
    const code = page.getByRole('textbox', { name: 'Discount code' });
    const email = page.getByRole('textbox', { name: 'Email' });
    const name = page.getByRole('textbox', { name: 'Full name' });
    await expect(code).toHaveValue('SPRING10');
    await expect(email).toHaveValue('first@example.com');

    await setOnCheckout(page, as === 'attribute' ? 'discount-code' : 'discountCode', 'SUMMER20', as);
    const second = { email: 'second@example.com', name: 'Second Name' };
    await setOnCheckout(page, 'customer', as === 'attribute' ? JSON.stringify(second) : second, as);
    await expect(code).toHaveValue('SUMMER20');
    await expect(email).toHaveValue('second@example.com');
    await expect(name).toHaveValue('Second Name');

    await code.fill('MINE');
    await name.fill('Ada Lovelace');
    await setOnCheckout(page, as === 'attribute' ? 'discount-code' : 'discountCode', 'AUTUMN30', as);
    const third = { email: 'third@example.com', name: 'Third Name' };
    await setOnCheckout(page, 'customer', as === 'attribute' ? JSON.stringify(third) : third, as);
    await expect(email).toHaveValue('third@example.com');
    await expect(code).toHaveValue('MINE');
    await expect(name).toHaveValue('Ada Lovelace');
  });
}

test('values saved in the tab restore what the shopper entered and never blank out a prefill', async ({ page }) => {
  // First visit: no prefill yet, the shopper types only the street.
  await mountCheckout(page);
  await page.getByRole('textbox', { name: /Street/ }).fill('1 Infinite Loop');
  await page.getByRole('textbox', { name: 'Email' }).fill('typed@example.com');
  await page.getByRole('textbox', { name: 'Email' }).fill('');

  // After a reload the merchant knows the customer.
  await page.reload();
  await mountCheckout(page, { customer: JSON.stringify({ email: 'known@example.com', name: 'Known Name' }) });
  await expect(page.getByRole('textbox', { name: /Street/ })).toHaveValue('1 Infinite Loop');
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('known@example.com');
  await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue('Known Name');
});
