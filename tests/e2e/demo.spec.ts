import { expect, test } from '@playwright/test';

test('a shopper buys from the demo shop and lands on the hosted payment page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await page.getByRole('button', { name: 'One more Ceramic mug' }).click();
  await expect(page.getByRole('button', { name: 'Pay $39.00' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
  const country = page.getByRole('combobox', { name: 'Country' });
  await country.fill('swed');
  await page.getByRole('option', { name: 'Sweden' }).click();
  await page.getByRole('textbox', { name: /Street/ }).fill('Drottninggatan 1');
  await page.getByRole('textbox', { name: /Postal code|Postcode/ }).fill('111 51');
  await page.getByRole('textbox', { name: /City|Town/ }).fill('Stockholm');
  await page.getByRole('button', { name: 'Have a discount code?' }).click();
  await page.getByRole('textbox', { name: 'Discount code' }).fill('WELCOME10');
  await page.getByRole('button', { name: 'Pay $39.00' }).click();

  const link = page.getByRole('link', { name: 'Continue to payment' });
  await expect(link).toBeVisible();
  await expect(page.getByRole('region', { name: 'Complete your payment' })).toContainText('$35.10');
  await link.click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\//);
  await expect(page.getByText('$35.10').first()).toBeVisible();
});
