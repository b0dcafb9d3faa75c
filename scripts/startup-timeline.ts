/**
 * `npx tsx scripts/startup-timeline.ts [--cpu=1] [--runs=15] [--pages=/bench/static-form.html,/bench/cdn.html]`:
 * when each page reached the points of its startup, medians over fresh browser contexts with the
 * pages interleaved run by run (one uncounted warm-up round): the document's last byte, its
 * stylesheet's and the checkout script's request and last byte (resource timing), the end of the
 * parse (`domInteractive`), the first paint, `customElements.define('dodo-checkout')` (the script
 * has been compiled and run up to its definition), and the bench's own "usable" and "shown" form
 * (the probe `npm run bench` installs). Times in ms from navigation start.
 */
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBenchChromium } from '../tests/chromium.js';
import { opt } from './cli-options.js';
import { NAME_SHIM, STARTUP_PROBE } from './startup-page-probe.js';
import { cpu, origin, runs, server, throttledPage } from './startup-probe.js';
import { median } from './stats.js';

const pages = opt('pages', '/bench/static-form.html,/bench/cdn.html').split(',');

/** Notes when the checkout's class is defined. */
const DEFINED = `(() => {
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name === 'dodo-checkout') window.__defined = performance.now();
    return define(name, constructor, options);
  };
})();`;

type Point = 'document' | 'stylesheet requested' | 'stylesheet' | 'script requested' | 'script' | 'parse done' | 'first paint' | 'defined' | 'usable' | 'shown';
const samples = new Map<string, Map<Point, number[]>>();

const browser = await chromium.launch({ executablePath: findBenchChromium().path, args: CHROMIUM_ARGS });
for (let run = 0; run <= runs; run += 1) {
  for (const path of pages) {
    const { context, page } = await throttledPage(browser, [NAME_SHIM, STARTUP_PROBE, DEFINED]);
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.waitForFunction(() => Number.isFinite((window as any).__bench.shown));
    const points = await page.evaluate(() => {
      const resource = (suffix: string) => performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.endsWith(suffix)) as PerformanceResourceTiming | undefined;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const stylesheet = resource('page.css');
      const script = resource('dodo-checkout.js');
      const probe = (window as any).__bench;
      return {
        document: navigation.responseEnd,
        'stylesheet requested': stylesheet?.requestStart ?? NaN,
        stylesheet: stylesheet?.responseEnd ?? NaN,
        'script requested': script?.requestStart ?? NaN,
        script: script?.responseEnd ?? NaN,
        'parse done': navigation.domInteractive,
        'first paint': performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
        defined: (window as any).__defined ?? NaN,
        usable: probe.usable,
        shown: probe.shown,
      } satisfies Record<Point, number>;
    });
    await context.close();
    if (run === 0) continue;
    if (!samples.has(path)) samples.set(path, new Map());
    for (const [point, value] of Object.entries(points) as [Point, number][]) {
      const values = samples.get(path)!.get(point) ?? [];
      values.push(value);
      samples.get(path)!.set(point, values);
    }
  }
}
await browser.close();
server.close();

console.log(`CPU ${cpu}×, ${runs} runs a page, medians in ms from navigation start\n`);
const columns = [...samples.keys()];
const points = [...samples.get(columns[0]!)!.keys()];
console.log(`| point | ${columns.join(' | ')} |\n|:--|${columns.map(() => '--:').join('|')}|`);
for (const point of points) {
  const cells = columns.map((path) => {
    const measured = samples.get(path)!.get(point)!.filter(Number.isFinite);
    return measured.length ? median(measured).toFixed(1) : '';
  });
  console.log(`| ${point} | ${cells.join(' | ')} |`);
}
