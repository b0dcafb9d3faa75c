/** Shared steps of the end-to-end checkouts on the demo shop. */
import type { Page, Route } from '@playwright/test';
import { typeInto } from '../typing.js';

/**
 * Fills contact and a Swedish billing address, choosing the country by typing, as a shopper does,
 * and keeps the shop's USD where the demo's quote offers the shopper's own SEK.
 */
export async function fillSwedishShopper(page: Page) {
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
  await typeInto(page.getByRole('combobox', { name: 'Country' }), 'swed');
  await page.getByRole('option', { name: 'Sweden' }).click();
  await page.getByRole('textbox', { name: /Street/ }).fill('Drottninggatan 1');
  await page.getByRole('textbox', { name: /Postal code|Postcode/ }).fill('111 51');
  await page.getByRole('textbox', { name: /City|Town/ }).fill('Stockholm');
  await page.getByRole('radio', { name: 'Pay in USD' }).check();
}

/** CSP violations of every document of this page, recorded from its first byte. */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} on ${location.pathname}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

/** Holds the element's CDN script until `release()`: a server-rendered page shows the server's form alone meanwhile. */
export async function holdScript(page: Page): Promise<{ release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/cdn/dodo-checkout.js', async (route: Route) => {
    await released;
    await route.continue();
  });
  return { release };
}
