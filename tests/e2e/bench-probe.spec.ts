/**
 * The startup benchmark's in-page probe (scripts/startup-page-probe.ts) on pages the parser reads
 * in pieces, as it reads a server-rendered checkout: the moment it reports the form usable must be
 * the moment the field is in the page and visible, not a later mutation of the document.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { NAME_SHIM, STARTUP_PROBE } from '../../scripts/startup-page-probe.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads one page served in three pieces, 400 ms apart, under the probe. The first and the last
 * piece note when they were parsed (a script, itself a mutation of the document); the middle one
 * brings the field alone. Returns what the probe reported and those two times.
 */
async function probeStreamedPage(page: Page, pieces: readonly [string, string, string]) {
  const server = createServer(async (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    for (const [index, piece] of pieces.entries()) {
      if (index > 0) await pause(400);
      response.write(index === 1 ? piece : `<script>(window.__pieces ??= []).push(performance.now())</script>${piece}`);
    }
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await page.addInitScript(NAME_SHIM);
    await page.addInitScript(STARTUP_PROBE);
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { waitUntil: 'load' });
    return await page.evaluate(() => ({ usable: (window as any).__bench.usable as number, input: (window as any).__bench.usableInput as string, pieces: (window as any).__pieces as number[] }));
  } finally {
    server.close();
  }
}

test.describe('the startup probe', () => {
  test.beforeEach(({ browserName }) => {
    test.skip(browserName !== 'chromium', 'The benchmark runs in Chromium.');
  });

  const pages: { what: string; pieces: [string, string, string] }[] = [
    {
      what: 'a declarative shadow root’s field, whose host came in an earlier piece',
      pieces: [
        '<!doctype html><html lang="en"><body><main><dodo-checkout>',
        '<template shadowrootmode="open"><label>Email <input name="email" type="email"></label></template>',
        '</dodo-checkout><p>After the form.</p></main></body></html>',
      ],
    },
    {
      what: 'a static form’s field',
      pieces: ['<!doctype html><html lang="en"><body><main><form>', '<label>Email <input name="email" type="email"></label>', '</form><p>After the form.</p></main></body></html>'],
    },
  ];
  for (const { what, pieces } of pages) {
    test(`reports ${what} usable when it is parsed`, async ({ page }) => {
      const { usable, input, pieces: parsed } = await probeStreamedPage(page, pieces);
      expect(input).toBe('email');
      // When the piece with the field came (400 ms after the first), not when the next one brought
      // the document's next mutation (400 ms later still).
      expect(usable).toBeGreaterThan(parsed[0]! + 300);
      expect(usable).toBeLessThan(parsed[1]! - 200);
    });
  }
});
