/**
 * `npx tsx scripts/profile-startup.ts [--cpu=4] [--runs=3] [--page=/bench/cdn.html] [--tail=ms]`: where the
 * CDN script's startup time goes. Loads the page in headless Chromium with the CDP sampling
 * profiler on, then prints, for the main thread up to the first text input being usable and for
 * the long tasks in that span: self time by source module (from the bundle's source maps), by
 * Lit/other package, and the longest tasks with what they ran. Prints figures; asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMap } from 'node:module';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBenchChromium } from '../tests/chromium.js';
import { opt } from './cli-options.js';
import { NAME_SHIM, STARTUP_PROBE } from './startup-page-probe.js';
import { cpu, origin, pagePath, root, runs, server, throttledPage } from './startup-probe.js';

/** `--tail=ms`: keep profiling that long after the form is usable, to see the tasks that follow it. */
const tail = Number(opt('tail', '0'));

const maps = new Map<string, SourceMap | null>();
function mapFor(url: string): SourceMap | null {
  if (!maps.has(url)) {
    const path = join(root, new URL(url).pathname) + '.map';
    maps.set(url, existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  return maps.get(url)!;
}
const shorten = (source: string) => source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '').replace(/^src\//, 'src/');
function where(frame: { url: string; lineNumber: number; columnNumber: number; functionName: string }): string {
  if (!frame.url) return `(${frame.functionName || 'program'})`;
  const map = frame.url.startsWith(origin) ? mapFor(frame.url) : null;
  if (!map) return frame.url.replace(origin, '');
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number };
  return entry.originalSource ? shorten(entry.originalSource) : frame.url.replace(origin, '');
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; lineNumber: number; columnNumber: number; functionName: string }; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const browser = await chromium.launch({ executablePath: findBenchChromium().path, args: CHROMIUM_ARGS });
const total = new Map<string, number>();
const functions = new Map<string, number>();
for (let run = 0; run < runs; run += 1) {
  // The bench's own probe tells when the form is usable (a declarative shadow root included); the
  // profile starts with the document and counts samples up to that moment (plus `--tail`).
  const { context, page, cdp } = await throttledPage(browser, [NAME_SHIM, STARTUP_PROBE, `window.__profiled = performance.now(); console.profile('startup');`]);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const finished = new Promise<CpuProfile>((done) => cdp.on('Profiler.consoleProfileFinished', (event) => done(event.profile)));
  await page.goto(origin + pagePath, { waitUntil: 'load' });
  await page.waitForFunction((wait) => performance.now() >= (window as any).__bench.usable + wait, tail);
  await page.evaluate(() => console.profileEnd('startup'));
  const profile = await finished;
  await page.waitForTimeout(300);
  const facts = await page.evaluate(() => ({ usable: (window as any).__bench.usable as number, profiled: (window as any).__profiled as number, long: (window as any).__bench.longTaskTimes as [number, number][] }));
  await context.close();
  const until = facts.usable + tail;

  // Self time per node: each sample holds until the next.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  // Each long task's own self time by module: a sample's time on the page's clock is the profile's
  // start (taken in the page) plus the deltas so far. The totals stop at usable (+ tail); a long
  // task that began by then is broken down whole, since the probe notes usable in the middle of
  // the task that rendered the field and the profile ends only after that task.
  const inTask = facts.long.map(() => new Map<string, number>());
  let at = facts.profiled;
  for (let i = 0; i < samples.length; i += 1) {
    at += (profile.timeDeltas?.[i] ?? 0) / 1000;
    const dt = (profile.timeDeltas?.[i + 1] ?? 0) / 1000;
    if (at <= until) self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + dt);
    const task = facts.long.findIndex(([start, duration]) => at >= start && at < start + duration);
    if (task >= 0) {
      const node = byId.get(samples[i]!)!;
      const key = `${node.callFrame.functionName || '(anonymous)'} @ ${where(node.callFrame)}`;
      inTask[task]!.set(key, (inTask[task]!.get(key) ?? 0) + dt);
    }
  }
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    const key = where(node.callFrame);
    total.set(key, (total.get(key) ?? 0) + ms / runs);
    const fn = `${node.callFrame.functionName || '(anonymous)'} @ ${key}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms / runs);
  }
  console.log(`run ${run + 1}: usable at ${facts.usable.toFixed(1)} ms; long tasks ${facts.long.map(([s, d]) => `${d.toFixed(0)} ms at ${s.toFixed(0)}`).join(', ') || 'none'}`);
  facts.long.forEach(([start, duration], i) => {
    if (start > until) return;
    const busiest = [...inTask[i]!].filter(([k]) => !k.startsWith('(idle')).sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`  long task at ${start.toFixed(0)} ms (${duration.toFixed(0)} ms): ${busiest.map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ')}`);
  });
}
await browser.close();
server.close();

const top = (m: Map<string, number>, n: number) => [...m].filter(([k]) => !k.startsWith('(idle')).sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`\nSelf time by source, mean of ${runs} runs at CPU ${cpu}× (navigation until the first input is usable${tail ? `, then ${tail} ms` : ''}), ms`);
for (const [k, v] of top(total, 40)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
console.log('\nTop functions');
for (const [k, v] of top(functions, 40)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
