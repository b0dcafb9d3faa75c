/**
 * The server-rendered checkout (dodo-checkout/ssr) through the demo server's /ssr/, the Express
 * example: the form before any script (JavaScript off, and with the element's script held back),
 * what was typed before hydration in the request the proxy receives, axe before and after
 * hydration, the strict CSP, and the keyboard once hydrated.
 */
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../axe.js';
import { keepSentBodies, sentJson } from '../request-bodies.js';
import { holdScript, watchViolations } from './support.js';
import { typeInto } from '../typing.js';

// Whole checkouts with script loads held back, on a machine other suites share.
test.describe.configure({ timeout: 90_000 });

/**
 * A page where no script runs: Chromium with JavaScript off. Firefox over WebDriver BiDi ignores
 * that option, and with its scripting pref off Playwright cannot read the page either; there
 * every script the page asks for is refused (the page has no inline script).
 */
const withoutJavaScript = test.extend({
  javaScriptEnabled: async ({ browserName }, use) => use(browserName === 'firefox'),
  page: async ({ page, browserName }, use) => {
    if (browserName === 'firefox') await page.route('**/*.js', (route) => route.abort());
    await use(page);
  },
});

/** Navigates without waiting for `load`, which waits for the deferred script a test may hold back. */
async function open(page: Page, path: string) {
  return page.goto(path, { waitUntil: 'commit' });
}

/** The element has run: hydration removed the server's `disabled` from Pay. */
async function hydrated(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeEnabled();
}

/**
 * Marks the phase of the page around the element's first call of `method` (its first update,
 * the hydrating one): `window.__phase` is 'before', then 'hydrating' while it runs, then 'after'.
 */
async function markHydrationPhase(page: Page, method: 'update' | 'performUpdate'): Promise<void> {
  await page.addInitScript((method) => {
    const w = window as unknown as { __phase: string };
    w.__phase = 'before';
    const define = customElements.define;
    customElements.define = function (name, constructor, options) {
      if (name === 'dodo-checkout') {
        const original = constructor.prototype[method] as (this: HTMLElement, ...args: unknown[]) => unknown;
        constructor.prototype[method] = function (this: HTMLElement, ...args: unknown[]) {
          if (w.__phase !== 'before') return original.apply(this, args);
          w.__phase = 'hydrating';
          try {
            return original.apply(this, args);
          } finally {
            w.__phase = 'after';
          }
        };
      }
      return define.call(this, name, constructor, options);
    };
  }, method);
}

/**
 * Notes, at the page's first `sessionStorage` access (the getter, where the tab's storage is
 * opened), what the window's `flag` property held then; `firstStorageAccess` reads it back.
 */
async function noteFirstStorageAccess(page: Page, flag: string): Promise<void> {
  await page.addInitScript((flag) => {
    const w = window as unknown as Record<string, unknown>;
    const getter = Object.getOwnPropertyDescriptor(Window.prototype, 'sessionStorage') ?? Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        if (!('__firstStorageAccess' in w)) w.__firstStorageAccess = w[flag];
        return getter.get!.call(this);
      },
    });
  }, flag);
}

function firstStorageAccess(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __firstStorageAccess?: unknown }).__firstStorageAccess);
}

test.describe('with JavaScript off', () => {
  withoutJavaScript('the form shows with its labels and takes typing; Pay waits for the script', async ({ page }) => {
    await open(page, '/ssr/');
    // Found by role through the shadow root: the browser attached the declarative shadow root (shadowrootmode).
    const email = page.getByRole('textbox', { name: 'Email' });
    await expect(email).toBeVisible();
    await email.fill('grace@example.com');
    await expect(email).toHaveValue('grace@example.com');
    await page.getByRole('textbox', { name: 'Full name' }).fill('Grace Hopper');
    const country = page.getByRole('combobox', { name: 'Country or region' });
    await expect(country).toHaveValue('US');
    await country.selectOption('SE');
    await expect(country).toHaveValue('SE');
    await page.getByRole('textbox', { name: 'ZIP code' }).fill('10001');
    await expect(page.getByText('Espresso beans, 1 kg')).toBeVisible();
    // Disabled until the element runs: a click cannot send the bare form (a GET with the shopper's details in the URL).
    await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeDisabled();
    expect(page.url()).not.toContain('grace');
    // Nothing ran: no picker replaced the server's select.
    await expect(page.locator('dodo-checkout dodo-country-combobox')).toHaveCount(0);
  });
});

test('typed before the script ran: kept through hydration, in the form state and in the request', async ({ page }) => {
  await keepSentBodies(page);
  const script = await holdScript(page);
  await open(page, '/ssr/?terms=1');
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
  await page.getByRole('combobox', { name: 'Country or region' }).selectOption('SE');
  await page.getByRole('textbox', { name: /Street/ }).fill('Drottninggatan 1');
  await page.getByRole('textbox', { name: 'City' }).fill('Stockholm');
  await page.getByRole('textbox', { name: 'ZIP code' }).fill('111 51');
  await page.getByRole('checkbox', { name: /I agree/ }).check();
  // The parser attached the declarative shadow root (shadowrootmode), with nothing defined yet.
  expect(await page.evaluate(() => {
    const element = document.querySelector('dodo-checkout')!;
    return { defined: Boolean(customElements.get('dodo-checkout')), mode: element.shadowRoot?.mode, templates: element.querySelectorAll('template').length };
  })).toEqual({ defined: false, mode: 'open', templates: 0 });

  script.release();
  await hydrated(page);
  // Sweden's own fields and words once the element runs; what was typed is in them.
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
  await expect(page.getByRole('textbox', { name: 'Postal code' })).toHaveValue('111 51');
  await expect(page.getByRole('textbox', { name: 'Town or city' })).toHaveValue('Stockholm');
  await expect(page.getByRole('checkbox', { name: /I agree/ })).toBeChecked();
  const values = await page.evaluate(() => document.querySelector('dodo-checkout')!.state.values);
  expect(values).toMatchObject({ email: 'ada@example.com', name: 'Ada Lovelace', country: 'SE', street: 'Drottninggatan 1', city: 'Stockholm', zipcode: '111 51', terms: 'accepted' });

  const sent = page.waitForRequest((request) => request.url().endsWith('/api/payments') && request.method() === 'POST');
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  const request = await sent;
  const body = await sentJson(page, request);
  expect(body).toMatchObject({
    customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
    billing: { country: 'SE', street: 'Drottninggatan 1', city: 'Stockholm', zipcode: '11151' },
    product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 1 }],
  });
  expect(request.headers()['dodo-checkout-consent'] ?? '').toContain('/demo/policies.html#terms');
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
});

test('hydration adopts the server\'s form: the field being typed in is the same node, still focused, and Lit\'s hydration came in as its own checked module', async ({ page }) => {
  const script = await holdScript(page);
  const hydrateModule = page.waitForResponse((response) => response.url().endsWith('/chunks/hydrate.js'));
  await open(page, '/ssr/');
  const email = page.getByRole('textbox', { name: 'Email' });
  await email.fill('ada@example');
  await page.evaluate(() => {
    const input = document.querySelector('dodo-checkout')!.shadowRoot!.querySelector('#email') as HTMLInputElement & { fromServer?: boolean };
    input.fromServer = true;
  });
  script.release();
  await hydrated(page);
  expect((await hydrateModule).status()).toBe(200);
  const adopted = await page.evaluate(() => {
    const root = document.querySelector('dodo-checkout')!.shadowRoot!;
    const input = root.querySelector('#email') as HTMLInputElement & { fromServer?: boolean };
    return { same: input.fromServer === true, focused: root.activeElement === input, preloaded: [...document.querySelectorAll('link[rel="modulepreload"]')].some((link) => (link as HTMLLinkElement).href.endsWith('/chunks/hydrate.js')) };
  });
  expect(adopted).toEqual({ same: true, focused: true, preloaded: true });
  await page.keyboard.type('.com');
  await expect(email).toHaveValue('ada@example.com');
  expect(await page.evaluate(() => document.querySelector('dodo-checkout')!.state.values.email)).toBe('ada@example.com');
});

test('Lit prepares the form\'s templates and their digests in tasks before hydration\'s, so hydrating makes neither', async ({ page }) => {
  // Counted before, during and after the element's first update, the hydrating one: the <template>
  // Lit makes for each template it prepares, and the btoa() that ends each template digest it
  // computes (hydration compares a template's digest with the server's marker; Lit keeps each digest).
  await markHydrationPhase(page, 'update');
  await page.addInitScript(() => {
    type Phase = 'before' | 'hydrating' | 'after';
    const w = window as unknown as { __phase: Phase; __made: Record<'templates' | 'digests', Record<Phase, number>> };
    const made = (w.__made = { templates: { before: 0, hydrating: 0, after: 0 }, digests: { before: 0, hydrating: 0, after: 0 } });
    const createElement = document.createElement;
    document.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
      if (String(tag).toLowerCase() === 'template') made.templates[w.__phase] += 1;
      return createElement.call(this, tag, options);
    } as typeof document.createElement;
    const btoa = window.btoa;
    window.btoa = (data: string) => {
      made.digests[w.__phase] += 1;
      return btoa(data);
    };
  });
  const script = await holdScript(page);
  await open(page, '/ssr/');
  await page.getByRole('textbox', { name: 'Email' }).waitFor();
  await page.evaluate(() => {
    (document.querySelector('dodo-checkout')!.shadowRoot!.querySelector('#email') as HTMLInputElement & { fromServer?: boolean }).fromServer = true;
  });
  script.release();
  await hydrated(page);
  const made = await page.evaluate(() => (window as any).__made as Record<'templates' | 'digests', { before: number; hydrating: number; after: number }>);
  expect(made.templates.before, 'templates prepared before hydration').toBeGreaterThan(5);
  expect(made.templates.hydrating, 'templates prepared while hydrating').toBe(0);
  expect(made.digests.before, 'template digests computed before hydration').toBeGreaterThan(5);
  expect(made.digests.hydrating, 'template digests computed while hydrating').toBe(0);
  // Hydrated, not rendered afresh: the server's field is still there.
  expect(await page.evaluate(() => (document.querySelector('dodo-checkout')!.shadowRoot!.querySelector('#email') as HTMLInputElement & { fromServer?: boolean }).fromServer)).toBe(true);
});

test('this tab\'s storage is opened before hydration\'s task, not in it', async ({ page }) => {
  // The phase of the page's first storage access: before, during or after the element's first update cycle, the hydrating one.
  await markHydrationPhase(page, 'performUpdate');
  await noteFirstStorageAccess(page, '__phase');
  await open(page, '/ssr/');
  await hydrated(page);
  expect(await firstStorageAccess(page)).toBe('before');
});

test('the task that brings the country names hydration waits for does not also open the storage and configure the form', async ({ page }) => {
  // The names arrive last here: held until Lit's hydration has loaded. The task that reads them is
  // marked from their arrival until a timer posted then runs; the first storage access (where the
  // form is configured before hydration) says whether it came in that task.
  await page.addInitScript(() => {
    const w = window as unknown as { __namesTask: boolean };
    w.__namesTask = false;
    const json = Response.prototype.json;
    Response.prototype.json = function (this: Response) {
      const read = json.call(this);
      if (this.url.endsWith('/countries/en.json')) void read.then(() => {
        w.__namesTask = true;
        setTimeout(() => (w.__namesTask = false));
      });
      return read;
    };
  });
  await noteFirstStorageAccess(page, '__namesTask');
  let releaseNames!: () => void;
  const namesHeld = new Promise<void>((resolve) => (releaseNames = resolve));
  await page.route('**/countries/en.json', async (route) => {
    await namesHeld;
    await route.continue();
  });
  const hydrateLoaded = page.waitForResponse((response) => response.url().endsWith('/chunks/hydrate.js'));
  await open(page, '/ssr/');
  await hydrateLoaded;
  await page.waitForTimeout(200);
  releaseNames();
  await hydrated(page);
  expect(await firstStorageAccess(page), 'storage first opened in the task that read the names').toBe(false);
});

test('a cart the page sets once the element is defined, before hydration, is the cart the form shows', async ({ page }) => {
  const script = await holdScript(page);
  await open(page, '/ssr/');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  const defined = page.evaluate(async () => {
    await customElements.whenDefined('dodo-checkout');
    const checkout = document.querySelector('dodo-checkout')!;
    checkout.cart = [{ product_id: 'pdt_mug', quantity: 1, name: 'Ceramic mug', price: 1500 }];
  });
  script.release();
  await defined;
  await expect(page.getByRole('button', { name: 'Pay $15.00' })).toBeEnabled();
  await expect(page.getByText('Ceramic mug')).toBeVisible();
  await expect(page.getByText('Espresso beans, 1 kg')).toHaveCount(0);
});

test('a cart set after the form was configured for hydration, before hydration itself, is still the cart the form shows', async ({ page }) => {
  await page.addInitScript(() => {
    // The first <template> Lit makes is while the element prepares its templates, after it has configured the form.
    const createElement = document.createElement;
    let set = false;
    document.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
      if (!set && String(tag).toLowerCase() === 'template' && customElements.get('dodo-checkout')) {
        set = true;
        document.querySelector('dodo-checkout')!.cart = [{ product_id: 'pdt_mug', quantity: 1, name: 'Ceramic mug', price: 1500 }];
      }
      return createElement.call(this, tag, options);
    } as typeof document.createElement;
  });
  await open(page, '/ssr/');
  await expect(page.getByRole('button', { name: 'Pay $15.00' })).toBeEnabled();
  await expect(page.getByText('Ceramic mug')).toBeVisible();
  await expect(page.getByText('Espresso beans, 1 kg')).toHaveCount(0);
});

test('where Lit\'s hydration cannot load, the form is rendered afresh with what was typed, and pays', async ({ page }) => {
  await keepSentBodies(page);
  await page.route('**/chunks/hydrate.js*', (route) => route.abort());
  const script = await holdScript(page);
  await open(page, '/ssr/');
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
  script.release();
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
  await page.getByRole('textbox', { name: /Street/ }).fill('1 Navy Way');
  await page.getByRole('textbox', { name: 'City' }).fill('Arlington');
  await page.getByRole('combobox', { name: /^State/ }).selectOption({ label: 'Virginia' });
  await page.getByRole('textbox', { name: 'ZIP code' }).fill('22201');
  const sent = page.waitForRequest((request) => request.url().endsWith('/api/payments') && request.method() === 'POST');
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  expect(await sentJson(page, await sent)).toMatchObject({ customer: { email: 'ada@example.com', name: 'Ada Lovelace' } });
});

test('a reload brings back what this tab kept, over the server\'s empty form', async ({ page }) => {
  await open(page, '/ssr/');
  await hydrated(page);
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
  await page.getByRole('textbox', { name: 'ZIP code' }).fill('10001');
  await page.reload({ waitUntil: 'commit' });
  await hydrated(page);
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
  await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue('Ada Lovelace');
  await expect(page.getByRole('textbox', { name: 'ZIP code' })).toHaveValue('10001');
  expect(await page.evaluate(() => document.querySelector('dodo-checkout')!.state.values.email)).toBe('ada@example.com');
});

test('the country picker and the data load after hydration, never before; only Lit\'s hydration is fetched early', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/cdn/')) fetched.push(path);
  });
  const script = await holdScript(page);
  await open(page, '/ssr/');
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible();
  // The head tags' modulepreload: hydration needs it as soon as the script runs.
  expect(fetched.filter((path) => path.startsWith('/cdn/chunks/') || path.startsWith('/cdn/data/'))).toEqual(['/cdn/chunks/hydrate.js']);
  script.release();
  await hydrated(page);
  // The native select hands over to the picker once its chunk is in.
  await expect(page.locator('dodo-checkout dodo-country-combobox')).toHaveCount(1);
  await expect(page.locator('dodo-checkout select#country')).toHaveCount(0);
  expect(fetched).toContain('/cdn/chunks/country-combobox.js');
});

test('axe finds nothing on the server-rendered form, before and after hydration', async ({ page }) => {
  test.slow(); // two full axe runs
  const script = await holdScript(page);
  await open(page, '/ssr/?terms=1');
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible();
  expect(await axeViolations(page, { scope: 'page', impact: 'minor' })).toEqual([]);
  script.release();
  await hydrated(page);
  await expect(page.locator('dodo-checkout dodo-country-combobox')).toHaveCount(1);
  expect(await axeViolations(page, { scope: 'page', impact: 'minor' })).toEqual([]);
});

test('under the strict CSP: styled before and after hydration, pays, no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const script = await holdScript(page);
  const response = await open(page, '/ssr/?csp=strict');
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  const pay = page.getByRole('button', { name: 'Pay $24.00' });
  await expect(pay).toBeVisible();
  expect(await page.locator('script:not([src]), style').count(), 'no inline script or style in the page or the shadow root').toBe(0);
  // The linked stylesheet styles the server's form: Pay wears the accent color.
  const accent = 'rgb(11, 87, 208)';
  await expect(pay).toHaveCSS('background-color', accent);
  script.release();
  await hydrated(page);
  await expect(pay).toHaveCSS('background-color', accent);
  const roots = await page.evaluate(() => {
    const root = document.querySelector('dodo-checkout')!.shadowRoot!;
    const own = (customElements.get('dodo-checkout') as unknown as { elementStyles: unknown[] }).elementStyles.length;
    return { adopted: root.adoptedStyleSheets.length, own, links: root.querySelectorAll('link').length };
  });
  expect(roots.own, 'the element has style sheets of its own').toBeGreaterThan(0);
  expect(roots, 'the hydrated element holds its own styles as adopted stylesheets').toEqual({ adopted: roots.own, own: roots.own, links: 0 });
  await page.getByRole('textbox', { name: 'Email' }).fill('grace@example.com');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Grace Hopper');
  await page.getByRole('textbox', { name: /Street/ }).fill('1 Main St');
  await page.getByRole('textbox', { name: 'City' }).fill('New York');
  // The state list, fetched as JSON after hydration under the same policy.
  await page.getByRole('combobox', { name: 'State' }).selectOption('NY');
  await page.getByRole('textbox', { name: 'ZIP code' }).fill('10001');
  await pay.click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('with the stylesheet linked, the form is never shown unstyled while the stylesheet is on its way, and shows styled once it arrives', async ({ page, browserName }) => {
  let releaseStylesheet!: () => void;
  const stylesheetHeld = new Promise<void>((resolve) => (releaseStylesheet = resolve));
  await page.route('**/cdn/dodo-checkout.css', async (route) => {
    await stylesheetHeld;
    await route.continue();
  });
  const script = await holdScript(page);
  await open(page, '/ssr/?csp=strict');
  const fields = () => page.evaluate(() => document.querySelector('dodo-checkout')?.shadowRoot?.querySelectorAll('input, select, button').length ?? 0);
  // Chromium pauses its parser at the stylesheet link, before the form; Firefox parses the form meanwhile.
  if (browserName === 'firefox') await expect.poll(fields, { message: 'Firefox parses the fields before the stylesheet arrives' }).toBeGreaterThanOrEqual(8);
  else await expect.poll(() => page.evaluate(() => Boolean(document.querySelector('dodo-checkout')?.shadowRoot?.querySelector('link[rel=stylesheet]')))).toBe(true);
  const email = page.locator('dodo-checkout #email');
  const pay = page.locator('dodo-checkout button[type=submit]');
  await expect(email, 'not shown unstyled').toBeHidden();
  await expect(pay).toBeHidden();
  releaseStylesheet();
  await expect(email).toBeVisible();
  await expect(pay, 'styled before the script ran').toHaveCSS('background-color', 'rgb(11, 87, 208)');
  await email.fill('grace@example.com');
  script.release();
  await hydrated(page);
  await expect(email).toHaveValue('grace@example.com');
  expect(await page.locator('dodo-checkout .checkout[hidden]').count(), 'hydrated: the form is no longer marked hidden').toBe(0);
});

/**
 * `styles: 'inline'`: the rules in a `<style>` in the shadow root. Styled with the HTML, before
 * the script and without the stylesheet; hydration swaps the `<style>` for the element's adopted
 * styles. `allowedBy` says how the page's strict policy allows the `<style>`: the response's nonce
 * or `checkoutStyleHash()`, both put in the policy by the Express example.
 */
async function inlineStylesUnderPolicy(page: Page, allowedBy: 'nonce' | 'hash') {
  const violations = await watchViolations(page);
  const stylesheetRequests: string[] = [];
  page.on('request', (request) => request.url().endsWith('.css') && stylesheetRequests.push(request.url()));
  const script = await holdScript(page);
  const response = await open(page, `/ssr/?styles=${allowedBy === 'nonce' ? 'inline' : 'inline-hash'}&csp=strict`);
  const body = await response!.text();
  const policy = response!.headers()['content-security-policy']!;
  const styleSrc = /style-src ([^;]*)/.exec(policy)![1]!.split(' ');
  const text = body.slice(body.indexOf('>', body.indexOf('<style')) + 1, body.indexOf('</style>'));
  if (allowedBy === 'nonce') {
    const nonce = /<style nonce="([^"]+)">/.exec(body)?.[1];
    expect(nonce, 'the <style> carries a nonce').toBeTruthy();
    expect(styleSrc).toEqual(["'self'", `'nonce-${nonce}'`]);
  } else {
    expect(body, 'no nonce: the hash alone allows it').toContain('<style>');
    expect(styleSrc, "the policy names the hash of the <style>'s text").toEqual(["'self'", `'sha256-${createHash('sha256').update(text).digest('base64')}'`]);
  }
  const pay = page.getByRole('button', { name: 'Pay $24.00' });
  await expect(pay).toBeVisible();
  expect(await page.locator('dodo-checkout style').count(), 'one <style>, in the shadow root').toBe(1);
  const accent = 'rgb(11, 87, 208)';
  await expect(pay, 'styled before the script ran').toHaveCSS('background-color', accent);
  await page.getByRole('textbox', { name: 'Email' }).fill('grace@example.com');
  script.release();
  await hydrated(page);
  await expect(pay).toHaveCSS('background-color', accent);
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('grace@example.com');
  const root = await page.evaluate(() => {
    const shadow = document.querySelector('dodo-checkout')!.shadowRoot!;
    const own = (customElements.get('dodo-checkout') as unknown as { elementStyles: unknown[] }).elementStyles.length;
    return { adopted: shadow.adoptedStyleSheets.length, own, inline: shadow.querySelectorAll('style, link').length };
  });
  expect(root, 'hydrated: the element\'s adopted styles in place of the <style>').toEqual({ adopted: root.own, own: root.own, inline: 0 });
  expect(stylesheetRequests, 'the stylesheet is never fetched').toEqual([]);
  expect(await violations()).toEqual([]);
}

test('inline styles under the strict policy with their nonce: styled before the script, no stylesheet fetched, no violation', async ({ page }) => {
  await inlineStylesUnderPolicy(page, 'nonce');
});

test('inline styles under the strict policy with their hash: styled before the script, no stylesheet fetched, no violation', async ({ page }) => {
  await inlineStylesUnderPolicy(page, 'hash');
});

test('keyboard after hydration: Tab goes through the form to Pay, and Enter pays', async ({ page }) => {
  await keepSentBodies(page);
  await open(page, '/ssr/');
  await hydrated(page);
  await expect(page.locator('dodo-checkout dodo-country-combobox')).toHaveCount(1);
  await page.getByRole('textbox', { name: 'Email' }).focus();
  await page.keyboard.type('grace@example.com');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Grace Hopper');
  await page.keyboard.press('Tab');
  const country = page.getByRole('combobox', { name: 'Country or region' });
  await expect(country).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('1 Main St');
  await page.keyboard.press('Tab');
  await page.keyboard.type('New York');
  await page.keyboard.press('Tab');
  // A text field, or the state list once it arrived (then typing selects by name).
  await page.keyboard.type('New York');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10001');
  await expect(page.getByRole('textbox', { name: 'ZIP code' })).toBeFocused();
  const pay = page.getByRole('button', { name: 'Pay $24.00' });
  for (let presses = 0; presses < 3 && !(await pay.evaluate((button) => button.matches(':focus'))); presses++) await page.keyboard.press('Tab');
  await expect(pay).toBeFocused();
  const sent = page.waitForRequest((request) => request.url().endsWith('/api/payments') && request.method() === 'POST');
  await page.keyboard.press('Enter');
  expect(await sentJson(page, await sent)).toMatchObject({ customer: { email: 'grace@example.com', name: 'Grace Hopper' }, billing: { country: 'US', city: 'New York', state: 'NY', zipcode: '10001' } });
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
});

test('Accept-Language picks the language on the server, and the browser keeps it', async ({ browser }) => {
  // The browser's language goes out as Accept-Language.
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  const script = await holdScript(page);
  await open(page, '/ssr/');
  await expect(page.getByRole('textbox', { name: 'E-post' })).toBeVisible();
  await typeInto(page.getByRole('textbox', { name: 'E-post' }), 'ada@example.com');
  script.release();
  await expect(page.getByRole('button', { name: /^Betala/ })).toBeEnabled();
  await expect(page.getByRole('textbox', { name: 'E-post' })).toHaveValue('ada@example.com');
  await expect(page.locator('dodo-checkout')).toHaveAttribute('locale', 'sv-SE');
  await context.close();
});
