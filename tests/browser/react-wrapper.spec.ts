/** `dodo-checkout/react`: props reach the element as properties, events reach the `on…` props. */
import { expect, test } from '@playwright/test';
import { CREATED, fakeProxy, fillUsAddress } from './support.js';

test('the React wrapper passes props as properties and calls onSubmit, onError and onPaymentCreated', async ({ page }) => {
  await fakeProxy(page, () => ({ status: 200, contentType: 'application/json', body: JSON.stringify(CREATED) }));
  await page.goto('/tests/browser/fixtures/react.html');
  // The cart array and collectPhone boolean arrived as properties.
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Phone/ })).toBeVisible();
  // A React state change re-renders the element with the new cart.
  await page.getByRole('button', { name: 'Add a bag' }).click();
  await expect(page.getByRole('button', { name: 'Pay $48.00' })).toBeVisible();

  await page.getByRole('button', { name: 'Pay $48.00' }).click();
  await expect(page.locator('#react-events')).toHaveText('onError:dodo-checkout-error');

  await fillUsAddress(page);
  await page.getByRole('button', { name: 'Pay $48.00' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  await expect(page.locator('#react-events')).toHaveText('onError:dodo-checkout-error onSubmit:dodo-checkout-submit onPaymentCreated:dodo-checkout-payment-created');
});
