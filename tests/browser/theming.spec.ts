/**
 * Theming contract: every `part` the element renders and every `--dodo-*` token its styles read
 * is documented in custom-elements.json (and everything documented exists); themes, the page
 * font and token overrides reach the country picker too.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { typeInto } from '../typing.js';
import { NO_MEDIA_EMULATION_IN_FIREFOX } from '../firefox.js';
import { CREATED, fakeProxy, fillUsAddress, mountCheckout } from './support.js';

interface ManifestDeclaration {
  tagName?: string;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: Array<{ declarations?: ManifestDeclaration[] }> };
const checkoutDeclaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'dodo-checkout')!;
const documentedParts = new Set(checkoutDeclaration.cssParts?.map((part) => part.name));
const documentedTokens = new Set(checkoutDeclaration.cssProperties?.map((property) => property.name));

/**
 * The part names a page can style with `dodo-checkout::part(…)`: parts in the element's shadow
 * root, and parts of nested elements that the nested host forwards with `exportparts`.
 */
function exposedParts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const visit = (root: ShadowRoot, exported: (name: string) => string | undefined) => {
      for (const element of root.querySelectorAll('*')) {
        for (const name of element.part) {
          const outer = exported(name);
          if (outer) found.add(outer);
        }
        if (element.shadowRoot) {
          const mapping = new Map<string, string>();
          for (const entry of (element.getAttribute('exportparts') ?? '').split(',')) {
            const [inner, outer] = entry.split(':').map((name) => name.trim());
            if (inner) mapping.set(inner, outer || inner);
          }
          visit(element.shadowRoot, (name) => {
            const forwarded = mapping.get(name);
            return forwarded ? exported(forwarded) : undefined;
          });
        }
      }
    };
    visit(document.querySelector('dodo-checkout')!.shadowRoot!, (name) => name);
    return [...found];
  });
}

/** Every `--dodo-*` custom property read by the adopted stylesheets of the element and its children. */
function usedTokens(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const visit = (root: ShadowRoot) => {
      for (const sheet of root.adoptedStyleSheets) {
        for (const rule of sheet.cssRules) for (const token of rule.cssText.match(/--dodo-[a-z0-9-]+/g) ?? []) found.add(token);
      }
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document.querySelector('dodo-checkout')!.shadowRoot!);
    return [...found];
  });
}

test('every rendered part and every --dodo-* token is documented in custom-elements.json, and every documented one exists', async ({ page }) => {
  const parts = new Set<string>();
  const tokens = new Set<string>();
  const collect = async () => {
    for (const part of await exposedParts(page)) parts.add(part);
    for (const token of await usedTokens(page)) tokens.add(token);
  };

  await fakeProxy(page, () => ({ status: 200, contentType: 'application/json', body: JSON.stringify(CREATED) }));
  await mountCheckout(page, {
    'collect-phone': true,
    'collect-tax-id': true,
    'allowed-payment-method-types': 'credit debit apple_pay',
    'terms-url': 'https://shop.example/terms',
  });
  await collect();
  // Errors everywhere, the discount field open.
  await page.getByRole('button', { name: 'Have a discount code?' }).click();
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await collect();
  // The list open on the committed country, then filtered to nothing.
  const country = page.getByRole('combobox', { name: 'Country' });
  await country.focus();
  await country.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'United States', exact: true })).toBeVisible();
  await collect();
  await typeInto(country, 'zzzz');
  await expect(page.locator('dodo-checkout').locator('[part~="no-results"]')).toBeVisible();
  await collect();
  await country.press('Escape');
  // The confirmation panel.
  await fillUsAddress(page);
  await page.getByRole('checkbox', { name: /I agree/ }).check();
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  await collect();

  expect([...parts].filter((part) => !documentedParts.has(part)), 'rendered parts without @csspart').toEqual([]);
  expect([...documentedParts].filter((part) => !parts.has(part)), '@csspart never rendered').toEqual([]);
  expect([...tokens].filter((token) => !documentedTokens.has(token)), '--dodo-* tokens without @cssprop').toEqual([]);
  expect([...documentedTokens].filter((token) => !tokens.has(token)), '@cssprop never used').toEqual([]);
});

test('::part() and --dodo-* overrides from the page reach the form and the country picker', async ({ page }) => {
  await mountCheckout(page);
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      dodo-checkout { --dodo-color-accent: rgb(200, 0, 100); --dodo-radius: 0px; }
      dodo-checkout::part(option-selected) { outline: 3px dashed rgb(1, 2, 3); }
      dodo-checkout::part(total) { letter-spacing: 3px; }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  const country = page.getByRole('combobox', { name: 'Country' });
  await country.focus();
  await country.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'United States', exact: true })).toBeVisible();
  const styles = await page.evaluate(() => {
    const root = document.querySelector('dodo-checkout')!.shadowRoot!;
    const picker = root.querySelector('dodo-country-combobox')!.shadowRoot!;
    return {
      submit: getComputedStyle(root.querySelector('.submit')!).backgroundColor,
      total: getComputedStyle(root.querySelector('[part~="total"]')!).letterSpacing,
      countryOutline: getComputedStyle(picker.querySelector('input')!).outlineColor,
      countryRadius: getComputedStyle(picker.querySelector('input')!).borderTopLeftRadius,
      selected: getComputedStyle(picker.querySelector('[part~="option-selected"]')!).outlineStyle,
    };
  });
  expect(styles).toEqual({ submit: 'rgb(200, 0, 100)', total: '3px', countryOutline: 'rgb(200, 0, 100)', countryRadius: '0px', selected: 'dashed' });
});

test('the checkout uses the page font unless --dodo-font-family says otherwise', async ({ page }) => {
  await mountCheckout(page);
  const fonts = () =>
    page.evaluate(() => {
      const root = document.querySelector('dodo-checkout')!.shadowRoot!;
      const picker = root.querySelector('dodo-country-combobox')!.shadowRoot!;
      return [getComputedStyle(root.querySelector('#email')!).fontFamily, getComputedStyle(picker.querySelector('input')!).fontFamily];
    });
  await page.evaluate(() => (document.querySelector<HTMLElement>('#host')!.style.fontFamily = 'Georgia, serif'));
  expect(await fonts()).toEqual(['Georgia, serif', 'Georgia, serif']);
  await page.evaluate(() => document.querySelector<HTMLElement>('dodo-checkout')!.style.setProperty('--dodo-font-family', 'monospace'));
  expect(await fonts()).toEqual(['monospace', 'monospace']);
});

for (const [system, theme, expected] of [
  ['light', 'auto', 'light'],
  ['dark', 'auto', 'dark'],
  ['dark', 'light', 'light'],
  ['light', 'dark', 'dark'],
] as const) {
  test(`theme="${theme}" on a ${system} system is ${expected}, the country picker included`, async ({ page, browserName }) => {
    test.skip(browserName === 'firefox' && system === 'dark', NO_MEDIA_EMULATION_IN_FIREFOX);
    await page.emulateMedia({ colorScheme: system });
    await mountCheckout(page, { theme });
    const colors = await page.evaluate(() => {
      const root = document.querySelector('dodo-checkout')!.shadowRoot!;
      const picker = root.querySelector('dodo-country-combobox')!.shadowRoot!;
      return [getComputedStyle(root.querySelector('.checkout')!).backgroundColor, getComputedStyle(picker.querySelector('input')!).backgroundColor];
    });
    const background = expected === 'dark' ? 'rgb(27, 27, 31)' : 'rgb(255, 255, 255)';
    expect(colors).toEqual([background, background]);
  });
}
