/** Shared steps of the end-to-end checkouts on the demo shop. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
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

/** axe with the WCAG 2.0–2.2 A/AA rules over the whole page; serious or critical only. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
