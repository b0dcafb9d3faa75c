import { expect, test } from '@playwright/test';
import { fillSwedishShopper } from './support.js';

test('a shopper buys from the demo shop and lands on the hosted payment page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await page.getByRole('button', { name: 'One more Ceramic mug' }).click();
  await expect(page.getByRole('button', { name: 'Pay $39.00' })).toBeVisible();

  await fillSwedishShopper(page);
  await page.getByRole('button', { name: 'Have a discount code?' }).click();
  await page.getByRole('textbox', { name: 'Discount code' }).fill('WELCOME10');
  // The code typed but not applied is checked at the press; the total it gives is shown before it is charged.
  await page.getByRole('button', { name: 'Pay $39.00' }).click();
  await expect(page.getByRole('alert')).toHaveText('The total changed to $35.10. Check your order, then pay again.');
  await page.getByRole('button', { name: 'Pay $35.10' }).click();

  const link = page.getByRole('link', { name: 'Continue to payment' });
  await expect(link).toBeVisible();
  await expect(page.getByRole('region', { name: 'Complete your payment' })).toContainText('$35.10');
  await link.click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\//);
  await expect(page.getByText('$35.10').first()).toBeVisible();
});

test('the language picker offers every UI language, each named in itself, and switches the checkout', async ({ page }) => {
  const { UI_LANGUAGES } = await import('../../src/intl/ui-languages.js');
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await page.getByText('Checkout settings').click();
  const picker = page.getByRole('combobox', { name: 'Language' });
  // Filled as the panel opens, after the page's own language.
  await expect(picker.locator('option')).toHaveCount(UI_LANGUAGES.length + 1);
  const offered = await picker.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
  expect(offered).toEqual([...UI_LANGUAGES]);
  await expect(picker.locator('option[value="pl"]')).toHaveText('Polski');
  await expect(picker.locator('option[value="zh-Hant"]')).toHaveText('繁體中文');
  await picker.selectOption('pl');
  await expect(page.getByRole('button', { name: /^Zapłać/ })).toBeVisible();
  await picker.selectOption('he');
  await expect(page.locator('dodo-checkout .checkout')).toHaveAttribute('dir', 'rtl');
});
