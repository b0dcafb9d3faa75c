/**
 * Configuration from the environment: `DODO_PAYMENTS_API_KEY` and `DODO_PAYMENTS_ENVIRONMENT`
 * decide the key and the base URL the SDK calls. The global `fetch` is replaced by a recorder, so
 * nothing leaves the machine.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckoutHandler, createMemoryIdempotencyStore, type CheckoutHandlerOptions } from '../../src/server/index.js';
import { validRequest } from './support.js';

interface Call {
  url: string;
  authorization: string | null;
}

/** The creates, and the lookups of a created payment's currency that follow them. */
let calls: Call[];
let lookups: Call[];

beforeEach(() => {
  calls = [];
  lookups = [];
  for (const name of ['DODO_PAYMENTS_API_KEY', 'DODO_PAYMENTS_ENVIRONMENT', 'DODO_PAYMENTS_BASE_URL']) vi.stubEnv(name, undefined);
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    (request.method === 'POST' ? calls : lookups).push({ url: request.url, authorization: request.headers.get('authorization') });
    const payment = { payment_id: 'pay_env', client_secret: 'secret', total_amount: 4800, customer: { customer_id: 'cus_env', email: 'ada@example.com', name: 'Ada Lovelace' }, metadata: {} };
    return new Response(JSON.stringify(payment), { status: 200, headers: { 'content-type': 'application/json' } });
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

async function pay(options: CheckoutHandlerOptions = {}): Promise<Call> {
  const handler = createCheckoutHandler({ logger: null, ...options });
  const response = await handler(
    new Request('https://shop.example/api/payments', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(validRequest()) }),
  );
  expect(response.status).toBe(200);
  expect(calls).toHaveLength(1);
  // The lookup goes to the same host, with the same key.
  expect(lookups).toEqual([{ url: `${calls[0]!.url}/pay_env`, authorization: calls[0]!.authorization }]);
  lookups = [];
  return calls[0]!;
}

describe('configuration from the environment', () => {
  it('uses DODO_PAYMENTS_API_KEY against test mode when DODO_PAYMENTS_ENVIRONMENT is unset', async () => {
    vi.stubEnv('DODO_PAYMENTS_API_KEY', ' sk_env_key_from_environment ');
    expect(await pay()).toEqual({ url: 'https://test.dodopayments.com/payments', authorization: 'Bearer sk_env_key_from_environment' });
  });

  it('calls live mode when DODO_PAYMENTS_ENVIRONMENT=live_mode, and test mode for test_mode', async () => {
    vi.stubEnv('DODO_PAYMENTS_API_KEY', 'sk_env_key');
    vi.stubEnv('DODO_PAYMENTS_ENVIRONMENT', 'live_mode');
    expect((await pay()).url).toBe('https://live.dodopayments.com/payments');
    calls = [];
    vi.stubEnv('DODO_PAYMENTS_ENVIRONMENT', 'test_mode');
    expect((await pay()).url).toBe('https://test.dodopayments.com/payments');
  });

  it('lets options win over the environment, and baseURL over both', async () => {
    vi.stubEnv('DODO_PAYMENTS_API_KEY', 'sk_env_key');
    vi.stubEnv('DODO_PAYMENTS_ENVIRONMENT', 'live_mode');
    expect(await pay({ apiKey: 'sk_option_key', environment: 'test_mode' })).toEqual({ url: 'https://test.dodopayments.com/payments', authorization: 'Bearer sk_option_key' });
    calls = [];
    expect((await pay({ baseURL: 'http://127.0.0.1:1/v1' })).url).toBe('http://127.0.0.1:1/v1/payments');
  });

  it('ignores the SDK’s own DODO_PAYMENTS_BASE_URL, so the environment alone picks the host', async () => {
    vi.stubEnv('DODO_PAYMENTS_API_KEY', 'sk_env_key');
    vi.stubEnv('DODO_PAYMENTS_BASE_URL', 'https://elsewhere.example');
    expect((await pay()).url).toBe('https://test.dodopayments.com/payments');
  });

  it('refuses to start with a blank key or an unknown environment', () => {
    vi.stubEnv('DODO_PAYMENTS_API_KEY', '   ');
    expect(() => createCheckoutHandler({ logger: null })).toThrow(/DODO_PAYMENTS_API_KEY/);
    vi.stubEnv('DODO_PAYMENTS_API_KEY', 'sk_env_key');
    vi.stubEnv('DODO_PAYMENTS_ENVIRONMENT', 'production');
    expect(() => createCheckoutHandler({ logger: null })).toThrow(/`test_mode` or `live_mode`/);
    expect(calls).toHaveLength(0);
  });
  it('warns once, at creation, when live mode runs on the in-memory idempotency store (a restart or a second instance forgets every key)', () => {
    const lines: string[] = [];
    const logger = { info: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
    vi.stubEnv('DODO_PAYMENTS_API_KEY', 'sk_env_key');
    vi.stubEnv('DODO_PAYMENTS_ENVIRONMENT', 'live_mode');
    createCheckoutHandler({ logger });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', msg: expect.stringMatching(/in-memory idempotency store.*createRedisIdempotencyStore/) });
    createCheckoutHandler({ logger, idempotencyStore: createMemoryIdempotencyStore() });
    vi.stubEnv('DODO_PAYMENTS_ENVIRONMENT', 'test_mode');
    createCheckoutHandler({ logger });
    expect(lines, 'a store chosen on purpose, or test mode: no warning').toHaveLength(1);
  });
});
