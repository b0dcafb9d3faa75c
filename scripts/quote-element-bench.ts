/**
 * `npm run bench:quote-element`: the live quote as the shopper meets it, on the demo (its dev
 * server, the quote route and the stand-in with adaptive pricing) in headless Chromium.
 * - Quote requests in a typical checkout: a Dutch shopper types contact and address at a person's
 *   pace (a keystroke every 80 ms), applies WELCOME10 and pays; every POST to /api/quote counts.
 * - Re-render after a quote at 4× CPU throttling: from the `dodo-checkout-quote` event to the end
 *   of the element's update (`updateComplete`), over country changes; p50 and max.
 * Prints figures; asserts nothing.
 *
 *   npm run bench:quote-element [-- renders=30]
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, findBenchChromium } from '../tests/chromium.js';

const RENDERS = Math.min(Math.max(Number(process.argv.find((arg) => arg.startsWith('renders='))?.slice(8) ?? 30), 5), 500);
const PORT = Number(process.env.BENCH_PORT ?? 5290);
const origin = `http://127.0.0.1:${PORT}`;

const server = spawn(process.execPath, ['--import', 'tsx', 'demo/server.ts'], {
  env: { ...process.env, PORT: String(PORT), DEMO_QUIET: '1', DODO_PAYMENTS_API_KEY: '' },
  stdio: 'ignore',
});
const stop = () => server.kill();
process.on('exit', stop);

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the demo server did not start');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function typicalCheckout(page: Page): Promise<{ quotes: number; payments: number }> {
  let quotes = 0;
  let payments = 0;
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === 'POST' && path === '/api/quote') quotes += 1;
    if (request.method() === 'POST' && path === '/api/payments') payments += 1;
  });
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: /^Pay/ }).waitFor();
  const type = async (name: string | RegExp, text: string) => {
    await page.getByRole('textbox', { name }).click();
    await page.keyboard.type(text, { delay: 80 });
  };
  await type('Email', 'anna@example.com');
  await type('Full name', 'Anna de Vries');
  await page.getByRole('combobox', { name: 'Country' }).click();
  await page.keyboard.type('nether', { delay: 80 });
  await page.getByRole('option', { name: 'Netherlands' }).click();
  await type(/Street/, 'Damrak 1');
  await type(/Postal code|Postcode/, '1012 LG');
  await type(/City|Town/, 'Amsterdam');
  await page.getByRole('button', { name: 'Have a discount code?' }).click();
  await page.keyboard.type('WELCOME10', { delay: 80 });
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByText(/^WELCOME10 applied/).waitFor();
  await page.getByRole('button', { name: /^Pay €/ }).click();
  await page.getByRole('link', { name: 'Continue to payment' }).waitFor();
  return { quotes, payments };
}

async function renderAfterQuote(page: Page): Promise<number[]> {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: /^Pay/ }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    const element = document.querySelector('dodo-checkout')!;
    (window as unknown as { renders: number[] }).renders = [];
    element.addEventListener('dodo-checkout-quote', () => {
      const started = performance.now();
      void element.updateComplete.then(() => (window as unknown as { renders: number[] }).renders.push(performance.now() - started));
    });
  });
  const countries = ['NL', 'DE', 'FR', 'SE', 'GB', 'US'];
  for (let index = 0; index < RENDERS; index += 1) {
    const country = countries[index % countries.length]!;
    const before = await page.evaluate(() => (window as unknown as { renders: number[] }).renders.length);
    await page.evaluate((code) => ((document.querySelector('dodo-checkout') as unknown as { country: string }).country = code), country);
    await page.waitForFunction((count) => (window as unknown as { renders: number[] }).renders.length > count, before);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return page.evaluate(() => (window as unknown as { renders: number[] }).renders);
}

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findBenchChromium().path, args: CHROMIUM_ARGS });
  const checkout = await typicalCheckout(await browser.newPage());
  const renders = (await renderAfterQuote(await browser.newPage())).sort((a, b) => a - b);
  await browser.close();
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
  console.log(`typical checkout (NL shopper, address typed at 80 ms a key, WELCOME10 applied, paid): ${checkout.quotes} quote requests, ${checkout.payments} payment request`);
  console.log(`re-render after a quote at 4x CPU (${renders.length} quotes): p50 ${percentile(renders, 50).toFixed(1)} ms, p95 ${percentile(renders, 95).toFixed(1)} ms, max ${renders.at(-1)!.toFixed(1)} ms (one frame: 16.7 ms)`);
} finally {
  stop();
}
