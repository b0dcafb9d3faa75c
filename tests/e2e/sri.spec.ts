/**
 * Subresource Integrity of the CDN bundle: the hashes published in dist/cdn/sri.json match the
 * built files, a page that pins the bundle with `integrity` + `crossorigin="anonymous"` works
 * (from another origin too), and a wrong hash keeps the script from running. The bundle pins the
 * country picker module it imports: a module with other bytes never runs, and the checkout takes
 * the country from a native select instead, as it does when the module does not load at all.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { typeInto } from '../typing.js';
import { keepSentBodies, sentJson } from '../request-bodies.js';
import { alertFrames, watchAlertFrames } from '../alert-frames.js';

const CDN = fileURLToPath(new URL('../../dist/cdn', import.meta.url));
const sriFile = () => JSON.parse(readFileSync(join(CDN, 'sri.json'), 'utf8')) as Record<string, string>;
/** The file entries of sri.json (without its "$comment"). */
const sri = () => Object.fromEntries(Object.entries(sriFile()).filter(([key]) => key !== '$comment'));
const CHUNK = 'chunks/country-combobox.js';
const sha384 = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

function cdnFiles(dir = CDN): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return cdnFiles(full);
    return /\.(js|json|css)$/.test(name) && name !== 'sri.json' ? [relative(CDN, full)] : [];
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
  expect(sriFile().$comment).toMatch(/chunks\/\*\.js: pinned by dodo-checkout\.js.*data\/\*\*\/\*\.json: not pinned/);
});

test('the bundle carries the hash of the picker module it imports', () => {
  expect(readFileSync(join(CDN, 'dodo-checkout.js'), 'utf8').includes(sri()[CHUNK]!), 'the chunk hash is in dodo-checkout.js').toBe(true);
});

test('a page pinning the bundle with the published hash works, from another origin too', async ({ page, baseURL }) => {
  const scriptOrigin = baseURL!.replace('127.0.0.1', 'localhost');
  await openPinned(page, sri()['dodo-checkout.js']!, scriptOrigin);
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  expect(await page.evaluate(() => typeof customElements.get('dodo-checkout'))).toBe('function');
  // The picker module passes its check and runs: the country is the searchable combobox.
  await page.waitForFunction(() => customElements.get('dodo-country-combobox'));
  await typeInto(page.getByRole('combobox', { name: 'Country' }), 'japan');
  await expect(page.getByRole('option', { name: 'Japan' })).toBeVisible();
});

// The browser's own integrity message reaches Playwright's console events in Chromium only; over
// WebDriver BiDi (Firefox) Playwright reports page console calls and errors, not security messages.
const reportsIntegrityMessages = (browserName: string) => browserName === 'chromium';

test('a wrong hash keeps the bundle from running', async ({ page, browserName }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const wrong = sha384(join(CDN, 'sri.json'));
  await openPinned(page, wrong);
  if (reportsIntegrityMessages(browserName)) await expect.poll(() => errors.join('\n')).toMatch(/integrity/i);
  expect(await page.evaluate(() => customElements.get('dodo-checkout'))).toBeUndefined();
  await expect(page.getByRole('button', { name: /Pay/ })).toHaveCount(0);
});

/** Fills the form with a Japanese address, the country from the native select, and pays. */
async function payWithCountrySelect(page: Page) {
  const country = page.getByRole('combobox', { name: 'Country' });
  await expect(country).toHaveJSProperty('tagName', 'SELECT');
  await expect(country).toHaveAttribute('autocomplete', 'country');
  await expect(country).toHaveValue('US');
  await page.getByRole('textbox', { name: 'Email' }).fill('grace@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Grace Hopper');
  await country.selectOption({ label: 'Japan' });
  await page.getByRole('textbox', { name: /Postal code/ }).fill('100-0001');
  await page.getByRole('combobox', { name: /Prefecture/ }).selectOption('13');
  await page.getByRole('textbox', { name: /Street/ }).fill('1-1 Chiyoda, Chiyoda-ku');
  const sent = page.waitForRequest((request) => request.url().endsWith('/api/payments') && request.method() === 'POST');
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  expect((await sentJson(page, await sent)).billing).toMatchObject({ country: 'JP', zipcode: '100-0001', state: '13' });
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
}

test('a picker module with other bytes does not run; the shopper picks the country from a native select and pays', async ({ page, baseURL, browserName }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.route(`**/cdn/${CHUNK}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `globalThis.tamperedChunkRan = true;\n${await response.text()}` });
  });
  const scriptOrigin = baseURL!.replace('127.0.0.1', 'localhost');
  await keepSentBodies(page);
  await openPinned(page, sri()['dodo-checkout.js']!, scriptOrigin);
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  if (reportsIntegrityMessages(browserName)) await expect.poll(() => errors.join('\n')).toMatch(/integrity/i);
  await payWithCountrySelect(page);
  expect(await page.evaluate(() => 'tamperedChunkRan' in globalThis)).toBe(false);
  expect(await page.evaluate(() => customElements.get('dodo-country-combobox'))).toBeUndefined();
});

test('a picker module that does not load: native select, pay; the picker is asked for again on focus and takes over', async ({ page }) => {
  let abort = true;
  let requests = 0;
  await page.route(`**/cdn/${CHUNK}`, (route) => {
    requests += 1;
    return abort ? route.abort('connectionreset') : route.fallback();
  });
  await keepSentBodies(page);
  await openPinned(page, sri()['dodo-checkout.js']!);
  await payWithCountrySelect(page);

  // A later checkout on the page also falls back, and its select asks for the picker again when focused.
  // Another cart, so it is a new checkout rather than the one just paid (which shows its payment).
  await page.evaluate(() => {
    const second = document.querySelector('dodo-checkout')!.cloneNode() as HTMLElement;
    second.id = 'second';
    const cart = JSON.parse(second.getAttribute('cart')!) as Array<{ quantity: number }>;
    second.setAttribute('cart', JSON.stringify(cart.map((item) => ({ ...item, quantity: item.quantity + 1 }))));
    document.body.append(second);
  });
  const second = page.locator('#second');
  const secondCountry = second.getByRole('combobox', { name: 'Country' });
  await expect(secondCountry).toHaveJSProperty('tagName', 'SELECT');
  abort = false;
  const before = requests;
  await secondCountry.focus();
  await page.waitForFunction(() => customElements.get('dodo-country-combobox'));
  expect(requests).toBeGreaterThan(before);
  // Not under the shopper's focus: the picker takes the select's place when the select loses it.
  await expect(secondCountry).toHaveJSProperty('tagName', 'SELECT');
  await second.getByRole('textbox', { name: 'Email' }).focus();
  await expect(second.getByRole('combobox', { name: 'Country' })).toHaveJSProperty('tagName', 'INPUT');
  await expect(second.getByRole('combobox', { name: 'Country' })).toHaveValue('United States');
});

test('the bundle carries the hash of the submit path; a submit path with other bytes never runs and nothing is sent, and a second press says so again', async ({ page }) => {
  expect(readFileSync(join(CDN, 'dodo-checkout.js'), 'utf8').includes(sri()['chunks/submit-path.js']!), 'the submit path hash is in dodo-checkout.js').toBe(true);
  await page.route('**/cdn/chunks/submit-path.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `globalThis.tamperedSubmitPathRan = true;\n${await response.text()}` });
  });
  let sent = 0;
  page.on('request', (request) => request.url().endsWith('/api/payments') && request.method() === 'POST' && (sent += 1));
  await openPinned(page, sri()['dodo-checkout.js']!);
  await page.getByRole('textbox', { name: 'Email' }).fill('grace@example.com');
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect(page.getByRole('alert')).toHaveText(/connection/i);
  expect(await page.evaluate(() => 'tamperedSubmitPathRan' in globalThis)).toBe(false);
  expect(sent).toBe(0);
  // The form keeps what was typed, for another try once the right module is served.
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('grace@example.com');

  // Pressed again: a frame shows the alert empty before the same words come back (browsers compare
  // it once a frame), so a screen reader says them again. Its text is read at every frame.
  const alert = page.getByRole('alert');
  const shown = (await alert.textContent())!;
  await watchAlertFrames(alert);
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect.poll(() => alertFrames(page)).toEqual(['', shown.trim()]);
  expect(sent).toBe(0);
});
