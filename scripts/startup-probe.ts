/**
 * What the startup probes (`profile-startup.ts`, `trace-startup.ts`, `browser-contention.ts`…)
 * share: their options (`--cpu=4 --runs=3 --page=/bench/cdn.html`), the bench's static server
 * (`bench-server.ts`) over the whole repository and `/peer/`, so a page is served as `npm run bench` serves it,
 * and a traced load of the page.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright';
import { BENCH_CACHE_DIR, startBenchServer } from './bench-server.js';
import { opt } from './cli-options.js';

export const cpu = Number(opt('cpu', '4'));
export const runs = Number(opt('runs', '3'));
export const pagePath = opt('page', '/bench/cdn.html');
export const root = resolve(import.meta.dirname, '..');

/** `/peer/` as `npm run bench` serves it, so `--page=/bench/lit-fields.html` works once a bench run built the reference. */
export const { server, origin } = await startBenchServer({ mounts: [['/peer/', BENCH_CACHE_DIR], ['/', root]] });

/**
 * A page in a fresh context, as `npm run bench` makes them (1000×900), its CPU throttled to `cpu`×;
 * `initScripts` run before the page's own. The caller closes the context.
 */
export async function throttledPage(browser: Browser, initScripts: readonly string[] = []): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  for (const script of initScripts) await page.addInitScript(script);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { context, page, cdp };
}

/** Chromium's trace events for a task a thread ran. */
export const TASK_EVENT = /^(RunTask|ThreadControllerImpl::RunTask|ThreadPool_RunTask)$/;

/** A Chromium trace event, as much of it as the probes read. */
export interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: any }

/**
 * One load of `pagePath` in a fresh context (as `npm run bench` makes them) at `cpu`×, traced with
 * `categories` until `settleMs` after the load event: the trace as written, its events, and the
 * page's `ParseHTML`, which names the renderer's main thread (undefined when the trace has none).
 */
export async function tracedLoad(browser: Browser, categories: string[], settleMs: number): Promise<{ raw: string; events: TraceEvent[]; parse: TraceEvent | undefined }> {
  const { context, page } = await throttledPage(browser);
  await browser.startTracing(page, { categories });
  await page.goto(origin + pagePath, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const raw = (await browser.stopTracing()).toString();
  await context.close();
  const events = (JSON.parse(raw) as { traceEvents: TraceEvent[] }).traceEvents;
  const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes(pagePath));
  return { raw, events, parse };
}

/**
 * The tasks of one thread that no other of them holds: Chromium nests task events (a `RunTask`
 * inside another), and a nested one is part of the task that holds it.
 */
export function topLevelTasks(tasks: readonly TraceEvent[]): TraceEvent[] {
  const top: TraceEvent[] = [];
  for (const e of [...tasks].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) if (!top.length || e.ts >= top.at(-1)!.ts + top.at(-1)!.dur!) top.push(e);
  return top;
}
