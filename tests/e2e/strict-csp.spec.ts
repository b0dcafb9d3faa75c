/**
 * Strict merchant pages: the demo and a plain page with the CDN bundle, served
 * with `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
 * connect-src 'self'; require-trusted-types-for 'script'`, go end to end — fill, pay, reach the
 * hosted payment page — with no CSP or Trusted Types violation and no console error.
 *
 * The listeners are installed by an init script, so they see the page from its first byte.
 */
import { expect, test, type Page } from '@playwright/test';
import { typeInto } from '../typing.js';
import { fillSwedishShopper } from './support.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";

interface Watch {
  violations: () => Promise<string[]>;
  consoleErrors: string[];
}

async function watchPolicy(page: Page): Promise<Watch> {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.url()}`);
  });
  return {
    consoleErrors,
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

async function gotoStrict(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.headers()['content-security-policy'], 'the page is served with the strict policy').toBe(STRICT_CSP);
}

test('the listeners see a violation when a page breaks the policy', async ({ page }) => {
  const watch = await watchPolicy(page);
  await gotoStrict(page, '/tests/e2e/fixtures/cdn.html?csp=strict');
  await page.evaluate(() => {
    document.body.setAttribute('style', 'color: red');
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.body.append(image);
  });
  await expect.poll(watch.violations).toEqual([expect.stringMatching(/^style-src-attr /), expect.stringMatching(/^img-src /)]);
  const failsTrustedTypes = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      document.createElement('script').textContent = '1';
      return false;
    } catch {
      return true;
    }
  });
  expect(failsTrustedTypes, 'Trusted Types are enforced').toBe(true);
});

test('the demo shop under the strict policy: fill, pay, reach the hosted payment page', async ({ page }) => {
  const watch = await watchPolicy(page);
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await gotoStrict(page, '/?csp=strict');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  // In development the demo's modules come through Vite's middleware, but the page is sent as
  // written: no Vite client, no inline script or style that the policy would have to allow.
  expect(scripts.filter((path) => path.startsWith('/@vite/'))).toEqual([]);
  expect(await page.locator('script:not([src]), style').count()).toBe(0);
  await page.getByRole('button', { name: 'One more Ceramic mug' }).click();
  await fillSwedishShopper(page);
  // A language loaded on demand, under the same policy.
  await page.getByText('Checkout settings').click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  await page.getByRole('button', { name: /^Betala/ }).click();
  const link = page.getByRole('link', { name: 'Fortsätt till betalningen' });
  await expect(link).toBeVisible();
  expect(await watch.violations()).toEqual([]);
  await link.click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/(?!\?csp)/);
  await expect(page.getByText('$39.00').first()).toBeVisible();
  expect(await watch.violations()).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('the CDN bundle on a plain page under the strict policy: fill, pay, reach the hosted payment page', async ({ page }) => {
  const watch = await watchPolicy(page);
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await gotoStrict(page, '/tests/e2e/fixtures/cdn.html?csp=strict');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Country' })).toBeVisible();
  // The picker and the submit path are fetched after the first render.
  await expect.poll(() => [...scripts].sort(), 'only the CDN bundle and the modules it imports from next to itself run').toEqual(['/cdn/chunks/country-combobox.js', '/cdn/chunks/submit-path.js', '/cdn/dodo-checkout.js']);
  // Styles are constructable stylesheets adopted by the shadow roots: no <style> for the policy to allow.
  expect(await page.locator('dodo-checkout style').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelector('dodo-checkout')!.shadowRoot!.adoptedStyleSheets.length)).toBeGreaterThan(0);
  await page.getByRole('textbox', { name: 'Email' }).fill('grace@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Grace Hopper');
  const country = page.getByRole('combobox', { name: 'Country' });
  await typeInto(country, 'japan');
  await page.getByRole('option', { name: 'Japan' }).click();
  await page.getByRole('textbox', { name: /Postal code/ }).fill('100-0001');
  // Tokyo from the prefecture list, fetched as JSON from next to the bundle.
  await page.getByRole('combobox', { name: /Prefecture/ }).selectOption('13');
  await page.getByRole('textbox', { name: /Street/ }).fill('1-1 Chiyoda, Chiyoda-ku');
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  const link = page.getByRole('link', { name: 'Continue to payment' });
  await expect(link).toBeVisible();
  expect(await watch.violations()).toEqual([]);
  await link.click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/(?!tests)/);
  // The demo's stand-in prices adaptively: a Japanese address without billing-currency pays in yen.
  await expect(page.getByText('¥3,600').first()).toBeVisible();
  expect(await watch.violations()).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});
