/**
 * Load test of the merchant proxy: the checkout handler on node:http (through toNodeHandler)
 * in front of the embedded Dodo API stand-in, over loopback. Sends REQUESTS payment requests
 * with CONCURRENCY in flight, each with its own Idempotency-Key, plus deliberate duplicates
 * (repeats of earlier keys, some fired concurrently), then checks that the stand-in created
 * exactly one payment per distinct key and that every duplicate got its original's payment.
 * Prints figures; exits non-zero on a lost or duplicated payment. No timing assertions.
 *
 *   npx tsx scripts/load-test.ts [requests=2000] [concurrency=50]
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCheckoutHandler, toNodeHandler } from '../src/server/index.js';
import { startDodoApiStandIn } from '../src/server/stand-in/dodo-api-stand-in.js';
import { STAND_IN_PRODUCTS } from '../src/server/stand-in/stand-in-catalogue.js';

const REQUESTS = Math.min(Number(process.argv[2] ?? 2000), 20_000);
const CONCURRENCY = Math.min(Number(process.argv[3] ?? 50), 500);
const DUPLICATE_SHARE = 0.1;
const TIME_LIMIT_MS = 120_000;

const standIn = await startDodoApiStandIn({ apiKey: 'sk_load_test' });
// Every request comes from one client: the limit stays on (its cost is measured) but never trips.
const handler = createCheckoutHandler({
  apiKey: 'sk_load_test',
  baseURL: standIn.url,
  maxRetries: 0,
  logger: null,
  rateLimit: { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
});
const server = createServer(toNodeHandler(handler));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/payments`;

interface Job {
  key: string;
  body: string;
  duplicate: boolean;
}

const products = STAND_IN_PRODUCTS.filter((product) => !product.pay_what_you_want);
const jobs: Job[] = [];
const originals: Job[] = [];
for (let i = 0; i < REQUESTS; i++) {
  const earlier = originals[Math.floor(Math.random() * originals.length)];
  if (earlier && Math.random() < DUPLICATE_SHARE) {
    jobs.push({ ...earlier, duplicate: true });
    continue;
  }
  const product = products[i % products.length]!;
  const job = {
    key: `load_${i}_${Math.random().toString(36).slice(2)}`,
    body: JSON.stringify({
      product_cart: [{ product_id: product.product_id, quantity: 1 + (i % 3) }],
      customer: { email: `shopper${i}@example.com`, name: `Shopper ${i}` },
      billing: { country: 'SE', city: 'Stockholm' },
      payment_link: true,
    }),
    duplicate: false,
  };
  originals.push(job);
  jobs.push(job);
}

const latencies: number[] = [];
const statuses = new Map<number, number>();
const paymentByKey = new Map<string, Set<string>>();
let replayed = 0;
let next = 0;
const started = performance.now();
const deadline = Date.now() + TIME_LIMIT_MS;

async function worker(): Promise<void> {
  while (next < jobs.length && Date.now() < deadline) {
    const job = jobs[next++]!;
    const t0 = performance.now();
    let status = 0;
    try {
      const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': job.key }, body: job.body });
      status = response.status;
      const text = await response.text();
      if (response.headers.get('idempotent-replayed') === 'true') replayed++;
      if (status === 200) {
        const ids = paymentByKey.get(job.key) ?? new Set<string>();
        ids.add((JSON.parse(text) as { payment_id: string }).payment_id);
        paymentByKey.set(job.key, ids);
      }
    } catch {
      status = -1;
    }
    latencies.push(performance.now() - t0);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
}

await Promise.all(Array.from({ length: CONCURRENCY }, worker));
const elapsedMs = performance.now() - started;

const percentile = (p: number) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

const distinctKeys = new Set(jobs.slice(0, next).map((job) => job.key));
const created = standIn.payments.size;
const keysWithSeveralPayments = [...paymentByKey.values()].filter((ids) => ids.size > 1).length;
const keysWithoutPayment = [...distinctKeys].filter((key) => !paymentByKey.has(key)).length;
const upstreamCalls = standIn.requestCount;
const lost = keysWithoutPayment + Math.max(0, distinctKeys.size - created);
const duplicated = keysWithSeveralPayments + Math.max(0, created - distinctKeys.size);

const rows: [string, string][] = [
  ['requests sent', String(latencies.length)],
  ['in flight', String(CONCURRENCY)],
  ['distinct Idempotency-Keys', String(distinctKeys.size)],
  ['deliberate duplicates', String(jobs.slice(0, next).filter((job) => job.duplicate).length)],
  ['replayed responses', String(replayed)],
  ['statuses', [...statuses].map(([status, count]) => `${status}×${count}`).join(' ')],
  ['upstream calls (stand-in)', String(upstreamCalls)],
  ['payments created (stand-in)', String(created)],
  ['lost payments', String(lost)],
  ['duplicated payments', String(duplicated)],
  ['wall time', `${(elapsedMs / 1000).toFixed(2)} s`],
  ['throughput', `${((latencies.length / elapsedMs) * 1000).toFixed(0)} req/s`],
  ['latency p50', `${percentile(50).toFixed(1)} ms`],
  ['latency p99', `${percentile(99).toFixed(1)} ms`],
  ['latency max', `${Math.max(...latencies).toFixed(1)} ms`],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\ndodo-checkout proxy load test (handler → SDK → stand-in over loopback, Node ${process.version})\n`);
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);

server.closeAllConnections();
await new Promise<void>((done) => server.close(() => done()));
await standIn.close();

const incomplete = latencies.length < jobs.length;
if (lost > 0 || duplicated > 0 || incomplete) {
  console.error(`\nFAILED: ${lost} lost, ${duplicated} duplicated${incomplete ? `, only ${latencies.length}/${jobs.length} sent within ${TIME_LIMIT_MS / 1000} s` : ''}.`);
  process.exit(1);
}
console.log('\nOK: one payment per Idempotency-Key, none lost.');
