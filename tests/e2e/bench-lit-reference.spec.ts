/**
 * The startup bench's Lit reference (bench/peers/lit-fields.ts) must stay what its row claims: the
 * checkout's first fields, in the same order with the same labels and autofill tokens, under the
 * checkout's own stylesheet. Built as the bench builds it, into a folder of its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

/**
 * The fields of the form's first two fieldsets (contact, billing address), in order: label, id and
 * autofill token of each text field and select, and the country picker with the label it was
 * given. The state's input becomes a select once the checkout's list of states has loaded.
 */
async function firstFields(page: Page, host: string) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    const fieldsets = [...root.querySelectorAll('form fieldset')].slice(0, 2);
    return fieldsets.flatMap((fieldset) =>
      [...fieldset.querySelectorAll('input[autocomplete], select[autocomplete], dodo-country-combobox')].map((control) => ({
        tag: control.localName === 'dodo-country-combobox' ? control.localName : 'field',
        label: control.localName === 'dodo-country-combobox' ? (control as HTMLElement & { label: string }).label : root.querySelector(`label[for="${control.id}"]`)?.textContent?.replace(/\s+/g, ' ').trim(),
        id: control.id,
        autocomplete: control.getAttribute('autocomplete'),
      })),
    );
  }, host);
}

/** The rules of the style sheets a shadow root adopted, as text. */
async function adoptedRules(page: Page, host: string) {
  return page.evaluate((selector) => document.querySelector(selector)!.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)), host);
}

test.describe('the startup bench’s Lit reference', () => {
  let outDir = '';

  test.beforeAll(({ browserName }) => {
    test.skip(browserName !== 'chromium', 'The benchmark runs in Chromium.');
    outDir = mkdtempSync(join(tmpdir(), 'lit-fields-'));
    const root = fileURLToPath(new URL('../..', import.meta.url));
    execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--config', 'bench/peers/lit-fields.config.ts', '--outDir', outDir], { cwd: root, stdio: 'pipe' });
  });

  test.afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('renders the checkout’s first fields under the checkout’s stylesheet', async ({ page }) => {
    await page.goto('/tests/e2e/fixtures/cdn.html');
    await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible();
    const checkoutFields = await firstFields(page, 'dodo-checkout');
    const checkoutRules = await adoptedRules(page, 'dodo-checkout');

    const reference = await page.context().newPage();
    await reference.setContent('<!doctype html><html lang="en"><body><lit-fields></lit-fields></body></html>');
    await reference.addScriptTag({ path: join(outDir, 'lit-fields.js') });
    await expect(reference.getByRole('textbox', { name: 'Email' })).toBeVisible();

    expect(checkoutFields.map((field) => field.id)).toEqual(['email', 'name', 'country', 'street', 'city', 'state', 'zipcode']);
    expect(await firstFields(reference, 'lit-fields')).toEqual(checkoutFields);
    expect(await adoptedRules(reference, 'lit-fields')).toEqual(checkoutRules);
  });
});
