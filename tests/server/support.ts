/**
 * Test rig for the proxy: the Dodo API stand-in on loopback, the checkout handler on its own
 * node:http server (through `toNodeHandler`), reaching the stand-in through the real SDK, and a
 * logger that keeps every line.
 */
import { createServer, type Server } from 'node:http';
import { expect } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createCheckoutHandler, createStatusHandler, toNodeHandler, type CheckoutHandlerOptions, type StatusHandlerOptions } from '../../src/server/index.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';

export const API_KEY = 'sk_test_SUPERSECRET_7f3a9c1e5b';

export interface ProxyRig {
  standIn: DodoApiStandIn;
  /** URL of the proxy endpoint (`…/api/payments`). */
  endpoint: string;
  origin: string;
  logs: string[];
  post(body: unknown, init?: { headers?: Record<string, string>; raw?: string }): Promise<Response>;
  close(): Promise<void>;
}

export async function startProxyRig(options: CheckoutHandlerOptions = {}, standIn?: DodoApiStandIn): Promise<ProxyRig> {
  const ownStandIn = !standIn;
  const api = standIn ?? (await startDodoApiStandIn({ apiKey: API_KEY }));
  const logs: string[] = [];
  const handler = createCheckoutHandler({
    apiKey: API_KEY,
    baseURL: api.url,
    maxRetries: 0,
    // Generous, so that a request is not timed out on a loaded machine: the tests of timeouts set their own.
    timeout: 15_000,
    // Each test file sends dozens of creates from 127.0.0.1; rate-limit.test.ts tests the limit.
    rateLimit: false,
    logger: { info: (line) => logs.push(line), error: (line) => logs.push(line) },
    ...options,
  });
  const server: Server = createServer(toNodeHandler(handler));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const endpoint = `${origin}/api/payments`;
  return {
    standIn: api,
    endpoint,
    origin,
    logs,
    post(body, init = {}) {
      return fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...init.headers },
        body: init.raw ?? JSON.stringify(body),
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      if (ownStandIn) await api.close();
    },
  };
}

export function validRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 2 }],
    customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
    billing: { country: 'SE', city: 'Stockholm', street: 'Drottninggatan 1', zipcode: '111 51' },
    payment_link: true,
    ...overrides,
  };
}

let keyCounter = 0;
export function freshKey(): string {
  keyCounter += 1;
  return `test_${process.pid}_${Date.now().toString(36)}_${keyCounter}`;
}

/**
 * A create answer as the API gave it: the body without the proxy's `status_token`, which is signed
 * afresh for each answer (its expiry counts from then), so a replay a second later differs there
 * and nowhere else. The token must still name the answer's payment.
 */
export function apiAnswerOf(text: string): string {
  const { status_token: token, ...answer } = JSON.parse(text) as Record<string, unknown>;
  if (token !== undefined) expect(String(token).startsWith(`${String(answer.payment_id)}.`), 'the status token names the payment').toBe(true);
  return JSON.stringify(answer);
}

/** The status route on its own node:http server, asking the API at `baseURL`. */
export interface StatusRig {
  url: string;
  ask(token: unknown): Promise<Response>;
  close(): Promise<void>;
}

export async function startStatusRig(baseURL: string, options: StatusHandlerOptions = {}): Promise<StatusRig> {
  const handler = createStatusHandler({ apiKey: API_KEY, baseURL, maxRetries: 0, logger: null, rateLimit: false, ...options });
  const server: Server = createServer(toNodeHandler(handler));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/payment-status`;
  return {
    url,
    ask: (token) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(token === undefined ? {} : { token }) }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
