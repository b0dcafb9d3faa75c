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
