/**
 * Visual checks of the demo: light/dark × LTR/RTL × narrow/wide against committed baselines, one
 * set per browser (`npx playwright test tests/e2e/visual.spec.ts --update-snapshots` after an
 * intended change), and reflow at 320 CSS pixels (WCAG 1.4.10).
 */
import { expect, test, type Page } from '@playwright/test';

const PINNED_FONTS = ['Noto Sans Variable', 'Noto Sans Arabic Variable'];

/**
 * Sets every text of the page in Noto Sans and Noto Sans Arabic (SIL Open Font License 1.1, from
 * the @fontsource-variable packages, served by the demo server's Vite) so the pixels do not depend
 * on the machine's own fonts. The element inherits the page's font, so its shadow tree follows.
 */
async function pinFonts(page: Page) {
  for (const name of ['noto-sans', 'noto-sans-arabic']) await page.addStyleTag({ url: `/node_modules/@fontsource-variable/${name}/index.css` });
  const families = PINNED_FONTS.map((family) => `'${family}'`).join(', ');
  await page.addStyleTag({ content: `*, *::before, *::after { font-family: ${families} !important; }` });
  const loaded = await page.evaluate(async (fonts) => {
    await Promise.all([document.fonts.load(`16px '${fonts[0]}'`, 'Aa'), document.fonts.load(`16px '${fonts[1]}'`, 'ادفع')]);
    await document.fonts.ready;
    return fonts.map((family) => document.fonts.check(`16px '${family}'`, family.includes('Arabic') ? 'ادفع' : 'Aa'));
  }, PINNED_FONTS);
  expect(loaded, 'the pinned fonts load').toEqual([true, true]);
}

async function openDemo(page: Page, width: number, options: { theme?: 'light' | 'dark'; locale?: string } = {}) {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: /^Pay|^ادفع/ })).toBeVisible();
  if (options.locale) {
    // The language picker is filled when the settings panel first opens.
    const summary = page.getByText('Checkout settings');
    await summary.click();
    await expect(page.locator(`#settings option[value="${options.locale}"]`)).toHaveCount(1);
    await summary.click();
  }
  // The settings form drives the element, as a visitor would.
  await page.locator('#settings').evaluate(
    (form: HTMLFormElement, { theme, locale }) => {
      (form.elements.namedItem('theme') as HTMLSelectElement).value = theme ?? 'light';
      (form.elements.namedItem('locale') as HTMLSelectElement).value = locale ?? '';
      form.dispatchEvent(new Event('change'));
    },
    options,
  );
  if (options.locale === 'ar') await expect(page.locator('dodo-checkout .checkout')).toHaveAttribute('dir', 'rtl');
  // The demo quotes through its quote route: the summary is shot once the quote has settled.
  await expect(page.locator('dodo-checkout [part~="summary"]')).toHaveAttribute('aria-busy', 'false');
  await pinFonts(page);
}

for (const theme of ['light', 'dark'] as const) {
  for (const direction of ['ltr', 'rtl'] as const) {
    for (const width of [360, 1280]) {
      test(`the demo, ${theme}, ${direction}, ${width}px wide`, async ({ page }) => {
        await openDemo(page, width, { theme, ...(direction === 'rtl' ? { locale: 'ar' } : {}) });
        await expect(page).toHaveScreenshot(`demo-${theme}-${direction}-${width}.png`, {
          fullPage: true,
          animations: 'disabled',
          caret: 'hide',
          maxDiffPixelRatio: 0.01,
        });
      });
    }
  }
}

for (const locale of ['', 'ar']) {
  test(`no horizontal scroll at 320 CSS pixels${locale ? ` (${locale})` : ''}, the country list open too`, async ({ page }) => {
    await openDemo(page, 320, locale ? { locale } : {});
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await overflow()).toBeLessThanOrEqual(320);
    await page.locator('dodo-country-combobox').getByRole('combobox').click();
    await expect(page.getByRole('listbox')).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(320);
  });
}
