/**
 * The return page brought back by Back from the back/forward cache: `<dodo-payment-status>` asks
 * the status route again rather than showing what it knew when the shopper left. Playwright
 * launches Chromium with the cache off; this file turns it back on and proves the page came back
 * from it (`pageshow` with `persisted`).
 */
import { backForwardCacheOn } from '../back-forward-cache.js';
import { expect, test } from '@playwright/test';
import { fillSwedishShopper } from './support.js';

test.use({ launchOptions: backForwardCacheOn });

const status = (page: import('@playwright/test').Page) => page.locator('dodo-payment-status').getByRole('status');

test('the status is asked again, not shown as it was when the shopper left', async ({ page, browserName }) => {
  test.skip(browserName === 'firefox', 'firefox-esr over WebDriver BiDi does not restore pages from the back/forward cache (pageshow.persisted stays false)');
  await page.addInitScript(() => {
    addEventListener('pageshow', (event) => sessionStorage.setItem('test:restored', String(event.persisted)));
  });
  await page.goto('/?csp=strict');
  await fillSwedishShopper(page);
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await page.getByRole('link', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('heading', { name: 'Complete your payment' })).toBeVisible();
  // The status route is down when the shopper lands, and back when they return to the page.
  await page.route('**/api/payment-status', (route) => route.fulfill({ status: 503, body: 'busy' }));
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect(status(page).getByRole('heading', { name: 'We could not check your payment' })).toBeVisible();
  await page.unroute('**/api/payment-status');
  await page.goto('/healthz');
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('test:restored'))).toBe('true');
  await expect(status(page).getByRole('heading', { name: 'Payment received' })).toBeVisible();
});
