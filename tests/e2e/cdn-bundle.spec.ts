import { expect, test, type Page } from '@playwright/test';
import { typeInto } from '../typing.js';

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

  test("the payment method chips follow the country by the table fetched next to the script", async ({ page }) => {
    await page.goto('/tests/e2e/fixtures/cdn.html');
    await page.locator('dodo-checkout').evaluate((element) => {
      element.setAttribute('currency', 'EUR');
      element.setAttribute('allowed-payment-method-types', 'credit debit ideal bancontact_card klarna');
    });
    const chip = (name: string) => page.getByRole('radio', { name });
    await expect(chip('Card')).toBeVisible();
    await expect(chip('Klarna')).toBeVisible();
    await expect(chip('iDEAL')).toHaveCount(0);
    await expect(chip('Bancontact')).toHaveCount(0);
    await typeInto(page.getByRole('combobox', { name: 'Country' }), 'nether');
    await page.getByRole('option', { name: 'Netherlands' }).click();
    await expect(chip('iDEAL')).toBeVisible();
    await expect(chip('Bancontact')).toHaveCount(0);
    await expect(chip('Card')).toBeVisible();
    await typeInto(page.getByRole('combobox', { name: 'Country' }), 'belg');
    await page.getByRole('option', { name: 'Belgium' }).click();
    await expect(chip('Bancontact')).toBeVisible();
    await expect(chip('iDEAL')).toHaveCount(0);
  });

  /**
   * Counts the page's number formatters and notes what the checkout had drawn when the first was
   * made: a page's first Intl.NumberFormat is a long task of its own (V8 lists its locales), so the
   * form is drawn, and painted, before it.
   */
  async function watchFirstFormatter(page: Page) {
    await page.addInitScript(() => {
      const drawn = { formDrawn: false, framesAtDraw: 0, amountsAtFirstDraw: '' };
      // Animation frames run so far: one callback is always waiting, so every frame counts.
      let frames = 0;
      const tick = () => {
        frames += 1;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const seen = ((window as any).__formatters = { made: 0, formDrawn: false, framedSinceDrawn: false, amountsAtFirstDraw: '', totalTop: NaN, payHeight: NaN });
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver(() => {
          const total = root.querySelector('[part="total"]');
          const pay = root.querySelector('button[type="submit"]');
          if (drawn.formDrawn || !root.querySelector('#email') || !total || !pay) return;
          drawn.formDrawn = true;
          drawn.amountsAtFirstDraw = `${total.textContent!.trim()} | ${pay.textContent!.trim()}`.replace(/\s+/g, ' ');
          seen.amountsAtFirstDraw = drawn.amountsAtFirstDraw;
          drawn.framesAtDraw = frames;
        }).observe(root, { childList: true, subtree: true, characterData: true });
        return root;
      };
      const Collator = Intl.Collator;
      Intl.Collator = new Proxy(Collator, {
        construct(target, args, newTarget) {
          (window as any).__collators = ((window as any).__collators ?? 0) + 1;
          return Reflect.construct(target, args, newTarget);
        },
      });
      const NumberFormat = Intl.NumberFormat;
      Intl.NumberFormat = new Proxy(NumberFormat, {
        construct(target, args, newTarget) {
          if (seen.made++ === 0) {
            // What the page had when the first formatter was made.
            Object.assign(seen, { formDrawn: drawn.formDrawn, framedSinceDrawn: drawn.formDrawn && frames > drawn.framesAtDraw });
            const root = document.querySelector('dodo-checkout')?.shadowRoot;
            seen.totalTop = root?.querySelector('[part="total"]')?.getBoundingClientRect().top ?? NaN;
            seen.payHeight = root?.querySelector('button[type="submit"]')?.getBoundingClientRect().height ?? NaN;
          }
          return Reflect.construct(target, args, newTarget);
        },
      });
    });
    return () => page.evaluate(() => (window as any).__formatters as { made: number; formDrawn: boolean; framedSinceDrawn: boolean; amountsAtFirstDraw: string; totalTop: number; payHeight: number });
  }

  test('in English the first render draws the amounts, and the page never makes a number formatter or a collator, searching countries included', async ({ page }) => {
    const formatters = await watchFirstFormatter(page);
    await page.goto('/tests/e2e/fixtures/cdn.html');
    await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
    expect((await formatters()).amountsAtFirstDraw, 'the total and Pay, as first drawn').toMatch(/\$24\.00.*\|.*Pay \$24\.00/);
    // The picker's search announces how many countries match: a count, written without Intl too.
    await page.evaluate(() => customElements.whenDefined('dodo-country-combobox'));
    const country = page.getByRole('combobox', { name: 'Country or region' });
    await country.click();
    await typeInto(country, 'united');
    await expect(page.getByRole('option', { name: 'United Kingdom' })).toBeVisible();
    await expect(page.locator('dodo-checkout').getByText(/\d+ (countries|results|matches)/)).not.toHaveCount(0);
    expect((await formatters()).made, 'number formatters made').toBe(0);
    // The English names are sorted without a collator, in the order the browser's own gives.
    const order = await page.evaluate(() => {
      const made = (window as any).__collators ?? 0;
      const picker = document.querySelector('dodo-checkout')!.shadowRoot!.querySelector('dodo-country-combobox')!;
      const names = picker.options.map((option) => option.name);
      return { made, names, sorted: [...names].sort(new Intl.Collator('en').compare) };
    });
    expect(order.made, 'collators made by the checkout').toBe(0);
    expect(order.names).toHaveLength(249);
    expect(order.names).toEqual(order.sorted);
  });

  test('in another language the first render leaves the amounts to a task of their own after a frame, and they come in place', async ({ page }) => {
    await page.route('**/tests/e2e/fixtures/cdn.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<dodo-checkout', '<dodo-checkout locale="de"') });
    });
    const formatters = await watchFirstFormatter(page);
    await page.goto('/tests/e2e/fixtures/cdn.html');
    const element = page.locator('dodo-checkout');
    await expect(element.locator('[part="total"]')).toContainText('24,00');
    const seen = await formatters();
    expect(seen.made).toBeGreaterThan(0);
    expect(seen.formDrawn, 'the form, total line and Pay button included, was drawn before the first number formatter').toBe(true);
    expect(seen.framedSinceDrawn, 'and the browser had a frame to paint it').toBe(true);
    expect(seen.amountsAtFirstDraw).not.toMatch(/24/);
    const after = await element.evaluate((host) => ({
      totalTop: host.shadowRoot!.querySelector('[part="total"]')!.getBoundingClientRect().top,
      payHeight: host.shadowRoot!.querySelector('button[type="submit"]')!.getBoundingClientRect().height,
    }));
    expect(after.totalTop, 'the total line stays where it was drawn').toBeCloseTo(seen.totalTop, 0);
    expect(after.payHeight, 'the Pay button keeps its height').toBeCloseTo(seen.payHeight, 0);
  });

  test('the script\'s task defines the element and renders the contact and address fields, the rest of the form comes in the tasks after it, and the page\'s reserved height is held until the whole form is there', async ({ page }) => {
    await page.route('**/tests/e2e/fixtures/cdn.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text())
        .replace('</head>', '<style>dodo-checkout:not(:defined) { display: block; min-height: 1500px; }</style></head>')
        .replace('</dodo-checkout>', '</dodo-checkout><p id="below">Below the checkout</p>');
      await route.fulfill({ response, body });
    });
    await page.addInitScript(() => {
      const fetched: string[] = [];
      const fetchOriginal = window.fetch;
      window.fetch = function (input, init) {
        fetched.push(String(input instanceof Request ? input.url : input));
        return fetchOriginal.call(this, input, init);
      };
      const define = customElements.define;
      customElements.define = function (name, constructor, options) {
        define.call(this, name, constructor, options);
        if (name !== 'dodo-checkout') return;
        // A timer set now runs after the script's task and its microtasks, and before any timer the element sets in them.
        const host = document.querySelector('dodo-checkout') as HTMLElement & { updateComplete: Promise<boolean> };
        const seen = ((window as any).__afterScript = { defined: false, inputs: -1, pay: true, height: 0, belowTop: 0, fetched: [] as string[], payAtUpdateComplete: false });
        setTimeout(() => {
          Object.assign(seen, {
            defined: host.matches(':defined'),
            inputs: host.shadowRoot?.querySelectorAll('input').length ?? -1,
            pay: host.shadowRoot?.querySelector('button[type="submit"]') != null,
            height: host.getBoundingClientRect().height,
            belowTop: document.getElementById('below')!.getBoundingClientRect().top,
            fetched: fetched.slice(),
          });
          void host.updateComplete.then(() => (seen.payAtUpdateComplete = host.shadowRoot!.querySelector('button[type="submit"]') !== null));
        });
      };
    });
    await page.goto('/tests/e2e/fixtures/cdn.html');
    await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
    const seen = await page.evaluate(() => (window as any).__afterScript as { defined: boolean; inputs: number; pay: boolean; height: number; belowTop: number; fetched: string[]; payAtUpdateComplete: boolean });
    expect(seen.defined).toBe(true);
    expect(seen.inputs, 'the contact and address fields are rendered by the end of the script\'s task').toBeGreaterThanOrEqual(6);
    expect(seen.pay, 'the rest of the form is left to the tasks after it').toBe(false);
    expect(seen.height, 'the defined element keeps the height the page reserved').toBe(1500);
    expect(seen.fetched, 'requests started by the script\'s task (the country names and the rest come after the paint)').toEqual([]);
    expect(seen.payAtUpdateComplete, 'updateComplete waits for the whole form').toBe(true);
    // Once the whole form is there the element is as tall as its form, and the paragraph follows it.
    const after = await page.locator('dodo-checkout').evaluate((host) => ({
      host: host.getBoundingClientRect().height,
      form: host.shadowRoot!.querySelector('.checkout')!.getBoundingClientRect().height,
      belowTop: document.getElementById('below')!.getBoundingClientRect().top,
    }));
    expect(after.host).toBeLessThan(1500);
    expect(after.host).toBeCloseTo(after.form, 0);
    expect(after.belowTop).toBeLessThan(seen.belowTop);
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

  test('the submit path and the live quote check against the script\'s code lists, not copies of them', async ({ request }) => {
    // The packed lists of api/enums.ts: the first country codes, currencies and method types.
    const lists = ['AFAXALDZ', 'AEDALLAMD', 'ach affirm afterpay_clearpay'];
    const text = async (file: string) => (await request.get(`/dist/cdn/${file}`)).text();
    const script = await text('dodo-checkout.js');
    for (const list of lists) expect(script).toContain(list);
    for (const chunk of ['chunks/submit-path.js', 'chunks/quote.js']) {
      const code = await text(chunk);
      expect(code.length, chunk).toBeGreaterThan(1000);
      for (const list of lists) expect(code, `${chunk} carries ${list}`).not.toContain(list);
    }
  });

  test('with a quote endpoint, the live quote module prices a Dutch address: EUR with VAT, in the page\'s language', async ({ page }) => {
    const shown = {
      en: { country: 'Country', search: 'nether', netherlands: 'Netherlands', pay: 'Pay €22.08', vat: /incl\. VAT 21%/ },
      de: { country: 'Land', search: 'nieder', netherlands: 'Niederlande', pay: '22,08 € bezahlen', vat: /inkl\. MwSt\. 21\s%/ },
    };
    for (const [lang, words] of Object.entries(shown)) {
      await page.goto('/tests/e2e/fixtures/cdn-quote.html');
      if (lang !== 'en') await page.locator('dodo-checkout').evaluate((element, value) => element.setAttribute('locale', value), lang);
      await typeInto(page.getByRole('combobox', { name: words.country }), words.search);
      await page.getByRole('option', { name: words.netherlands }).click();
      await expect(page.getByRole('button', { name: words.pay })).toBeVisible();
      await expect(page.locator('dodo-checkout')).toContainText(words.vat);
    }
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

  test('what the form loads after its first paint starts once the page\'s first contentful paint is out, so none of it can hold that paint up', async ({ page }) => {
    await page.goto('/tests/e2e/fixtures/cdn-head.html');
    // The late loads have landed: the picker with its names, the state list, the tables and the submit path.
    await expect(page.getByRole('combobox', { name: /^State/ })).toContainText('Virginia');
    await page.waitForFunction(() => customElements.get('dodo-country-combobox') && performance.getEntriesByType('resource').some((entry) => entry.name.includes('/chunks/submit-path')));
    const { paint, late } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      late: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/cdn\/(chunks|data)\//.test(entry.name))
        .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })),
    }));
    expect(paint, 'the first contentful paint').toBeGreaterThan(0);
    expect(late.map((load) => load.path)).toEqual(expect.arrayContaining(['/cdn/chunks/country-combobox.js', '/cdn/data/countries/en.json', '/cdn/data/subdivisions/US.json', '/cdn/chunks/submit-path.js']));
    expect(late.filter((load) => load.start < paint), `started before the first contentful paint at ${paint} ms`).toEqual([]);
  });

  test('what the form loads after its first paint waits until the browser has reported the page\'s first contentful paint', async ({ page }) => {
    // The browser's paint reports are held back until the test lets them through.
    await page.addInitScript(() => {
      const Native = PerformanceObserver;
      const held: Array<() => void> = [];
      let released = false;
      (window as any).__releasePaints = () => {
        released = true;
        for (const deliver of held.splice(0)) deliver();
      };
      (window as any).PerformanceObserver = class extends Native {
        constructor(callback: PerformanceObserverCallback) {
          super((list, observer) => {
            if (released || !list.getEntries().some((entry) => entry.entryType === 'paint')) callback(list, observer);
            else held.push(() => callback(list, observer));
          });
        }
      };
    });
    const late: string[] = [];
    page.on('request', (request) => {
      if (/\/cdn\/(chunks|data)\//.test(request.url())) late.push(new URL(request.url()).pathname);
    });
    await page.goto('/tests/e2e/fixtures/cdn-head.html');
    await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible();
    await page.waitForTimeout(1_000);
    expect(late, 'loads started before the first contentful paint was reported').toEqual([]);
    await page.evaluate(() => (window as any).__releasePaints());
    await expect(page.getByRole('combobox', { name: /^State/ })).toContainText('Virginia');
    expect(late).toEqual(expect.arrayContaining(['/cdn/chunks/country-combobox.js', '/cdn/data/countries/en.json', '/cdn/data/subdivisions/US.json']));
  });

  test('an English page fetches no locale data', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/tests/e2e/fixtures/cdn.html');
    await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
    expect(requests.filter((url) => url.includes('/cdn/data/locales/'))).toEqual([]);
  });
});
