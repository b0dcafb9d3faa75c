/**
 * `npm run bench` (issue 8): startup, interaction, Lighthouse and peer figures in headless
 * Chromium. Prints tables; asserts nothing. Needs `npm run build` first (it builds when dist/cdn
 * is missing). Options: --runs=N (startup runs per page and CPU rate, default 20), --quick (5),
 * --no-lighthouse, --no-peer, --json (writes test-results/bench.json).
 *
 * Pages (bench/): cdn.html (the CDN bundle, deferred, as the README shows), static-form.html (the
 * floor: the same fields as plain HTML), adyen-address.html (the peer, built from npm by
 * bench/peers/vite.config.ts). They are served by a small static server here, so the figures
 * include a real HTTP fetch from localhost but no network.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { COUNTRY_CODES } from '../src/api/enums.js';
import { names as englishNames } from '../src/intl/data/countries/en.js';
import { decodeCountryNames } from '../src/intl/country-names.js';
import { SUBDIVISION_LOADERS } from '../src/intl/data/subdivisions/index.js';
import { CHROMIUM_ARGS, findChromium } from '../tests/chromium.js';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const runs = flag('quick') ? 5 : Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 20);
const root = resolve(import.meta.dirname, '..');
const peerDir = join(root, 'node_modules/.cache/dodo-bench');
const deadline = Date.now() + 6 * 60_000; // bounded: sections after this are skipped, and say so

// ── Build what the pages load ────────────────────────────────────────────────────────────────
if (!existsSync(join(root, 'dist/cdn/dodo-checkout.js'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
let peerProblem = '';
if (!flag('no-peer')) {
  try {
    execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--config', 'bench/peers/vite.config.ts'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    peerProblem = `peer bundle not built (${String((error as Error).message).split('\n')[0]}); is @adyen/adyen-web installed?`;
  }
}

// ── Static server ────────────────────────────────────────────────────────────────────────────
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const countries = decodeCountryNames(englishNames);
const countryOptions = COUNTRY_CODES.map((code) => `<option value="${code}"${code === 'US' ? ' selected' : ''}>${countries[code]}</option>`).join('');

function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const base = path.startsWith('/peer/') ? peerDir : root;
    const file = normalize(join(base, path.replace(/^\/peer\//, '/')));
    const allowed = (path.startsWith('/bench/') || path.startsWith('/dist/cdn/') || path.startsWith('/peer/')) && file.startsWith(base);
    if (!allowed || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (path === '/bench/static-form.html') body = body.toString().replace('<!--COUNTRY_OPTIONS-->', countryOptions);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

// ── Statistics and tables ────────────────────────────────────────────────────────────────────
const quantile = (values: number[], q: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
function table(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + (i === 0 ? 1 : 1)) + (i === 0 ? '' : ':')).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

// ── Startup ──────────────────────────────────────────────────────────────────────────────────
interface StartupSample { script: number; usable: number; longTasks: number; longTaskMs: number; cls: number; bytes: number }

/** Watches from the first byte: long tasks, layout shifts, and when the first input is focusable. */
const STARTUP_PROBE = `(() => {
  const probe = (window.__bench = { longTasks: 0, longTaskMs: 0, cls: 0, usable: NaN });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) { probe.longTasks++; probe.longTaskMs += e.duration; } }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) probe.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  const firstInput = () => {
    const host = document.getElementById('form');
    const scope = host && host.shadowRoot ? host.shadowRoot : host;
    return scope ? scope.querySelector('input:not([type=hidden]):not([disabled])') : null;
  };
  // A MessageChannel loop polls between tasks without setTimeout's 4 ms clamp.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const input = firstInput();
    if (input && input.isConnected && input.checkVisibility()) probe.usable = performance.now();
    else channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
})();`;

async function startupSample(browser: Browser, url: string, cpuRate: number): Promise<StartupSample> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.route(/adyen\.com/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.addInitScript(STARTUP_PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  let bytes = 0;
  page.on('response', (response) => void response.body().then((b) => (bytes += b.length), () => {}));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => Number.isFinite((window as any).__bench.usable), null, { timeout: 20_000 });
  // Let late work (data fetches, re-renders, shifts) land before reading the observers.
  await page.waitForTimeout(300);
  const probe = await page.evaluate(() => (window as any).__bench);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  await context.close();
  return { script, usable: probe.usable, longTasks: probe.longTasks, longTaskMs: probe.longTaskMs, cls: probe.cls, bytes };
}

interface Variant { name: string; path: string }

async function startup(browser: Browser, origin: string, variants: Variant[]) {
  const results: Record<string, Record<number, StartupSample[]>> = {};
  for (const cpuRate of [1, 4]) {
    for (const v of variants) await startupSample(browser, origin + v.path, cpuRate); // warm-up, not counted
    for (let run = 0; run < runs; run += 1) {
      // Interleaved so that machine noise hits every page alike.
      for (const v of variants) ((results[v.name] ??= {})[cpuRate] ??= []).push(await startupSample(browser, origin + v.path, cpuRate));
    }
  }
  const floor = results['static form']!;
  const rows: string[][] = [];
  for (const cpuRate of [1, 4]) {
    for (const v of variants) {
      const s = results[v.name]![cpuRate]!;
      const f = floor[cpuRate]!;
      const pick = (k: keyof StartupSample) => s.map((x) => x[k]);
      const ratio = median(pick('usable')) / median(f.map((x) => x.usable));
      rows.push([
        `${v.name}, CPU ${cpuRate}×`,
        `${(median(pick('bytes')) / 1024).toFixed(1)} KB`,
        ms(median(pick('script'))),
        ms(quantile(pick('script'), 0.95)),
        ms(median(pick('usable'))),
        ms(quantile(pick('usable'), 0.95)),
        `${ratio.toFixed(2)}×`,
        `${median(pick('longTasks'))} / ${ms(median(pick('longTaskMs')))}`,
        `${median(pick('cls')).toFixed(3)} / ${quantile(pick('cls'), 0.95).toFixed(3)}`,
      ]);
    }
  }
  table(
    `Startup: ${runs} runs per row, fresh browser context each (median; p95)`,
    ['page', 'bytes (raw)', 'script eval', 'script p95', 'usable form', 'usable p95', 'vs static', 'long tasks (n / ms)', 'CLS med / p95'],
    rows,
  );
  return results;
}

// ── Interaction ──────────────────────────────────────────────────────────────────────────────
const INTERACTION_HELPERS = `(() => {
  const host = document.getElementById('form');
  const combobox = host.shadowRoot.querySelector('dodo-country-combobox');
  const input = combobox.shadowRoot.querySelector('input[role=combobox]');
  const listbox = combobox.shadowRoot.querySelector('[role=listbox]');
  /** Work caused by one change: Lit updates settle, then style and layout are forced. */
  const settle = async () => {
    await host.updateComplete; await combobox.updateComplete;
    listbox.getBoundingClientRect(); host.shadowRoot.querySelector('form, [part=form]')?.getBoundingClientRect();
  };
  window.__interact = { host, combobox, input, listbox, settle, keys: [] };
  input.addEventListener('input', () => { const t0 = performance.now(); queueMicrotask(async () => { await settle(); window.__interact.keys.push(performance.now() - t0); }); }, { capture: true });
})();`;

async function interaction(browser: Browser, origin: string, cpuRate: number) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await page.goto(`${origin}/bench/cdn.html`);
  await page.waitForFunction(() => (document.getElementById('form') as any)?.shadowRoot?.querySelector('dodo-country-combobox')?.shadowRoot?.querySelector('input'));
  await page.evaluate(INTERACTION_HELPERS);

  // Open the list (all 249 countries) by clicking the empty field, then type letter by letter.
  const open: number[] = [];
  const keys: number[] = [];
  const queries = ['united kingdom', 'germany', 'south africa', 'new zealand', 'bosnia'];
  for (let round = 0; round < Math.max(3, Math.min(runs, 10)); round += 1) {
    await page.evaluate(() => { const i = (window as any).__interact; i.input.blur(); });
    await page.waitForTimeout(50);
    open.push(await page.evaluate(async () => {
      const i = (window as any).__interact;
      i.input.focus();
      i.input.select();
      const t0 = performance.now();
      i.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true }));
      await i.settle();
      await new Promise(requestAnimationFrame); // positioning runs in a frame callback
      i.listbox.getBoundingClientRect();
      const options = i.listbox.querySelectorAll('[role=option]').length;
      return options > 0 ? performance.now() - t0 : NaN;
    }));
    await page.evaluate(() => { const i = (window as any).__interact; i.keys.length = 0; i.input.select(); });
    for (const char of queries[round % queries.length]!) {
      await page.keyboard.type(char);
      await page.waitForTimeout(20);
    }
    await page.waitForTimeout(50);
    keys.push(...(await page.evaluate(() => (window as any).__interact.keys as number[])));
    await page.keyboard.press('Escape');
  }

  // Re-render after a cart change (a new array, as a framework would pass it).
  const cart: number[] = [];
  for (let n = 0; n < 20; n += 1) {
    cart.push(await page.evaluate(async (quantity) => {
      const i = (window as any).__interact;
      const t0 = performance.now();
      i.host.cart = [{ product_id: 'pdt_espresso_beans', quantity, name: 'Espresso beans', price: 2400 }, { product_id: 'pdt_grinder', quantity: 1, name: 'Grinder', price: 9900 }];
      await i.settle();
      return performance.now() - t0;
    }, n + 1));
  }

  // Country switch that fetches the new country's subdivision list (each country once: uncached).
  const withSubdivisions = Object.keys(SUBDIVISION_LOADERS).filter((c) => c !== 'US');
  const switches: number[] = [];
  for (const country of withSubdivisions.slice(0, 20)) {
    switches.push(await page.evaluate(async (code) => {
      const i = (window as any).__interact;
      const t0 = performance.now();
      i.combobox.value = code;
      i.combobox.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      const state = () => i.host.shadowRoot.querySelector('select#state');
      for (;;) {
        await i.settle();
        const select = state();
        if (select && select.options.length > 1) return performance.now() - t0;
        await new Promise((r) => setTimeout(r, 0));
        if (performance.now() - t0 > 5000) return NaN;
      }
    }, country));
  }
  await context.close();
  return { keys, open, cart, switches };
}

// ── Lighthouse ───────────────────────────────────────────────────────────────────────────────
async function lighthouse(chromePath: string): Promise<string[][] | string> {
  let lh: typeof import('lighthouse');
  let launcher: typeof import('chrome-launcher');
  try {
    lh = await import('lighthouse');
    launcher = await import('chrome-launcher');
  } catch {
    return 'Lighthouse is not installed (npm install --save-dev lighthouse@12).';
  }
  const { startDemoServer } = await import('../demo/server.js');
  const demo = await startDemoServer({ port: 0 });
  const chrome = await launcher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const rows: string[][] = [];
    for (const [label, preset] of [['mobile (default)', undefined], ['desktop', 'desktop']] as const) {
      const config = preset ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
      const result = await lh.default(demo.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, config);
      const c = result!.lhr.categories;
      const a = result!.lhr.audits;
      const score = (k: string) => String(Math.round((c[k]?.score ?? 0) * 100));
      const failing = Object.values(a).filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode !== 'informative' && x.scoreDisplayMode !== 'notApplicable' && x.scoreDisplayMode !== 'manual').map((x) => x.id);
      rows.push([label, score('performance'), score('accessibility'), score('best-practices'), score('seo'), a['first-contentful-paint']?.displayValue ?? '', a['largest-contentful-paint']?.displayValue ?? '', a['total-blocking-time']?.displayValue ?? '', a['cumulative-layout-shift']?.displayValue ?? '', failing.slice(0, 6).join(' ') || '—']);
    }
    return rows;
  } finally {
    await chrome.kill();
    await demo.close();
  }
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────
const chromePath = findChromium();
const { server, origin } = await serve();
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
const report: Record<string, unknown> = { runs, chromium: browser.version(), date: new Date().toISOString() };
console.log(`Chromium ${browser.version()}, ${runs} runs per startup row; Node ${process.version}.`);
try {
  const variants: Variant[] = [{ name: 'static form', path: '/bench/static-form.html' }, { name: 'dodo-checkout', path: '/bench/cdn.html' }];
  if (!flag('no-peer') && !peerProblem) variants.push({ name: 'Adyen Address (peer)', path: '/bench/adyen-address.html' });
  report.startup = await startup(browser, origin, variants);
  if (peerProblem) console.log(`\nPeer: ${peerProblem}`);

  const rows: string[][] = [];
  const interactionReport: Record<number, unknown> = {};
  for (const cpuRate of [1, 4]) {
    if (Date.now() > deadline) break;
    const r = await interaction(browser, origin, cpuRate);
    interactionReport[cpuRate] = r;
    const row = (what: string, values: number[]) => rows.push([`${what}, CPU ${cpuRate}×`, String(values.length), ms(median(values)), ms(quantile(values, 0.95)), ms(Math.max(...values))]);
    row('type-ahead keystroke (249 countries)', r.keys);
    row('open the country list', r.open);
    row('cart change re-render', r.cart);
    row('country switch + subdivision fetch', r.switches);
  }
  report.interaction = interactionReport;
  table('Interaction (CDN bundle; script + style + layout until settled, excluding paint)', ['what', 'n', 'median', 'p95', 'max'], rows);

  if (flag('no-lighthouse')) console.log('\nLighthouse: skipped (--no-lighthouse).');
  else if (Date.now() > deadline) console.log('\nLighthouse: skipped (time budget spent).');
  else {
    const lh = await lighthouse(chromePath);
    report.lighthouse = lh;
    if (typeof lh === 'string') console.log(`\nLighthouse: ${lh}`);
    else table('Lighthouse on the demo (/)', ['form factor', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'audits below 1'], lh);
  }
} finally {
  await browser.close();
  server.close();
}
if (flag('json')) {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results/bench.json'), JSON.stringify(report, null, 2));
}
