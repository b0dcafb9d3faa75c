/**
 * `npx tsx scripts/trace-startup.ts [--cpu=4] [--runs=3] [--page=/bench/cdn.html] [--over=50] [--save=trace]`:
 * the main thread's tasks while the CDN checkout starts, from a Chromium trace. For each task
 * over `--over` ms (50: a long task) before the page settles, prints when it started and what it
 * spent its time on (compile, script evaluation, style, layout, parse, microtasks…), as self time
 * of each trace event name. `--save=name` also writes each run's trace as `name-N.json`, to open in
 * the DevTools performance panel.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBenchChromium } from '../tests/chromium.js';
import { opt } from './cli-options.js';
import { cpu, origin, runs, server, TASK_EVENT, topLevelTasks, tracedLoad, type TraceEvent } from './startup-probe.js';

const over = Number(opt('over', '50')) * 1000;
const save = opt('save', '');

const browser = await chromium.launch({ executablePath: findBenchChromium().path, args: CHROMIUM_ARGS });
for (let run = 0; run < runs; run += 1) {
  const { raw, events: traced, parse } = await tracedLoad(browser, ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'disabled-by-default-devtools.timeline', 'toplevel'], 2500);
  if (save) writeFileSync(`${save}-${run + 1}.json`, raw);
  const events = traced.filter((e) => e.ph === 'X' && e.dur !== undefined);
  // The renderer main thread: where the page's ParseHTML ran.
  if (!parse) { console.log('no ParseHTML found'); continue; }
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Nested task events are part of the task that holds them, not tasks of their own.
  const tasks = topLevelTasks(main.filter((e) => TASK_EVENT.test(e.name))).filter((e) => e.dur! > over);
  const t0 = main.find((e) => e.name === 'ParseHTML')!.ts;
  console.log(`\nrun ${run + 1}, CPU ${cpu}×: ${tasks.length} task(s) over ${over / 1000} ms`);
  const offMain = scriptCompiledOffMain(events, main, parse.pid, t0);
  if (offMain) console.log(`  ${offMain}`);
  for (const task of tasks) {
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    // Self time per event name: duration minus children's.
    const self = new Map<string, number>();
    const stack: TraceEvent[] = [];
    for (const e of inside) {
      while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(label(parent), (self.get(label(parent)) ?? 0) - e.dur!);
      self.set(label(e), (self.get(label(e)) ?? 0) + e.dur!);
      stack.push(e);
    }
    // What the trace accounts for: the events inside the task that no other event inside it holds.
    const covered = topLevelTasks(inside).reduce((sum, e) => sum + e.dur!, 0);
    console.log(`  task at +${((task.ts - t0) / 1000).toFixed(0)} ms, ${(task.dur! / 1000).toFixed(1)} ms (untraced ${((task.dur! - covered) / 1000).toFixed(1)} ms):`);
    for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) if (us > 1000) console.log(`    ${(us / 1000).toFixed(1).padStart(7)} ms  ${name}`);
  }
}
/**
 * The page's first classic script compiled off the main thread (V8 streams it and compiles it on a
 * worker as its bytes come; with the bundle's compile hint every function, not only the top
 * level): the worker's parse and compile time (and its wait for bytes), and how much of that span
 * the main thread had work of its own. The script cannot run before its compile ends, so the
 * main thread's idle time in the span is time the compile adds to the usable form.
 */
function scriptCompiledOffMain(events: TraceEvent[], main: TraceEvent[], pid: number, t0: number): string | undefined {
  const compiled = main.find((e) => e.name === 'v8.compile' && /\.js(\?|$)/.test(String(e.args?.data?.url ?? '')));
  if (!compiled) return undefined;
  const url = String(compiled.args.data.url);
  const stream = events.find((e) => e.pid === pid && e.name === 'BackgroundJSStreamManager::RunScriptStreamingTask' && e.args?.url === url && e.ts + e.dur! <= compiled.ts);
  if (!stream) return `${url.replace(origin, '')}: not streamed (compiled on the main thread)`;
  const within = (e: TraceEvent) => e.pid === pid && e.tid === stream.tid && e.ts >= stream.ts && e.ts + e.dur! <= stream.ts + stream.dur!;
  const sum = (name: string) => events.filter((e) => e.name === name && within(e)).reduce((total, e) => total + e.dur!, 0);
  const parsing = sum('v8.parseOnBackgroundParsing');
  const waiting = sum('v8.parseOnBackgroundWaiting');
  // The worker hands the compiled script over in a task of its own once streaming ends.
  const handover = events.filter((e) => e.pid === pid && e.tid !== main[0]!.tid && e.name === 'BackgroundJSStreamManager::OnFinishStreaming' && e.ts >= stream.ts + stream.dur! && e.ts <= compiled.ts);
  const from = stream.ts;
  const to = Math.max(stream.ts + stream.dur!, ...handover.map((e) => e.ts + e.dur!));
  const busy = topLevelTasks(main.filter((e) => TASK_EVENT.test(e.name))).reduce((total, e) => total + Math.max(0, Math.min(e.ts + e.dur!, to) - Math.max(e.ts, from)), 0);
  const evaluated = main.find((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '') === url && e.ts >= compiled.ts) ?? compiled;
  const at = (ts: number) => `+${((ts - t0) / 1000).toFixed(0)} ms`;
  const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`;
  return `${url.replace(origin, '')} off the main thread from ${at(from)} to ${at(to)}: parse and compile ${ms(parsing)}, waiting for bytes ${ms(waiting)}, handover ${ms(handover.reduce((total, e) => total + e.dur!, 0))}; main thread busy ${ms(busy)}, idle ${ms(to - from - busy)} of that span; evaluated from ${at(evaluated.ts)}`;
}

function label(e: TraceEvent): string {
  const url = e.args?.data?.url ?? e.args?.data?.fileName ?? e.args?.fileName ?? '';
  return url ? `${e.name} ${String(url).replace(origin, '')}` : e.name;
}
await browser.close();
server.close();
