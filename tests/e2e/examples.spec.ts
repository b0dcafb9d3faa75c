/** The examples in demo/examples/ that the demo server can run, run; the demo's style controls work. */
import { expect, test } from '@playwright/test';

test('the plain HTML example loads the CDN bundle and creates a payment', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/demo/examples/plain-html.html');
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
  await page.getByRole('textbox', { name: /Street/ }).fill('1 Infinite Loop');
  await page.getByRole('textbox', { name: /City/ }).fill('Cupertino');
  await page.getByRole('combobox', { name: /^State/ }).selectOption({ label: 'California' });
  await page.getByRole('textbox', { name: /ZIP code/ }).fill('95014');
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  // The example's stylesheet reaches the element through its custom properties.
  expect(await page.locator('dodo-checkout').evaluate((element) => getComputedStyle(element).getPropertyValue('--dodo-radius').trim())).toBe('6px');
  expect(errors).toEqual([]);
});

test('the demo theme switcher and CSS property controls restyle the checkout, under the strict CSP too', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/?csp=strict');
  await expect(page.getByRole('button', { name: /^Pay/ })).toBeVisible();
  await page.getByText('Checkout settings').click();
  const look = () =>
    page.evaluate(() => {
      const root = document.querySelector('dodo-checkout')!.shadowRoot!;
      const submit = getComputedStyle(root.querySelector('.submit')!);
      return { background: getComputedStyle(root.querySelector('.checkout')!).backgroundColor, radius: submit.borderTopLeftRadius, font: submit.fontFamily };
    });
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect.poll(async () => (await look()).background).toBe('rgb(27, 27, 31)');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect.poll(async () => (await look()).background).toBe('rgb(255, 255, 255)');
  await page.getByRole('slider', { name: /Corner radius/ }).fill('20');
  // Buttons use three quarters of --dodo-radius.
  await expect.poll(async () => (await look()).radius).toBe('15px');
  await page.getByRole('combobox', { name: /Font/ }).selectOption({ label: 'Monospace' });
  await expect.poll(async () => (await look()).font).toBe('ui-monospace, monospace');
  expect(violations).toEqual([]);
});
