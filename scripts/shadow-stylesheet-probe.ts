/**
 * `npx tsx scripts/shadow-stylesheet-probe.ts [--delay=400] [--runs=3]`: what a browser's parser
 * does at a `<link rel="stylesheet">` in a declarative shadow root while the stylesheet is on its
 * way, the case of a server-rendered checkout with `styles: 'link'`. The page holds a shadow root
 * with the link first and a field after it, then a paragraph after the host; the stylesheet is
 * answered `--delay` ms late. Prints, per browser, when the field and the paragraph were parsed
 * and when the stylesheet arrived (page time, ms, medians). A parser that waits for the
 * stylesheet parses both only after it arrives.
 */
import { createServer } from 'node:http';
import { chromium, firefox, type Browser } from 'playwright';
import { CHROMIUM_ARGS, findBenchChromium } from '../tests/chromium.js';
import { findFirefox, firefoxEnv } from '../tests/firefox.js';
import { opt } from './cli-options.js';
import { median } from './stats.js';

const delay = Number(opt('delay', '400'));
const runs = Number(opt('runs', '3'));

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stylesheet in a shadow root</title>
<script src="/watch.js"></script><link rel="preload" as="style" href="/late.css"></head><body>
<x-form><template shadowrootmode="open"><link rel="stylesheet" href="/late.css"><label>Email <input id="email"></label></template></x-form>
<p id="after">After the form.</p></body></html>`;

/** Notes, in page time, when the field inside the shadow root and the paragraph after its host are first in the document. */
const WATCH = `window.seen = {};
new MutationObserver(() => {
  const now = performance.now();
  if (document.querySelector('x-form')?.shadowRoot?.getElementById('email')) seen.field ??= now;
  if (document.getElementById('after')) seen.after ??= now;
}).observe(document, { childList: true, subtree: true });`;

const server = createServer((request, response) => {
  if (request.url === '/late.css') return void setTimeout(() => response.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'no-store' }).end('label { display: grid }'), delay);
  if (request.url === '/watch.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(WATCH);
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(PAGE);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;


async function probe(name: string, launch: () => Promise<Browser>): Promise<void> {
  const browser = await launch();
  const label = `${name} ${browser.version()}`;
  const samples: { field: number; after: number; stylesheet: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    samples.push(
      await page.evaluate(() => {
        const { field, after } = (window as unknown as { seen: { field: number; after: number } }).seen;
        const sheet = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/late.css')) as PerformanceResourceTiming;
        return { field, after, stylesheet: sheet.responseEnd };
      }),
    );
    await page.close();
  }
  await browser.close();
  const [field, after, stylesheet] = (['field', 'after', 'stylesheet'] as const).map((key) => median(samples.map((s) => s[key])).toFixed(0));
  const waits = Number(field) >= Number(stylesheet) - 1;
  console.log(`${label.padEnd(24)} field parsed ${field.padStart(4)} ms, paragraph after the host ${after.padStart(4)} ms, stylesheet arrived ${stylesheet.padStart(4)} ms: the parser ${waits ? 'waits for the stylesheet' : 'goes on'}`);
}

console.log(`A stylesheet linked first in a declarative shadow root, answered ${delay} ms late; medians of ${runs} loads.`);
await probe('Chromium', () => chromium.launch({ executablePath: findBenchChromium().path, args: CHROMIUM_ARGS }));
await probe('Firefox', () => firefox.launch({ channel: 'moz-firefox', executablePath: findFirefox(), env: firefoxEnv() } as Parameters<typeof firefox.launch>[0]));
server.close();
