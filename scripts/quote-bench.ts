/**
 * `npm run bench:quote`: the quote round trip as the element sees it, over loopback: an HTTP
 * POST to the quote route (createQuoteHandler on node:http through toNodeHandler), which calls
 * the embedded Dodo API stand-in's POST /checkouts/preview through the official SDK. Prints
 * p50/p95/p99 for quotes that reach the stand-in (cache miss: each request a different
 * quantity, so nothing is served from the cache) and for repeats answered from the cache.
 * Sequential requests on a keep-alive connection; asserts nothing.
 *
 *   npm run bench:quote [-- runs=400]
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { createQuoteHandler, toNodeHandler } from '../src/server/index.js';
import { startDodoApiStandIn } from '../src/server/stand-in/dodo-api-stand-in.js';

const RUNS = Math.min(Math.max(Number(process.argv.find((arg) => arg.startsWith('runs='))?.slice(5) ?? 400), 20), 20_000);
const WARMUP = 30;

const standIn = await startDodoApiStandIn({ apiKey: 'sk_quote_bench', adaptivePricing: true });
const handler = createQuoteHandler({ apiKey: 'sk_quote_bench', baseURL: standIn.url, logger: null, quoteRateLimit: false, quoteMaxRetries: 0 });
const server = createServer(toNodeHandler(handler));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/quote`;

/** The body the element posts: a two-line cart, a Dutch address, a discount code and a VAT ID. */
function body(quantity: number): string {
  return JSON.stringify({
    product_cart: [
      { product_id: 'pdt_espresso_beans', quantity },
      { product_id: 'pdt_ceramic_mug', quantity: 1 },
    ],
    customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
    billing: { country: 'NL', city: 'Amsterdam', street: 'Damrak 1', zipcode: '1012 LG' },
    discount_code: 'WELCOME10',
    tax_id: 'NL123456789B01',
    payment_link: true,
  });
}

async function quoteOnce(text: string, expectCache: 'hit' | 'miss'): Promise<number> {
  const started = performance.now();
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`quote answered ${response.status}`);
  if (response.headers.get('x-quote-cache') !== expectCache) throw new Error(`expected a cache ${expectCache}, got ${response.headers.get('x-quote-cache')}`);
  return elapsed;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const cell = (ms: number) => `${ms.toFixed(2)} ms`.padStart(10);
  return `| ${label.padEnd(35)} | ${String(samples.length).padStart(5)} | ${cell(percentile(sorted, 50))} | ${cell(percentile(sorted, 95))} | ${cell(percentile(sorted, 99))} | ${cell(mean)} |`;
}

let quantity = 1;
for (let i = 0; i < WARMUP; i++) await quoteOnce(body(quantity++), 'miss');
const misses: number[] = [];
for (let i = 0; i < RUNS; i++) misses.push(await quoteOnce(body(quantity++), 'miss'));
// One more miss fills the cache entry the hits then read (well within its 30 s).
const cached = body(quantity++);
await quoteOnce(cached, 'miss');
const hits: number[] = [];
for (let i = 0; i < RUNS; i++) hits.push(await quoteOnce(cached, 'hit'));

console.log(`Quote round trip on loopback (Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}), ${RUNS} sequential requests each:`);
console.log('| path                                | runs  |     p50    |     p95    |     p99    |    mean    |');
console.log('|-------------------------------------|-------|------------|------------|------------|------------|');
console.log(summary('proxy → SDK → stand-in (cache miss)', misses));
console.log(summary('proxy, from the quote cache (hit)', hits));
console.log(`Stand-in previews: ${standIn.previews.length} (${WARMUP} warm-up + ${RUNS} misses + 1 to fill the cache; hits never reach it).`);

server.closeAllConnections();
await new Promise<void>((done) => server.close(() => done()));
await standIn.close();
