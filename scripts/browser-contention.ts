/**
 * `npx tsx scripts/browser-contention.ts [--cpu=1] [--runs=10] [--page=/bench/cdn.html] [--span=300]`:
 * what else runs on the machine's cores while a page starts, in Debian's full Chromium and in its
 * headless shell (`chromium-headless-shell`, the same Chromium build without the browser's own
 * UI), each load in a fresh context as `npm run bench` makes them, the two browsers interleaved.
 * From a trace of each load, over the first `--span` ms after navigation start: the CPU time of
 * each process (browser, the page's renderer, a "WebUI Top Renderer" when one runs, GPU: the median
 * over the loads where the process ran, and in how many it did), and the
 * page's main thread, its tasks' wall time against the time the thread ran (a task's wall time
 * longer than its thread time is time it waited for a core). Medians; prints figures, asserts nothing.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, findChromium, HEADLESS_SHELL } from '../tests/chromium.js';
import { opt } from './cli-options.js';
import { cpu, pagePath, runs, server, TASK_EVENT, topLevelTasks, tracedLoad, type TraceEvent } from './startup-probe.js';
import { median } from './stats.js';

const span = Number(opt('span', '300'));

interface Sample { byProcess: Map<string, number>; mainWall: number; mainThread: number; longestWall: number; longestThread: number }

async function load(browser: Browser): Promise<Sample> {
  const { events, parse } = await tracedLoad(browser, ['toplevel', 'devtools.timeline', '__metadata'], span);
  if (!parse) throw new Error(`no ParseHTML of ${pagePath} in the trace`);
  const start = events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid)?.ts ?? parse.ts;
  const names = new Map<number, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'process_name') names.set(e.pid, e.args.name);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || !TASK_EVENT.test(e.name) || e.ts < start || e.ts >= start + span * 1000) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key)!.push(e);
  }
  const byProcess = new Map<string, number>();
  let top: TraceEvent[] = [];
  for (const [key, tasks] of byThread) {
    // Each thread's top-level tasks only: a nested task event is part of the task that holds it.
    const threadTop = topLevelTasks(tasks);
    const pid = Number(key.split(':')[0]);
    const name = pid === parse.pid ? 'the page\'s renderer' : names.get(pid) ?? 'other';
    byProcess.set(name, (byProcess.get(name) ?? 0) + threadTop.reduce((sum, e) => sum + (e.tdur ?? e.dur!), 0) / 1000);
    if (key === `${parse.pid}:${parse.tid}`) top = threadTop;
  }
  const longest = top.reduce<TraceEvent | undefined>((a, e) => (!a || e.dur! > a.dur! ? e : a), undefined);
  return {
    byProcess,
    mainWall: top.reduce((sum, e) => sum + e.dur!, 0) / 1000,
    mainThread: top.reduce((sum, e) => sum + (e.tdur ?? e.dur!), 0) / 1000,
    longestWall: (longest?.dur ?? 0) / 1000,
    longestThread: (longest?.tdur ?? longest?.dur ?? 0) / 1000,
  };
}

const browsers: [string, string][] = [['Chromium', findChromium()]];
if (existsSync(HEADLESS_SHELL)) browsers.push(['headless shell', HEADLESS_SHELL]);
else console.log(`${HEADLESS_SHELL} is missing (Debian: apt-get install -y chromium-headless-shell): full Chromium only.\n`);
const launched = await Promise.all(browsers.map(([, path]) => chromium.launch({ executablePath: path, args: CHROMIUM_ARGS })));
const samples = browsers.map(() => [] as Sample[]);
for (let run = 0; run <= runs; run += 1) {
  for (const [i, browser] of launched.entries()) {
    const sample = await load(browser);
    if (run > 0) samples[i]!.push(sample);
  }
}
await Promise.all(launched.map((browser) => browser.close()));
server.close();

console.log(`${pagePath}, CPU ${cpu}×, ${runs} fresh contexts a browser, the first ${span} ms after navigation start; medians\n`);
const kinds = [...new Set(samples.flat().flatMap((s) => [...s.byProcess.keys()]))].sort();
const rows: [string, (s: Sample[]) => string][] = [
  ...kinds.map((kind): [string, (s: Sample[]) => string] => [
    `CPU time: ${kind}, ms (loads where it ran)`,
    (s) => {
      const ran = s.flatMap((x) => (x.byProcess.has(kind) ? [x.byProcess.get(kind)!] : []));
      return ran.length ? `${median(ran).toFixed(1)} (${ran.length} of ${s.length})` : `— (0 of ${s.length})`;
    },
  ]),
  ['the page\'s main thread: tasks\' wall time, ms', (s) => median(s.map((x) => x.mainWall)).toFixed(1)],
  ['the page\'s main thread: time it ran in them, ms', (s) => median(s.map((x) => x.mainThread)).toFixed(1)],
  ['the page\'s longest task: wall time, ms', (s) => median(s.map((x) => x.longestWall)).toFixed(1)],
  ['the page\'s longest task: time the thread ran, ms', (s) => median(s.map((x) => x.longestThread)).toFixed(1)],
];
console.log(`| | ${browsers.map(([name]) => name).join(' | ')} |\n|:--|${browsers.map(() => '--:').join('|')}|`);
for (const [label, cell] of rows) console.log(`| ${label} | ${samples.map(cell).join(' | ')} |`);
