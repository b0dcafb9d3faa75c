/**
 * Test rig for the webhook handler: `createWebhookHandler` on its own node:http server (through
 * `toNodeHandler`, as merchants on Node mount it), a recorder for `onEvent`, and a sender that
 * signs deliveries the Standard Webhooks way with the stand-in's signer.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookHandler, toNodeHandler, type WebhookEvent, type WebhookEventContext, type WebhookHandlerOptions } from '../../src/server/index.js';
import { signStandardWebhook } from '../../src/server/stand-in/stand-in-webhooks.js';

export const TEST_WEBHOOK_SECRET = `whsec_${randomBytes(32).toString('base64')}`;

export interface Delivery {
  /** Default: a fresh `msg_…` id. */
  id?: string;
  /** Seconds since the epoch. Default: now. */
  timestamp?: number;
  /** Secret to sign with. Default `TEST_WEBHOOK_SECRET`. */
  secret?: string;
  /** A `webhook-signature` header to send instead of the computed one. */
  signature?: string;
  /** Extra headers, or `null` values to drop one of the three. */
  headers?: Record<string, string | null>;
}

export interface WebhookRig {
  url: string;
  /** Every `onEvent` call, in order. */
  events: { event: WebhookEvent; context: WebhookEventContext }[];
  logs: string[];
  deliver(body: string, delivery?: Delivery): Promise<Response>;
  close(): Promise<void>;
}

export function newWebhookId(): string {
  return `msg_${randomBytes(9).toString('base64url')}`;
}

export function paymentEvent(type = 'payment.succeeded', paymentId = `pay_${randomBytes(6).toString('hex')}`): Record<string, unknown> {
  return {
    business_id: 'bus_test',
    type,
    timestamp: new Date().toISOString(),
    data: { payment_id: paymentId, total_amount: 2400, currency: 'USD', status: type.split('.')[1], customer: { customer_id: 'cus_1', email: 'ada@example.com', name: 'Ada Lovelace' } },
  };
}

export function signedHeaders(body: string, delivery: Delivery = {}): Record<string, string> {
  const id = delivery.id ?? newWebhookId();
  const timestamp = delivery.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': delivery.signature ?? signStandardWebhook(delivery.secret ?? TEST_WEBHOOK_SECRET, id, timestamp, body),
  };
  for (const [name, value] of Object.entries(delivery.headers ?? {})) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  return headers;
}

export type RigOptions = Partial<WebhookHandlerOptions> & {
  /** Runs inside `onEvent` after the call is recorded (slow or failing handlers). */
  behaviour?: (event: WebhookEvent, context: WebhookEventContext) => void | Promise<void>;
  /** Mount the node handler behind something (a body parser). */
  wrap?: (handler: RequestListener) => (req: IncomingMessage, res: ServerResponse) => void;
};

export async function startWebhookRig(options: RigOptions = {}): Promise<WebhookRig> {
  const { behaviour, wrap, ...handlerOptions } = options;
  const events: WebhookRig['events'] = [];
  const logs: string[] = [];
  const handler = createWebhookHandler({
    webhookKey: TEST_WEBHOOK_SECRET,
    logger: { info: (line) => logs.push(line), error: (line) => logs.push(line) },
    ...handlerOptions,
    onEvent: async (event, context) => {
      events.push({ event, context });
      await behaviour?.(event, context);
    },
  });
  const nodeHandler = toNodeHandler(handler) as RequestListener;
  const server: Server = createServer(wrap ? wrap(nodeHandler) : nodeHandler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks`;
  return {
    url,
    events,
    logs,
    deliver(body, delivery = {}) {
      return fetch(url, { method: 'POST', headers: signedHeaders(body, delivery), body });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
