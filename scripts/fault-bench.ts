/**
 * Fault-injection benchmark of the proxy's exactly-once promise. Three proxy instances (each its
 * own handler, node:http server and node-redis client, configured as the README says) share a
 * real redis-server (AOF on, `appendfsync always`, `noeviction`) in front of the embedded Dodo API
 * stand-in, which ignores `Idempotency-Key` and injects faults: timeouts whose payment is created
 * late, resets after the payment was created, 5xx after and before creating, resets and timeouts
 * before creating. Meanwhile Redis is frozen (SIGSTOP) or killed and restarted now and then.
 * Shoppers retry like a browser would (any instance, honouring Retry-After, some double-submitting)
 * until they hold a payment or give up. Prints faults injected, payments created per key,
 * duplicates and answers lost; exits non-zero on a duplicate or a lost answer.
 *
 *   npx tsx scripts/fault-bench.ts [keys=200] [concurrency=20]      (npm run bench:faults)
 *
 * FAULT_BENCH_SETTLE_MS=0 sets `outcomeSettleMs` shorter than the late successes take: the run
 * then shows the duplicates the window exists to prevent.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { createCheckoutHandler, toNodeHandler } from '../src/server/index.js';
import { sha256Hex } from '../src/server/idempotency.js';
import { CHECKOUT_KEY_METADATA } from '../src/server/recover-payment.js';
import { createRedisIdempotencyStore } from '../src/server/redis-store.js';
import { startDodoApiStandIn, type StandInFault } from '../src/server/stand-in/dodo-api-stand-in.js';
import { STAND_IN_PRODUCTS } from '../src/server/stand-in/stand-in-catalogue.js';

const KEYS = Math.min(Number(process.argv[2] ?? 200), 5_000);
const CONCURRENCY = Math.min(Number(process.argv[3] ?? 20), 200);
const INSTANCES = 3;
const UPSTREAM_TIMEOUT_MS = 400;
const LEASE_MS = 2_000;
const SETTLE_MS = Number(process.env.FAULT_BENCH_SETTLE_MS ?? 2_500);
const STORE_TIMEOUT_MS = 300;
const SHOPPER_PATIENCE_MS = 60_000;
const DOUBLE_SUBMIT_SHARE = 0.1;

/** Each POST /payments draws one of these (or none), with these odds. */
const FAULTS: { name: string; odds: number; fault: () => StandInFault }[] = [
  { name: 'timeout, created late', odds: 0.08, fault: () => ({ create: true, delayMs: UPSTREAM_TIMEOUT_MS + 300 + Math.random() * 1_200 }) },
  { name: 'reset after create', odds: 0.06, fault: () => ({ create: true, destroySocket: true }) },
  { name: '500 after create', odds: 0.04, fault: () => ({ create: true, status: 500 }) },
  { name: '503 before create', odds: 0.04, fault: () => ({ status: 503 }) },
  { name: 'reset before create', odds: 0.03, fault: () => ({ destroySocket: true }) },
  { name: 'timeout, nothing created', odds: 0.02, fault: () => ({ delayMs: UPSTREAM_TIMEOUT_MS + 200, destroySocket: true }) },
];

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const redisBinary = process.env.REDIS_SERVER_BIN || spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
if (!redisBinary) {
  console.error('redis-server is not on PATH (or REDIS_SERVER_BIN): the benchmark needs a real one.');
  process.exit(2);
}
const redisPort = await freePort();
const redisDir = mkdtempSync(join(tmpdir(), 'dodo-fault-bench-'));
function startRedis(): ChildProcess {
  return spawn(
    redisBinary,
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--dir', redisDir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--maxmemory-policy', 'noeviction'],
    { stdio: 'ignore' },
  );
}
let redisProcess = startRedis();

const injected = new Map<string, number>();
const standIn = await startDodoApiStandIn({
  apiKey: 'sk_fault_bench',
  honourIdempotencyKey: false,
  injectFault: () => {
    let draw = Math.random();
    for (const entry of FAULTS) {
      if (draw < entry.odds) {
        injected.set(entry.name, (injected.get(entry.name) ?? 0) + 1);
        return entry.fault();
      }
      draw -= entry.odds;
    }
    return undefined;
  },
});

const clients: ReturnType<typeof createClient>[] = [];
const servers: Server[] = [];
const endpoints: string[] = [];
for (let i = 0; i < INSTANCES; i++) {
  const client = createClient({
    url: `redis://127.0.0.1:${redisPort}`,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: () => 50 },
  });
  client.on('error', () => undefined);
  for (let attempt = 0; ; attempt++) {
    try {
      await client.connect();
      break;
    } catch (error) {
      if (attempt > 50) throw new Error(`redis-server did not start: ${String(error)}`);
      await sleep(100);
    }
  }
  clients.push(client);
  const handler = createCheckoutHandler({
    apiKey: 'sk_fault_bench',
    baseURL: standIn.url,
    timeout: UPSTREAM_TIMEOUT_MS,
    idempotencyLeaseMs: LEASE_MS,
    outcomeSettleMs: SETTLE_MS,
    idempotencyStore: createRedisIdempotencyStore(client, { timeoutMs: STORE_TIMEOUT_MS }),
    // The default limit, counted per shopper: in the field each shopper has an address of their
    // own, here they all share 127.0.0.1 and would be limited as one client.
    rateLimit: { max: 20, windowMs: 60_000, clientKey: (request) => request.headers.get('x-bench-shopper') },
    logger: null,
  });
  const server = createHttpServer(toNodeHandler(handler));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  servers.push(server);
  endpoints.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/payments`);
}

// Store outages: freeze or kill Redis for a moment, every couple of seconds, until the shoppers are done.
const outages = { frozen: 0, killed: 0 };
let shopping = true;
const outageLoop = (async () => {
  await sleep(1_000);
  while (shopping) {
    if ((outages.frozen + outages.killed) % 2 === 0) {
      outages.frozen += 1;
      redisProcess.kill('SIGSTOP');
      await sleep(700);
      redisProcess.kill('SIGCONT');
    } else {
      outages.killed += 1;
      const exited = new Promise((done) => redisProcess.once('exit', done));
      redisProcess.kill('SIGKILL');
      await exited;
      await sleep(500);
      redisProcess = startRedis();
    }
    await sleep(2_000 + Math.random() * 1_000);
  }
})();

interface Shopper {
  key: string;
  body: string;
  /** The payment the shopper ended up holding, if any. */
  paymentId?: string;
  attempts: number;
  gaveUp: boolean;
}

const products = STAND_IN_PRODUCTS.filter((product) => !product.pay_what_you_want);
const statuses = new Map<string, number>();
const count = (label: string) => statuses.set(label, (statuses.get(label) ?? 0) + 1);

async function attempt(shopper: Shopper): Promise<{ done: boolean; waitMs: number }> {
  shopper.attempts += 1;
  const endpoint = endpoints[Math.floor(Math.random() * endpoints.length)]!;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': shopper.key, 'x-bench-shopper': shopper.key },
      body: shopper.body,
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    count('network error');
    return { done: false, waitMs: 250 };
  }
  const text = await response.text();
  let code = '';
  try {
    code = String((JSON.parse(text) as { code?: unknown }).code ?? '');
  } catch {
    // not JSON
  }
  count(response.status === 200 ? '200' : `${response.status} ${code}`);
  if (response.status === 200) {
    const paymentId = (JSON.parse(text) as { payment_id: string }).payment_id;
    if (shopper.paymentId && shopper.paymentId !== paymentId) throw new Error(`key ${shopper.key} was answered with two payments`);
    shopper.paymentId = paymentId;
    return { done: true, waitMs: 0 };
  }
  const retryAfter = Number(response.headers.get('retry-after'));
  return { done: false, waitMs: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, 3_000) : 250 };
}

async function shop(shopper: Shopper): Promise<void> {
  const giveUpAt = Date.now() + SHOPPER_PATIENCE_MS;
  if (Math.random() < DOUBLE_SUBMIT_SHARE) {
    const both = await Promise.all([attempt(shopper), attempt(shopper)]);
    if (both.some((outcome) => outcome.done)) return;
  }
  for (;;) {
    const { done, waitMs } = await attempt(shopper);
    if (done) return;
    if (Date.now() + waitMs > giveUpAt) {
      shopper.gaveUp = true;
      return;
    }
    await sleep(waitMs);
  }
}

const shoppers: Shopper[] = Array.from({ length: KEYS }, (_, i) => ({
  key: `bench_${i}_${Math.random().toString(36).slice(2)}`,
  body: JSON.stringify({
    product_cart: [{ product_id: products[i % products.length]!.product_id, quantity: 1 + (i % 3) }],
    customer: { email: `shopper${i}@example.com`, name: `Shopper ${i}` },
    billing: { country: 'SE', city: 'Stockholm' },
    payment_link: true,
  }),
  attempts: 0,
  gaveUp: false,
}));

const started = Date.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < shoppers.length) await shop(shoppers[next++]!);
  }),
);
shopping = false;
await outageLoop;
const wallMs = Date.now() - started;
// Late successes still on their way land before counting.
await sleep(1_500);

const paymentsByTag = new Map<string, string[]>();
for (const [paymentId, payment] of standIn.payments) {
  const tag = payment.response.metadata[CHECKOUT_KEY_METADATA] ?? '';
  paymentsByTag.set(tag, [...(paymentsByTag.get(tag) ?? []), paymentId]);
}
let duplicates = 0;
let maxPerKey = 0;
let lost = 0;
let gaveUpWithoutPayment = 0;
for (const shopper of shoppers) {
  const made = paymentsByTag.get(await sha256Hex(shopper.key)) ?? [];
  maxPerKey = Math.max(maxPerKey, made.length);
  duplicates += Math.max(0, made.length - 1);
  // Lost: a payment exists that the shopper never got, or the shopper holds one that does not exist.
  if ((made.length > 0 && !made.includes(shopper.paymentId ?? '')) || (shopper.paymentId && !made.includes(shopper.paymentId))) lost += 1;
  if (!shopper.paymentId && made.length === 0) gaveUpWithoutPayment += 1;
}
const untagged = paymentsByTag.get('')?.length ?? 0;
const attempts = shoppers.reduce((sum, shopper) => sum + shopper.attempts, 0);
const faultsInjected = [...injected.values()].reduce((sum, n) => sum + n, 0);
const postsUpstream = standIn.requests.filter((request) => request.method === 'POST').length;

const rows: [string, string | number][] = [
  ['keys (shoppers)', KEYS],
  ['proxy instances', INSTANCES],
  ['shopper requests', attempts],
  ['upstream creates attempted', postsUpstream],
  ['faults injected', faultsInjected],
  ...[...FAULTS].map(({ name }) => [`  ${name}`, injected.get(name) ?? 0] as [string, number]),
  ['store outages', `${outages.frozen} frozen (700 ms), ${outages.killed} killed and restarted`],
  ['payments created', standIn.payments.size],
  ['payments created per key (max)', maxPerKey],
  ['duplicates', duplicates],
  ['answers lost', lost],
  ['shoppers who gave up, nothing created', gaveUpWithoutPayment],
  ['shoppers holding their payment', shoppers.filter((shopper) => shopper.paymentId).length],
  ['wall time', `${(wallMs / 1000).toFixed(1)} s`],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`Fault-injection benchmark: ${KEYS} keys, ${CONCURRENCY} shoppers at a time, upstream timeout ${UPSTREAM_TIMEOUT_MS} ms, lease ${LEASE_MS} ms, settle ${SETTLE_MS} ms, store deadline ${STORE_TIMEOUT_MS} ms\n`);
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
console.log('\n  answers seen by shoppers:');
for (const [label, n] of [...statuses].sort((a, b) => b[1] - a[1])) console.log(`    ${label.padEnd(width - 2)}  ${n}`);

for (const server of servers) {
  server.closeAllConnections();
  server.close();
}
await standIn.close();
for (const client of clients) client.destroy();
redisProcess.kill('SIGKILL');
rmSync(redisDir, { recursive: true, force: true });

if (duplicates > 0 || lost > 0 || untagged > 0) {
  console.error(`\nFAILED: ${duplicates} duplicate(s), ${lost} lost answer(s), ${untagged} untagged payment(s).`);
  process.exit(1);
}
console.log('\nOK: at most one payment per key, every payment made reached its shopper.');
