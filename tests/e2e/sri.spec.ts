/**
 * Subresource Integrity of the CDN bundle: the hashes published in dist/cdn/sri.json match the
 * built files, a page that pins the bundle with `integrity` + `crossorigin="anonymous"` works
 * (from another origin too), and a wrong hash keeps the script from running.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

const CDN = fileURLToPath(new URL('../../dist/cdn', import.meta.url));
const sri = () => JSON.parse(readFileSync(join(CDN, 'sri.json'), 'utf8')) as Record<string, string>;
const sha384 = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

function cdnFiles(dir = CDN): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return cdnFiles(full);
    return /\.(js|json)$/.test(name) && name !== 'sri.json' ? [relative(CDN, full)] : [];
  });
}

/** Serves the CDN fixture with the script tag pinned by `integrity`, from `scriptOrigin` if given. */
async function openPinned(page: Page, integrity: string, scriptOrigin = '') {
  await page.route('**/tests/e2e/fixtures/cdn.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '<script id="loader" src="/cdn/dodo-checkout.js"></script>',
      `<script id="loader" src="${scriptOrigin}/cdn/dodo-checkout.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
    );
    expect(body).toContain(`integrity="${integrity}"`);
    await route.fulfill({ response, body });
  });
  await page.goto('/tests/e2e/fixtures/cdn.html');
}

test('sri.json lists every CDN file with the sha384 of its built bytes', () => {
  const published = sri();
  expect(Object.keys(published).sort()).toEqual(cdnFiles().sort());
  expect(published['dodo-checkout.js']).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  for (const [file, hash] of Object.entries(published)) expect(hash, file).toBe(sha384(join(CDN, file)));
});

test('a page pinning the bundle with the published hash works, from another origin too', async ({ page, baseURL }) => {
  const scriptOrigin = baseURL!.replace('127.0.0.1', 'localhost');
  await openPinned(page, sri()['dodo-checkout.js']!, scriptOrigin);
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  expect(await page.evaluate(() => typeof customElements.get('dodo-checkout'))).toBe('function');
});

test('a wrong hash keeps the bundle from running', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const wrong = sha384(join(CDN, 'sri.json'));
  await openPinned(page, wrong);
  await expect.poll(() => errors.join('\n')).toMatch(/integrity/i);
  expect(await page.evaluate(() => customElements.get('dodo-checkout'))).toBeUndefined();
  await expect(page.getByRole('button', { name: /Pay/ })).toHaveCount(0);
});
