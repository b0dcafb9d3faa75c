/**
 * The terms consent checkbox (`terms-url`, `privacy-url`, `refund-url`), driven as a shopper
 * does: found by role and name, ticked with the keyboard, its error announced and focused, its
 * links opening in a new tab, the acceptance sent as a header; axe-clean; in another language.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../axe.js';
import { CREATED, fakeProxy, fillUsAddress, mountCheckout } from './support.js';

test.describe.configure({ timeout: 60_000 });

const TERMS = { 'terms-url': 'https://shop.example/terms', 'privacy-url': 'https://shop.example/privacy', 'refund-url': 'https://shop.example/refunds' };
const json = (status: number, body: unknown) => ({ status, contentType: 'application/json', body: JSON.stringify(body) });

test('no checkbox without terms-url', async ({ page }) => {
  await mountCheckout(page);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
});

test('the checkbox names and links the documents, is required, and the accepted URLs go in the consent header', async ({ page }) => {
  const calls = await fakeProxy(page, () => json(200, CREATED));
  await mountCheckout(page, TERMS);
  const box = page.getByRole('checkbox', { name: 'I agree to the Terms of service, Privacy policy, and Refund policy.' });
  await expect(box).not.toBeChecked();
  for (const [name, href] of [['Terms of service', TERMS['terms-url']], ['Privacy policy', TERMS['privacy-url']], ['Refund policy', TERMS['refund-url']]]) {
    const link = page.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', href!);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
  }
  await fillUsAddress(page);
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.getByRole('alert')).toHaveText('1 field needs your attention.');
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription('To pay, accept the terms.');
  expect(calls).toHaveLength(0);
  expect(await axeViolations(page, { scope: 'dodo-checkout' })).toEqual([]);

  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(box).toHaveAttribute('aria-invalid', 'false');
  await expect(box).toHaveAccessibleDescription('');
  // Then the documents, then the Pay button.
  for (const name of ['Terms of service', 'Privacy policy', 'Refund policy']) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Pay/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Complete your payment' })).toBeVisible();
  expect(calls).toHaveLength(1);
  expect(JSON.parse(calls[0]!.headers['dodo-checkout-consent']!)).toEqual({ terms: TERMS['terms-url'], privacy: TERMS['privacy-url'], refund: TERMS['refund-url'] });
  expect(JSON.stringify(calls[0]!.body)).not.toContain('shop.example/terms');
});

test('clicking a link opens the document in a new tab without ticking the box', async ({ page, context }) => {
  await context.route('https://shop.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Terms</title><h1>Terms</h1>' }));
  await mountCheckout(page, { 'terms-url': TERMS['terms-url'] });
  const box = page.getByRole('checkbox', { name: 'I agree to the Terms of service.' });
  const opened = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Terms of service' }).click();
  const tab = await opened;
  await expect(tab).toHaveURL(TERMS['terms-url']);
  expect(await tab.evaluate(() => window.opener)).toBeNull();
  await expect(box).not.toBeChecked();
  // The sentence's own words tick it, as a label does.
  await page.getByText('I agree to the').click({ position: { x: 4, y: 4 } });
  await expect(box).toBeChecked();
});

test('the proxy asking for consent again clears the box and shows its error there', async ({ page }) => {
  const calls = await fakeProxy(page, () => json(422, { code: 'CONSENT_REQUIRED', message: 'Accept the terms of service to pay.' }));
  await mountCheckout(page, { 'terms-url': TERMS['terms-url'] });
  await fillUsAddress(page);
  const box = page.getByRole('checkbox', { name: /I agree/ });
  await box.check();
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(box).toBeFocused();
  await expect(box).not.toBeChecked();
  await expect(box).toHaveAccessibleDescription('To pay, accept the terms.');
  await expect(page.getByRole('alert')).toHaveText('To pay, accept the terms.');
  expect(calls).toHaveLength(1);
});

test('in German: the sentence, its links joined the German way, and the error', async ({ page }) => {
  await mountCheckout(page, TERMS);
  await page.locator('dodo-checkout').evaluate((element) => element.setAttribute('locale', 'de'));
  const box = page.getByRole('checkbox', { name: 'Ich akzeptiere die Nutzungsbedingungen, Datenschutzerklärung und Rückerstattungsrichtlinie.' });
  await expect(box).toBeVisible();
  await expect(page.getByRole('link', { name: 'Datenschutzerklärung' })).toHaveAttribute('href', TERMS['privacy-url']);
  await page.getByRole('button', { name: /bezahlen/ }).click();
  await expect(box).toHaveAccessibleDescription('Bitte akzeptieren Sie die Bedingungen, um zu bezahlen.');
  expect(await axeViolations(page, { scope: 'dodo-checkout' })).toEqual([]);
});

test('a tick is given on the page shown: not kept across a reload, and cleared when the documents change', async ({ page }) => {
  await mountCheckout(page, TERMS);
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  const box = page.getByRole('checkbox', { name: /I agree/ });
  await box.check();
  await page.locator('dodo-checkout').evaluate((element) => element.setAttribute('terms-url', 'https://shop.example/terms-2027'));
  await expect(page.getByRole('link', { name: 'Terms of service' })).toHaveAttribute('href', 'https://shop.example/terms-2027');
  await expect(box).not.toBeChecked();
  await box.check();
  await page.reload();
  await mountCheckout(page, TERMS);
  // What the shopper typed comes back; the consent does not.
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
  await expect(page.getByRole('checkbox', { name: /I agree/ })).not.toBeChecked();
});

test('in a language without messages of its own, the sentence and the words joining its links are both English', async ({ page }) => {
  await mountCheckout(page, { ...TERMS, locale: 'sw-KE' });
  // Swahili's list would read "…, Privacy policy na Refund policy": an English sentence with a Swahili "and".
  await expect(page.getByRole('checkbox', { name: 'I agree to the Terms of service, Privacy policy, and Refund policy.' })).toBeVisible();
});
