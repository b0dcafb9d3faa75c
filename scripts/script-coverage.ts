/**
 * `npx tsx scripts/script-coverage.ts [--page=/bench/cdn.html] [--top=12]`: how much of the CDN
 * script the page's startup never calls. V8's function coverage of `dist/cdn/dodo-checkout.js`,
 * taken once the page has settled (as `npm run bench` finds it: the form usable, the country
 * picker and the data in, then quiet): the characters inside functions that had not run, in all
 * and by source module (the script's source map). Under V8's compile hint every one of them is
 * compiled before the script runs.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBenchChromium } from '../tests/chromium.js';
import { opt } from './cli-options.js';
import { NAME_SHIM, STARTUP_PROBE } from './startup-page-probe.js';
import { origin, pagePath, root, server } from './startup-probe.js';

const top = Number(opt('top', '12'));
const SCRIPT = 'dist/cdn/dodo-checkout.js';
const map = new SourceMap(JSON.parse(readFileSync(join(root, `${SCRIPT}.map`), 'utf8')));

const browser = await chromium.launch({ executablePath: findBenchChromium().path, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.addInitScript(NAME_SHIM);
await page.addInitScript(STARTUP_PROBE);
await page.coverage.startJSCoverage({ resetOnNavigation: false });
await page.goto(origin + pagePath);
await page.evaluate(() => (window as any).__bench.settled());
const script = (await page.coverage.stopJSCoverage()).find((entry) => new URL(entry.url).pathname === `/${SCRIPT}`);
await page.close();
if (!script?.source) throw new Error(`${pagePath} did not load /${SCRIPT}`);
// A function's first range is its whole span; marking spans counts each character once where uncalled functions nest.
const uncalled = new Uint8Array(script.source.length);
for (const fn of script.functions) if (fn.ranges[0]!.count === 0) uncalled.fill(1, fn.ranges[0]!.startOffset, fn.ranges[0]!.endOffset);
const lineStarts = [0];
for (let i = 0; i < script.source.length; i += 1) if (script.source[i] === '\n') lineStarts.push(i + 1);
const bySource = new Map<string, number>();
let line = 0;
let total = 0;
for (let offset = 0; offset < script.source.length; offset += 1) {
  if (!uncalled[offset]) continue;
  while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line += 1;
  const entry = map.findEntry(line, offset - lineStarts[line]!) as { originalSource?: string };
  const source = (entry.originalSource ?? '(unmapped)').replace(/^(\.\.\/)+/, '');
  bySource.set(source, (bySource.get(source) ?? 0) + 1);
  total += 1;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${pagePath} settled: ${kb(total)} of the script's ${kb(script.source.length)} in functions never called`);
for (const [source, bytes] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${kb(bytes).padStart(8)}  ${source}`);
await browser.close();
server.close();
