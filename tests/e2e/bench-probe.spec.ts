/**
 * The startup benchmark's in-page probe (scripts/startup-page-probe.ts) on pages the parser reads
 * in pieces, as it reads a server-rendered checkout: the moment it reports the form usable must be
 * the moment the field is in the page and visible, not a later mutation of the document.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as pause } from 'node:timers/promises';
import { expect, test, type Page } from '@playwright/test';
import { NAME_SHIM, STARTUP_PROBE, startupProbe } from '../../scripts/startup-page-probe.js';

/** Notes when the parser reached it: a script, itself a mutation of the document. */
const MARK = '<script>(window.__marks ??= []).push(performance.now())</script>';

/** Counts the timeouts the page's scripts ask for (installed before the probe). */
const COUNT_TIMEOUTS = `(() => {
  const setTimeout = window.setTimeout.bind(window);
  window.__timeouts = 0;
  window.setTimeout = (...args) => { window.__timeouts++; return setTimeout(...args); };
})();`;

/** Loads one page served in pieces, 400 ms apart, under the probe; returns what it reported, the marks' times and the timeouts asked for. */
async function probeStreamedPage(page: Page, pieces: readonly string[], probe = STARTUP_PROBE) {
  const server = createServer(async (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    for (const [index, piece] of pieces.entries()) {
      if (index > 0) await pause(400);
      response.write(piece);
    }
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await page.addInitScript(NAME_SHIM);
    await page.addInitScript(COUNT_TIMEOUTS);
    await page.addInitScript(probe);
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    return await page.evaluate(() => ({
      usable: (window as any).__bench.usable as number,
      input: (window as any).__bench.usableInput as string,
      marks: (window as any).__marks as number[],
      timeouts: (window as any).__timeouts as number,
      compatMode: document.compatMode,
    }));
  } finally {
    server.close();
  }
}

test.describe('the startup probe', () => {
  test.beforeEach(({ browserName }) => {
    test.skip(browserName !== 'chromium', 'The benchmark runs in Chromium.');
  });

  const fieldPages: { what: string; pieces: [string, string, string] }[] = [
    {
      what: 'a declarative shadow root’s field, whose host came in an earlier piece',
      pieces: [
        `<!doctype html><html lang="en"><body>${MARK}<main><dodo-checkout>`,
        '<template shadowrootmode="open"><label>Email <input name="email" type="email"></label></template>',
        `</dodo-checkout>${MARK}<p>After the form.</p></main></body></html>`,
      ],
    },
    {
      what: 'a static form’s field',
      pieces: [`<!doctype html><html lang="en"><body>${MARK}<main><form>`, '<label>Email <input name="email" type="email"></label>', `</form>${MARK}<p>After the form.</p></main></body></html>`],
    },
  ];
  for (const { what, pieces } of fieldPages) {
    test(`reports ${what} usable when it is parsed`, async ({ page }) => {
      const { usable, input, marks, compatMode } = await probeStreamedPage(page, pieces);
      expect(compatMode).toBe('CSS1Compat');
      expect(input).toBe('email');
      // When the piece with the field came, after the first one, and not when the next one brought
      // the document's next mutation, 400 ms later.
      expect(usable).toBeGreaterThan(marks[0]!);
      expect(usable).toBeLessThan(marks[1]! - 200);
    });
  }

  test('adds no timeouts for a host the parser has gone past, which no declarative root can reach', async ({ page }) => {
    const { input, timeouts } = await probeStreamedPage(page, [
      '<!doctype html><html lang="en"><body><main><dodo-checkout></dodo-checkout><p>A host that waits for its script.</p>',
      '<form><label>Email <input name="email" type="email"></label></form>',
      '</main></body></html>',
    ]);
    expect(input).toBe('email');
    expect(timeouts).toBe(0);
  });

  /** A checkout's shadow root as the probe sees it once the late work is in, or part of it: the picker's options are set as Lit's binding sets them, defined or not. */
  const lateWorkPage = ({ pickerDefined, names, states }: { pickerDefined: boolean; names: boolean; states: boolean }) =>
    `<!doctype html><html lang="en"><body><main><dodo-checkout><template shadowrootmode="open"><label>Email <input name="email" type="email"></label>
      <dodo-country-combobox></dodo-country-combobox>
      <select id="state"><option value="">State</option>${states ? '<option value="CA">California</option>' : ''}</select></template></dodo-checkout>
      <script>
        const picker = document.querySelector('dodo-checkout').shadowRoot.querySelector('dodo-country-combobox');
        picker.options = [{ code: 'US', name: ${names ? "'United States'" : "'US'"} }, { code: 'FR', name: ${names ? "'France'" : "'FR'"} }];
        ${pickerDefined ? "customElements.define('dodo-country-combobox', class extends HTMLElement {});" : ''}
      </script></main></body></html>`;
  const LATE_WORK_MS = 1500;
  const settle = (page: Page) =>
    page.evaluate(async () => {
      const started = performance.now();
      await (window as any).__bench.settled();
      const now = performance.now();
      return { lateWork: (window as any).__bench.lateWork as string, tookMs: now - started, sinceShown: now - ((window as any).__bench.shown as number) };
    });

  test('settles a checkout page once its picker is defined with names and its state list is filled', async ({ page }) => {
    await probeStreamedPage(page, [lateWorkPage({ pickerDefined: true, names: true, states: true })], startupProbe(LATE_WORK_MS));
    const { lateWork, tookMs } = await settle(page);
    expect(lateWork).toBe('');
    // Only the quiet wait, not the limit.
    expect(tookMs).toBeLessThan(LATE_WORK_MS);
  });

  const missing: { what: string; page: Parameters<typeof lateWorkPage>[0]; lateWork: string }[] = [
    { what: 'a picker given the codes as names, not yet defined', page: { pickerDefined: false, names: false, states: true }, lateWork: 'the country picker with its names' },
    { what: 'a picker given the names, not yet defined', page: { pickerDefined: false, names: true, states: true }, lateWork: 'the country picker with its names' },
    { what: 'a picker defined with the codes as names', page: { pickerDefined: true, names: false, states: true }, lateWork: 'the country picker with its names' },
    { what: 'a state list never filled', page: { pickerDefined: true, names: true, states: false }, lateWork: 'the state list' },
    { what: 'neither', page: { pickerDefined: false, names: false, states: false }, lateWork: 'the country picker with its names and the state list' },
  ];
  for (const { what, page: shape, lateWork: expected } of missing) {
    test(`settles a checkout page whose late work never comes (${what}) after its limit, and says what did not come`, async ({ page }) => {
      await probeStreamedPage(page, [lateWorkPage(shape)], startupProbe(LATE_WORK_MS));
      const { lateWork, sinceShown } = await settle(page);
      expect(lateWork).toBe(expected);
      // The limit counts from the form shown (which may come well before settled() is called, on a busy machine).
      expect(sinceShown).toBeGreaterThanOrEqual(LATE_WORK_MS);
    });
  }
});
