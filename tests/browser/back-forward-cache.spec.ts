/**
 * Typed values survive a trip away and back through the back/forward cache. Playwright launches
 * Chromium with the cache off; this file turns it back on, and proves the page really came back
 * from the cache (`pageshow` with `persisted`).
 */
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.js';

test.use({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

test('values are still there after going away and back', async ({ page }) => {
  await page.addInitScript(() => {
    addEventListener('pageshow', (event) => sessionStorage.setItem('test:restored', String(event.persisted)));
  });
  await page.goto('/tests/browser/fixtures/checkout-markup.html');
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Åda Lövelace 🫖');
  await page.getByRole('textbox', { name: 'ZIP code' }).fill('95014');
  await page.getByRole('link', { name: 'Leave the page' }).click();
  await expect(page).toHaveURL(/\/healthz$/);
  // A page restored from the cache fires no load event.
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('test:restored'))).toBe('true');
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
  await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue('Åda Lövelace 🫖');
  await expect(page.getByRole('textbox', { name: 'ZIP code' })).toHaveValue('95014');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
