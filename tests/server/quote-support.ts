/**
 * Test rig for the quote route: the Dodo API stand-in on loopback (adaptive pricing on unless
 * told otherwise), the quote handler on its own node:http server through `toNodeHandler`,
 * reaching the stand-in through the real SDK, and a logger that keeps every line.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createQuoteHandler, toNodeHandler, type QuoteHandlerOptions } from '../../src/server/index.js';
import { startDodoApiStandIn, type DodoApiStandIn } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { API_KEY } from './support.js';

export interface QuoteRig {
  standIn: DodoApiStandIn;
  endpoint: string;
  origin: string;
  logs: string[];
  quote(body: unknown, init?: { headers?: Record<string, string>; raw?: string }): Promise<Response>;
  close(): Promise<void>;
}

export async function startQuoteRig(options: QuoteHandlerOptions = {}, standIn?: DodoApiStandIn): Promise<QuoteRig> {
  const ownStandIn = !standIn;
  const api = standIn ?? (await startDodoApiStandIn({ apiKey: API_KEY, adaptivePricing: true }));
  const logs: string[] = [];
  const handler = createQuoteHandler({
    apiKey: API_KEY,
    baseURL: api.url,
    quoteMaxRetries: 0,
    quoteTimeout: 2_000,
    // Every request of a test comes from 127.0.0.1: the limit is tested on its own.
    quoteRateLimit: false,
    logger: { info: (line) => logs.push(line), error: (line) => logs.push(line) },
    ...options,
  });
  const server: Server = createServer(toNodeHandler(handler));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const endpoint = `${origin}/api/quote`;
  return {
    standIn: api,
    endpoint,
    origin,
    logs,
    quote(body, init = {}) {
      return fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...init.headers }, body: init.raw ?? JSON.stringify(body) });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      if (ownStandIn) await api.close();
    },
  };
}

/** The body the element posts once the shopper chose a Dutch address: no customer typed yet. */
export function quoteRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    product_cart: [
      { product_id: 'pdt_espresso_beans', quantity: 2 },
      { product_id: 'pdt_ceramic_mug', quantity: 1 },
    ],
    billing: { country: 'NL', city: 'Amsterdam', street: 'Damrak 1', zipcode: '1012 LG' },
    payment_link: true,
    ...overrides,
  };
}
