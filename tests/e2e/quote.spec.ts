/**
 * The live quote through the demo: the real element, the proxy's quote route and the Dodo API
 * stand-in with adaptive pricing, its tax table, discount codes and tax-ID registry.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { keepSentBodies, sentJson } from '../request-bodies.js';
import { typeInto } from '../typing.js';

/** A Dutch shopper: contact and an Amsterdam address, the country chosen by typing. */
async function fillDutchShopper(page: Page) {
  await page.getByRole('textbox', { name: 'Email' }).fill('anna@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Anna de Vries');
  await typeInto(page.getByRole('combobox', { name: 'Country' }), 'nether');
  await page.getByRole('option', { name: 'Netherlands' }).click();
  await page.getByRole('textbox', { name: /Street/ }).fill('Damrak 1');
  await page.getByRole('textbox', { name: /Postal code|Postcode/ }).fill('1012 LG');
  await page.getByRole('textbox', { name: /City|Town/ }).fill('Amsterdam');
}

/** Counts the payment requests the page sends. */
function watchPayments(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/payments') count += 1;
  });
  return () => count;
}

const summary = (page: Page) => page.getByRole('region', { name: 'Order summary' });

test('a Dutch shopper of the USD shop sees EUR with VAT and an iDEAL chip; choosing USD takes the chip away', async ({ page }) => {
  await keepSentBodies(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await fillDutchShopper(page);

  // €22.08 at the stand-in's demo rate, 21 % Dutch VAT included in the price.
  await expect(page.getByRole('button', { name: 'Pay €22.08' })).toBeVisible();
  await expect(summary(page)).toContainText('incl. VAT 21%');
  await expect(summary(page)).not.toContainText('Tax calculated at payment');
  await expect(page.getByRole('radio', { name: 'iDEAL' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Pay in EUR' })).toBeChecked();
  await expect(page.getByText('Prices converted from USD')).toBeVisible();

  await page.getByRole('radio', { name: 'Pay in USD' }).check();
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await expect(summary(page)).toContainText('incl. VAT 21%');
  await expect(page.getByRole('radio', { name: 'iDEAL' })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Pay in USD' })).toBeChecked();

  // The payment is requested in the currency the shopper chose.
  const request = page.waitForRequest((candidate) => new URL(candidate.url()).pathname === '/api/payments');
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  expect(await sentJson(page, await request)).toMatchObject({ billing_currency: 'USD', billing: { country: 'NL' } });
  await expect(page.getByRole('region', { name: 'Complete your payment' })).toContainText('$24.00');
});

test('an answer for a postal code the shopper has changed since is not shown as the total, and Pay waits for the current one', async ({ page }) => {
  await keepSentBodies(page);
  let hold = false;
  const held: Route[] = [];
  await page.route('**/api/quote', (route) => (hold ? void held.push(route) : route.continue()));
  // A real quote of the route, to answer the held request with.
  let lastQuote = '';
  page.on('response', async (response) => {
    // The body of a quote the page has dropped for a newer one may be gone already: that quote is not the last.
    if (new URL(response.url()).pathname === '/api/quote' && response.ok()) lastQuote = await response.text().catch(() => lastQuote);
  });
  const order: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/payments') order.push('payment');
  });
  await page.goto('/');
  await fillDutchShopper(page);
  const pay = page.getByRole('button', { name: /^Pay/ });
  await expect(pay).toHaveAccessibleName('Pay €22.08');
  await expect.poll(() => lastQuote).toContain('"total":2208');

  hold = true;
  const postalCode = page.getByRole('textbox', { name: /Postal code|Postcode/ });
  await postalCode.fill('1013 AB');
  await expect.poll(() => held.length).toBe(1);
  // The shopper types on; the quote for the code they left arrives during the pause for the new one.
  await postalCode.fill('1014 AB');
  const isQuote = (request: { url(): string }) => new URL(request.url()).pathname === '/api/quote';
  // Finished, or failed as given up; Firefox over WebDriver BiDi reports neither for a request the page aborted while routed.
  const staleDone = Promise.race([page.waitForEvent('requestfinished', isQuote), page.waitForEvent('requestfailed', isQuote), page.waitForTimeout(2_000)]).catch(() => undefined);
  await held[0]!.fulfill({ status: 200, contentType: 'application/json', body: lastQuote }).catch(() => undefined);
  await staleDone;
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(pay, 'no total while the one for 1014 AB is not in').toHaveAccessibleName('Pay');

  const payment = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/payments');
  await pay.click();
  await expect.poll(() => held.length).toBe(2);
  hold = false;
  order.push('quote for 1014 AB let through');
  await held[1]!.continue();
  expect(await sentJson(page, await payment)).toMatchObject({ billing: { zipcode: '1014 AB' } });
  expect(order, 'the payment is asked for once the quote for 1014 AB can come').toEqual(['quote for 1014 AB let through', 'payment']);
});

test('paying in USD while its quote is slow: nothing is sent until the USD total shows; then the payment is in USD with the methods of USD, and stays', async ({ page }) => {
  await keepSentBodies(page);
  // Once the shopper asks for USD, quotes wait until the test lets them go.
  let slowQuotes = false;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/quote', async (route) => {
    if (slowQuotes) await held;
    await route.continue().catch(() => undefined);
  });
  const payments = watchPayments(page);
  await page.route('**/api/payments', async (route) => {
    await new Promise((done) => setTimeout(done, 1_000));
    await route.continue();
  });
  await page.goto('/');
  await page.locator('dodo-checkout').evaluate((element) => element.addEventListener('dodo-checkout-payment-stale', () => ((window as unknown as { stale: boolean }).stale = true)));
  await fillDutchShopper(page);
  await expect(page.getByRole('button', { name: 'Pay €22.08' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'iDEAL' })).toBeVisible();
  slowQuotes = true;
  await page.getByRole('radio', { name: 'Pay in USD' }).check();
  // Pressed while the USD quote is on its way, past Pay's 1.5 s wait: the euro total read is not what USD charges.
  await page.getByRole('button', { name: /^Pay/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('The total is being updated. Check it once it shows, then pay again.');
  expect(payments(), 'nothing sent at a total not known').toBe(0);
  release();
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await expect(alert).toHaveText('');

  const payment = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/payments');
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  const sent = await sentJson(page, await payment);
  expect(sent).toMatchObject({ billing_currency: 'USD' });
  expect(sent.allowed_payment_method_types, 'iDEAL takes no USD').not.toContain('ideal');
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('region', { name: 'Complete your payment' })).toContainText('$24.00');
  expect(await page.evaluate(() => 'stale' in window), 'the payment was not withdrawn').toBe(false);
  expect(payments()).toBe(1);
});

test('EXPIRED is refused at the field, in words, and no payment is requested', async ({ page }) => {
  const payments = watchPayments(page);
  await page.goto('/');
  await fillDutchShopper(page);
  await page.getByRole('button', { name: 'Have a discount code?' }).click();
  const code = page.getByRole('textbox', { name: 'Discount code' });
  await code.fill('EXPIRED');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(code).toHaveAccessibleDescription('This discount code has expired.');
  // Paying with it keeps the shopper at the field.
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(code).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('1 field needs your attention.');
  expect(payments()).toBe(0);

  // A good code replaces it and shows the saving, and can be removed again.
  await code.fill('WELCOME10');
  await code.press('Enter');
  await expect(page.getByText('WELCOME10 applied: you save €2.21')).toBeVisible();
  await expect(summary(page)).toContainText('Discount (WELCOME10)');
  await expect(page.getByRole('button', { name: 'Pay €19.87' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove WELCOME10' }).click();
  await expect(page.getByRole('textbox', { name: 'Discount code' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Pay €22.08' })).toBeVisible();
  expect(payments()).toBe(0);
});

test('a valid EU VAT ID shows its registered business and removes the tax; an unknown one is refused at the field', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Checkout settings').click();
  await page.getByRole('checkbox', { name: 'Business purchase (tax id)' }).check();
  await fillDutchShopper(page);
  await expect(page.getByRole('button', { name: 'Pay €22.08' })).toBeVisible();

  const taxId = page.getByRole('textbox', { name: 'Tax ID' });
  await taxId.fill('NL999999999B01');
  await taxId.blur();
  await expect(taxId).toHaveAttribute('aria-invalid', 'true');
  await expect(taxId).toHaveAccessibleDescription(/^This tax ID is not valid: /);

  await taxId.fill('NL123456789B01');
  await taxId.blur();
  await expect(taxId).toHaveAccessibleDescription(/Valid VAT Number · registered to Koffiebranderij Voorbeeld B\.V\./);
  await expect(page.getByRole('textbox', { name: 'Business name' })).toHaveValue('Koffiebranderij Voorbeeld B.V.');
  // Reverse charge: the price without the Dutch VAT it held, and no tax.
  await expect(page.getByRole('button', { name: 'Pay €18.25' })).toBeVisible();
  await expect(summary(page)).toContainText('VAT€0.00');
});

test("the Pay button's amount is the total the stand-in charged, to the minor unit", async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'One more Pour-over kit' }).click();
  await page.getByRole('button', { name: 'One more Ceramic mug' }).click();
  await fillDutchShopper(page);
  await page.getByRole('button', { name: 'Have a discount code?' }).click();
  await page.getByRole('textbox', { name: 'Discount code' }).fill('SAVE5');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText(/^SAVE5 applied/)).toBeVisible();

  const pay = page.getByRole('button', { name: /^Pay €/ });
  const label = (await pay.textContent())!.trim();
  const created = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/payments');
  await pay.click();
  const payment = (await (await created).json()) as { total_amount: number };
  const charged = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(payment.total_amount / 100);
  expect(label).toBe(`Pay ${charged}`);
  await expect(page.getByRole('region', { name: 'Complete your payment' })).toContainText(charged);
});
