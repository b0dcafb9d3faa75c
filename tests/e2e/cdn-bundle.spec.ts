import { expect, test } from '@playwright/test';

test.describe('the CDN bundle on a plain HTML page', () => {
  test('a classic script tag defines the element and the shopper can pay through the demo proxy', async ({ page }) => {
    await page.goto('/tests/e2e/fixtures/cdn.html');
    await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
    expect(await page.evaluate(() => typeof customElements.get('dodo-checkout'))).toBe('function');

    await page.getByRole('textbox', { name: 'Email' }).fill('grace@example.com');
    await page.getByRole('textbox', { name: 'Full name' }).fill('Grace Hopper');
    await page.getByRole('textbox', { name: /Street/ }).fill('1 Navy Way');
    await page.getByRole('textbox', { name: /City/ }).fill('Arlington');
    await page.getByRole('combobox', { name: /^State/ }).selectOption({ label: 'Virginia' });
    await page.getByRole('textbox', { name: /ZIP code/ }).fill('22201');
    await page.getByRole('button', { name: 'Pay $24.00' }).click();
    await expect(page.getByRole('link', { name: 'Continue to payment' })).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\//);
  });

  test('the first render draws the whole form without making a number formatter; the amounts follow a frame later, in place', async ({ page }) => {
    // The page's first Intl.NumberFormat loads ICU's number data, the largest single piece of the
    // startup task: the form, down to its total line and Pay button, must be drawn and painted
    // before it, and the amounts that follow must not move anything.
    await page.addInitScript(() => {
      const page = { formDrawn: false, framedSinceDrawn: false };
      const seen = ((window as any).__firstFormatter = { made: false, formDrawn: false, framedSinceDrawn: false, totalTop: NaN, payHeight: NaN });
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver(() => {
          if (page.formDrawn || !root.querySelector('#email') || !root.querySelector('[part="total"]') || !root.querySelector('button[type="submit"]')) return;
          page.formDrawn = true;
          requestAnimationFrame(() => (page.framedSinceDrawn = true));
        }).observe(root, { childList: true, subtree: true });
        return root;
      };
      const NumberFormat = Intl.NumberFormat;
      Intl.NumberFormat = new Proxy(NumberFormat, {
        construct(target, args, newTarget) {
          if (!seen.made) {
            // What the page had when the first formatter was made.
            Object.assign(seen, page, { made: true });
            const root = document.querySelector('dodo-checkout')?.shadowRoot;
            seen.totalTop = root?.querySelector('[part="total"]')?.getBoundingClientRect().top ?? NaN;
            seen.payHeight = root?.querySelector('button[type="submit"]')?.getBoundingClientRect().height ?? NaN;
          }
          return Reflect.construct(target, args, newTarget);
        },
      });
    });
    await page.goto('/tests/e2e/fixtures/cdn.html');
    await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
    const seen = await page.evaluate(() => (window as any).__firstFormatter);
    expect(seen.made).toBe(true);
    expect(seen.formDrawn, 'the form, total line and Pay button included, was drawn before the first number formatter').toBe(true);
    expect(seen.framedSinceDrawn, 'and the browser had a frame to paint it').toBe(true);
    const element = page.locator('dodo-checkout');
    await expect(element.locator('[part="total"]')).toContainText('$24.00');
    const after = await element.evaluate((host) => ({
      totalTop: host.shadowRoot!.querySelector('[part="total"]')!.getBoundingClientRect().top,
      payHeight: host.shadowRoot!.querySelector('button[type="submit"]')!.getBoundingClientRect().height,
    }));
    expect(after.totalTop, 'the total line stays where it was drawn').toBeCloseTo(seen.totalTop, 0);
    expect(after.payHeight, 'the Pay button keeps its height').toBeCloseTo(seen.payHeight, 0);
  });

  test('the country picker module styles itself with the script\'s palette, not a copy of it', async ({ page }) => {
    await page.goto('/tests/e2e/fixtures/cdn.html');
    await page.evaluate(() => customElements.whenDefined('dodo-country-combobox'));
    const palette = await page.evaluate(() => {
      type Styled = { elementStyles: Array<{ cssText: string }> };
      const checkout = customElements.get('dodo-checkout') as unknown as Styled;
      const picker = customElements.get('dodo-country-combobox') as unknown as Styled;
      return { shared: picker.elementStyles[0] === checkout.elementStyles[0], text: picker.elementStyles[0]?.cssText ?? '' };
    });
    expect(palette.shared).toBe(true);
    expect(palette.text).toContain('--dodo-color-text');
  });

  test('works from another origin and loads a locale from next to the script', async ({ page, baseURL }) => {
    const scriptOrigin = baseURL!.replace('127.0.0.1', 'localhost');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.route('**/tests/e2e/fixtures/cdn.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text())
        .replace('src="/cdn/dodo-checkout.js"', `src="${scriptOrigin}/cdn/dodo-checkout.js"`)
        .replace('<html lang="en">', '<html lang="sv">');
      await route.fulfill({ response, body });
    });
    await page.goto('/tests/e2e/fixtures/cdn.html');
    await expect(page.getByRole('button', { name: /^Betala/ })).toBeVisible();
    expect(requests.some((url) => url.startsWith(`${scriptOrigin}/cdn/data/locales/sv.json`))).toBe(true);
    expect(requests.filter((url) => url.includes('/cdn/data/locales/')).every((url) => url.includes('/sv.json'))).toBe(true);
    // Of the other 40 languages' names, none is fetched: only Swedish and the English fallback.
    await expect.poll(() => requests.some((url) => url.includes('/cdn/data/countries/sv.json'))).toBe(true);
    expect(requests.filter((url) => url.includes('/cdn/data/countries/')).every((url) => /\/(sv|en)\.json/.test(url))).toBe(true);
  });

  test('an English page fetches no locale data', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/tests/e2e/fixtures/cdn.html');
    await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
    expect(requests.filter((url) => url.includes('/cdn/data/locales/'))).toEqual([]);
  });
});
