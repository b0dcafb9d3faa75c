/**
 * `createWebhookHandler` over real HTTP: Standard Webhooks signatures (checked by the SDK's
 * `webhooks.unwrap`), the timestamp window, the raw body as sent, limits, and `onEvent` once per
 * `webhook-id` with the in-memory store (the Redis store: webhook-redis.test.ts).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { createMemoryIdempotencyStore, createWebhookHandler } from '../../src/server/index.js';
import { newWebhookId, paymentEvent, signedHeaders, startWebhookRig, TEST_WEBHOOK_SECRET, type RigOptions, type WebhookRig } from './webhook-support.js';

const rigs: WebhookRig[] = [];
async function rig(options: RigOptions = {}): Promise<WebhookRig> {
  const started = await startWebhookRig(options);
  rigs.push(started);
  return started;
}

afterEach(async () => {
  await Promise.all(rigs.splice(0).map((r) => r.close()));
});

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const now = () => Math.floor(Date.now() / 1000);

describe('webhook signature', () => {
  it('accepts a correctly signed event and hands onEvent the typed event with its id and time', async () => {
    const r = await rig();
    const body = JSON.stringify(paymentEvent('payment.succeeded', 'pay_abc'));
    const id = newWebhookId();
    const timestamp = now() - 10;
    const response = await r.deliver(body, { id, timestamp });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    expect(r.events).toHaveLength(1);
    const [{ event, context }] = r.events as [WebhookRig['events'][number]];
    expect(event.type).toBe('payment.succeeded');
    if (event.type === 'payment.succeeded') expect(event.data.payment_id).toBe('pay_abc');
    expect(context).toEqual({ webhookId: id, timestamp: new Date(timestamp * 1000) });
  });

  it.each([
    ['signed with another secret', { secret: `whsec_${randomBytes(32).toString('base64')}` }, 'WEBHOOK_SIGNATURE_INVALID'],
    ['a garbage signature', { signature: 'v1,bm90IGEgc2lnbmF0dXJl' }, 'WEBHOOK_SIGNATURE_INVALID'],
    ['an unknown signature version only', { signature: 'v2,abc' }, 'WEBHOOK_SIGNATURE_INVALID'],
    ['no webhook-signature', { headers: { 'webhook-signature': null } }, 'WEBHOOK_SIGNATURE_MISSING'],
    ['no webhook-id', { headers: { 'webhook-id': null } }, 'WEBHOOK_SIGNATURE_MISSING'],
    ['no webhook-timestamp', { headers: { 'webhook-timestamp': null } }, 'WEBHOOK_SIGNATURE_MISSING'],
    ['a non-numeric timestamp', { headers: { 'webhook-timestamp': 'yesterday' } }, 'WEBHOOK_TIMESTAMP_OUT_OF_RANGE'],
  ])('refuses %s with 401 and never runs onEvent', async (_name, delivery, code) => {
    const r = await rig();
    const response = await r.deliver(JSON.stringify(paymentEvent()), delivery);
    expect(response.status).toBe(401);
    expect((await response.json()).code).toBe(code);
    expect(r.events).toHaveLength(0);
  });

  it('refuses a body changed after signing, and a signature moved to another webhook-id', async () => {
    const r = await rig();
    const body = JSON.stringify(paymentEvent('payment.succeeded', 'pay_1'));
    const headers = signedHeaders(body);
    const tampered = await fetch(r.url, { method: 'POST', headers, body: body.replace('2400', '1') });
    expect(tampered.status).toBe(401);
    const moved = await fetch(r.url, { method: 'POST', headers: { ...headers, 'webhook-id': newWebhookId() }, body });
    expect(moved.status).toBe(401);
    expect(r.events).toHaveLength(0);
  });

  it('accepts any matching v1 signature among several (secret rotation)', async () => {
    const r = await rig();
    const body = JSON.stringify(paymentEvent());
    const good = signedHeaders(body, { id: 'msg_rotation', timestamp: now() });
    const old = signedHeaders(body, { id: 'msg_rotation', timestamp: Number(good['webhook-timestamp']), secret: `whsec_${randomBytes(32).toString('base64')}` });
    const response = await fetch(r.url, { method: 'POST', headers: { ...good, 'webhook-signature': `${old['webhook-signature']} ${good['webhook-signature']}` }, body });
    expect(response.status).toBe(200);
    expect(r.events).toHaveLength(1);
  });

  it('refuses stale and future timestamps (default 5 minutes), correctly signed or not', async () => {
    const r = await rig();
    for (const timestamp of [now() - 305, now() + 305, now() - 86_400, 0]) {
      const response = await r.deliver(JSON.stringify(paymentEvent()), { timestamp });
      expect(response.status).toBe(401);
      expect((await response.json()).code).toBe('WEBHOOK_TIMESTAMP_OUT_OF_RANGE');
    }
    expect((await r.deliver(JSON.stringify(paymentEvent()), { timestamp: now() - 290 })).status).toBe(200);
    expect((await r.deliver(JSON.stringify(paymentEvent()), { timestamp: now() + 290 })).status).toBe(200);
    expect(r.events).toHaveLength(2);
  });

  it('tightens the window with toleranceSeconds, and refuses one wider than the SDK checks', async () => {
    const r = await rig({ toleranceSeconds: 30 });
    expect((await r.deliver(JSON.stringify(paymentEvent()), { timestamp: now() - 60 })).status).toBe(401);
    expect((await r.deliver(JSON.stringify(paymentEvent()), { timestamp: now() - 5 })).status).toBe(200);
    expect(() => createWebhookHandler({ webhookKey: TEST_WEBHOOK_SECRET, onEvent: () => undefined, toleranceSeconds: 600 })).toThrow(/toleranceSeconds/);
  });

  it('is a plain fetch-standard function (Next.js, Hono, Workers): Request in, Response out', async () => {
    const seen: string[] = [];
    const handler = createWebhookHandler({ webhookKey: TEST_WEBHOOK_SECRET, logger: null, onEvent: (event) => void seen.push(event.type) });
    const body = JSON.stringify(paymentEvent('payment.failed'));
    const response = await handler(new Request('https://shop.example/api/webhooks', { method: 'POST', headers: signedHeaders(body), body }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(seen).toEqual(['payment.failed']);
  });

  it('refuses to start without a valid key, naming the environment variable', () => {
    const saved = process.env.DODO_PAYMENTS_WEBHOOK_KEY;
    delete process.env.DODO_PAYMENTS_WEBHOOK_KEY;
    try {
      expect(() => createWebhookHandler({ onEvent: () => undefined })).toThrow(/DODO_PAYMENTS_WEBHOOK_KEY/);
      expect(() => createWebhookHandler({ webhookKey: 'whsec_not base64!', onEvent: () => undefined })).toThrow(/Standard Webhooks secret/);
      expect(() => createWebhookHandler({ webhookKey: 'whsec_', onEvent: () => undefined })).toThrow(/Standard Webhooks secret/);
      process.env.DODO_PAYMENTS_WEBHOOK_KEY = TEST_WEBHOOK_SECRET;
      expect(typeof createWebhookHandler({ onEvent: () => undefined })).toBe('function');
    } finally {
      if (saved === undefined) delete process.env.DODO_PAYMENTS_WEBHOOK_KEY;
      else process.env.DODO_PAYMENTS_WEBHOOK_KEY = saved;
    }
  });
});

describe('webhook body', () => {
  it('verifies the bytes exactly as sent: spacing, key order, escapes and non-ASCII text survive', async () => {
    const r = await rig();
    // Any re-serialisation (JSON.parse + JSON.stringify) changes every one of these, and the signature with it.
    const body =
      '{\n  "type" : "payment.succeeded",\t"business_id":"bus_1",\r\n"timestamp":"2026-12-01T05:00:00Z",' +
      '"data":{"payment_id":"pay_bytes","total_amount":2.40e3,"customer":{"name":"\\u00c5sa \\"Å\\" Ström 🚲","email":"a\\/b@example.com"},' +
      '"metadata":{"note":"naïve — ünïcödé"}}}   \n';
    const response = await r.deliver(body);
    expect(response.status).toBe(200);
    expect(r.events).toHaveLength(1);
    const data = r.events[0]!.event.data as { customer: { name: string }; total_amount: number };
    expect(data.customer.name).toBe('Åsa "Å" Ström 🚲');
    expect(data.total_amount).toBe(2400);
  });

  it('the express.json() trap: a body parsed before the handler no longer verifies; a raw body does', async () => {
    const readAll = async (req: IncomingMessage) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    };
    // What express.json() leaves behind: the stream consumed, req.body an object.
    const parsedFirst = await rig({
      wrap: (handler) => (req: IncomingMessage, res: ServerResponse) =>
        void readAll(req).then((raw) => {
          (req as { body?: unknown }).body = JSON.parse(raw.toString('utf8'));
          handler(req, res);
        }),
    });
    // What express.raw({ type: 'application/json' }) leaves behind: req.body the bytes.
    const rawFirst = await rig({
      wrap: (handler) => (req: IncomingMessage, res: ServerResponse) =>
        void readAll(req).then((raw) => {
          (req as { body?: unknown }).body = raw;
          handler(req, res);
        }),
    });
    const body = '{ "type": "payment.succeeded", "business_id": "bus_1", "timestamp": "2026-12-01T05:00:00Z", "data": { "payment_id": "pay_trap" } }';
    const parsed = await parsedFirst.deliver(body);
    expect(parsed.status).toBe(401);
    expect(parsedFirst.events).toHaveLength(0);
    const raw = await rawFirst.deliver(body);
    expect(raw.status).toBe(200);
    expect(rawFirst.events).toHaveLength(1);
  });

  it('answers 413 above maxBodyBytes without running onEvent', async () => {
    const r = await rig({ maxBodyBytes: 1024 });
    const event = paymentEvent();
    const body = JSON.stringify({ ...event, data: { ...(event.data as object), padding: 'x'.repeat(2000) } });
    const response = await r.deliver(body);
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe('BODY_TOO_LARGE');
    // Streamed without Content-Length, the limit holds while reading.
    const headers = signedHeaders(body);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body));
        controller.close();
      },
    });
    const chunked = await fetch(r.url, { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(r.events).toHaveLength(0);
  });

  it('answers 400 for a correctly signed body that is not a JSON event, 405 for other methods', async () => {
    const r = await rig();
    for (const body of ['not json', '[1,2,3]', '{"type":"payment.succeeded"}', '{"data":{}}']) {
      const response = await r.deliver(body);
      expect(response.status, body).toBe(400);
      expect((await response.json()).code).toBe('INVALID_EVENT');
    }
    const get = await fetch(r.url);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(r.events).toHaveLength(0);
  });

  it('logs one line per delivery with id, type and outcome, never the payload or the secret', async () => {
    const r = await rig();
    const body = JSON.stringify(paymentEvent('payment.succeeded', 'pay_logged'));
    await r.deliver(body, { id: 'msg_logged' });
    await r.deliver(body, { id: 'msg_logged' });
    await r.deliver(body, { secret: `whsec_${randomBytes(16).toString('base64')}` });
    expect(r.logs).toHaveLength(3);
    const lines = r.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ msg: 'dodo-checkout webhook', status: 200, webhook_id: 'msg_logged', type: 'payment.succeeded' });
    expect(lines[1]).toMatchObject({ status: 200, webhook_id: 'msg_logged', duplicate: true });
    expect(lines[2]).toMatchObject({ status: 401, code: 'WEBHOOK_SIGNATURE_INVALID' });
    for (const line of r.logs) {
      expect(line).not.toContain('ada@example.com');
      expect(line).not.toContain('Ada Lovelace');
      expect(line).not.toContain(TEST_WEBHOOK_SECRET.slice(6, 20));
    }
  });
});

describe('webhook dedupe (memory store)', () => {
  it('runs onEvent once for redeliveries of one webhook-id (fresh timestamp and signature each time)', async () => {
    const r = await rig();
    const body = JSON.stringify(paymentEvent());
    const id = newWebhookId();
    const first = await r.deliver(body, { id, timestamp: now() - 20 });
    const second = await r.deliver(body, { id, timestamp: now() });
    const third = await r.deliver(body, { id });
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    expect(await second.json()).toEqual({ received: true, duplicate: true });
    expect(r.events).toHaveLength(1);
    // Another event is another id: it runs.
    expect((await r.deliver(body)).status).toBe(200);
    expect(r.events).toHaveLength(2);
  });

  it('logs why onEvent failed without the e-mail addresses and long numbers its message may carry', async () => {
    const r = await rig({
      behaviour: () => {
        throw new Error('no order for ada@example.com, phone 4915112345678');
      },
    });
    expect((await r.deliver(JSON.stringify(paymentEvent()))).status).toBe(500);
    expect(JSON.parse(r.logs[0]!)).toMatchObject({ level: 'error', status: 500, error: 'Error: no order for [email], phone [number]' });
  });

  it('releases the event when onEvent throws (500), so the retry runs it, once', async () => {
    let failures = 1;
    const r = await rig({
      behaviour: () => {
        if (failures-- > 0) throw new Error('database down');
      },
    });
    const body = JSON.stringify(paymentEvent());
    const id = newWebhookId();
    const failed = await r.deliver(body, { id });
    expect(failed.status).toBe(500);
    const answer = await failed.json();
    expect(answer.code).toBe('WEBHOOK_HANDLER_FAILED');
    expect(JSON.stringify(answer), 'the sender never sees your error').not.toContain('database down');
    expect(JSON.parse(r.logs[0]!)).toMatchObject({ level: 'error', status: 500, error: 'Error: database down' });
    const retried = await r.deliver(body, { id });
    expect(retried.status).toBe(200);
    expect(await retried.json()).toEqual({ received: true });
    const again = await r.deliver(body, { id });
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    expect(r.events).toHaveLength(2); // the failed run and the successful one; nothing after
  });

  it('many parallel deliveries of one webhook-id: onEvent runs once, every delivery gets 200', async () => {
    let running = 0;
    let most = 0;
    const r = await rig({
      behaviour: async () => {
        running++;
        most = Math.max(most, running);
        await sleep(150);
        running--;
      },
    });
    const body = JSON.stringify(paymentEvent());
    const id = newWebhookId();
    const responses = await Promise.all(Array.from({ length: 25 }, () => r.deliver(body, { id })));
    expect(responses.map((response) => response.status)).toEqual(Array(25).fill(200));
    const bodies = await Promise.all(responses.map((response) => response.json()));
    expect(bodies.filter((answer) => !answer.duplicate)).toHaveLength(1);
    expect(r.events).toHaveLength(1);
    expect(most).toBe(1);
  });

  it('a concurrent duplicate that waits past duplicateWaitMs gets a retryable 409, not a second run', async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const r = await rig({
      duplicateWaitMs: 50,
      behaviour: async () => {
        started();
        await gate;
      },
    });
    const body = JSON.stringify(paymentEvent());
    const id = newWebhookId();
    const first = r.deliver(body, { id });
    await running;
    const duplicate = await r.deliver(body, { id });
    expect(duplicate.status).toBe(409);
    expect(duplicate.headers.get('retry-after')).toBe('5');
    expect((await duplicate.json()).code).toBe('WEBHOOK_IN_PROGRESS');
    finish();
    expect((await first).status).toBe(200);
    expect(await (await r.deliver(body, { id })).json()).toEqual({ received: true, duplicate: true });
    expect(r.events).toHaveLength(1);
  });

  it('when the first delivery fails while duplicates wait, one duplicate runs it, once', async () => {
    let calls = 0;
    const r = await rig({
      behaviour: async () => {
        calls++;
        await sleep(100);
        if (calls === 1) throw new Error('first run fails');
      },
    });
    const body = JSON.stringify(paymentEvent());
    const id = newWebhookId();
    const statuses = (await Promise.all(Array.from({ length: 10 }, () => r.deliver(body, { id })))).map((response) => response.status);
    expect(statuses.filter((status) => status === 500)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(9);
    expect(r.events).toHaveLength(2);
  });

  it('does not let an unverified request take or spoil a webhook-id', async () => {
    const r = await rig();
    const body = JSON.stringify(paymentEvent());
    const id = newWebhookId();
    const forged = await r.deliver(body, { id, secret: `whsec_${randomBytes(32).toString('base64')}` });
    expect(forged.status).toBe(401);
    const real = await r.deliver(body, { id });
    expect(await real.json()).toEqual({ received: true });
    expect(r.events).toHaveLength(1);
  });

  it('answers 503 (retryable) without running onEvent when the store fails', async () => {
    const r = await rig({
      store: {
        claim: () => Promise.reject(new Error('store down')),
        complete: () => Promise.resolve(),
        release: () => Promise.resolve(),
      },
    });
    const response = await r.deliver(JSON.stringify(paymentEvent()));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(r.events).toHaveLength(0);
  });
});

describe('webhook dedupe when the memory store is full', () => {
  it('the default store keeps answering 200 past 10 000 handled events, and still knows recent ones', async () => {
    let handled = 0;
    const handler = createWebhookHandler({ webhookKey: TEST_WEBHOOK_SECRET, logger: null, onEvent: () => void handled++ });
    const body = JSON.stringify(paymentEvent());
    const deliver = (id: string) => handler(new Request('http://localhost/api/webhooks', { method: 'POST', headers: signedHeaders(body, { id }), body }));
    const refused: number[] = [];
    for (let i = 0; i < 10_050; i++) {
      const response = await deliver(`msg_full_${i}`);
      if (response.status !== 200) refused.push(response.status);
    }
    expect(refused).toEqual([]);
    expect(handled).toBe(10_050);
    expect(await (await deliver('msg_full_10049')).json()).toEqual({ received: true, duplicate: true });
    expect(handled).toBe(10_050);
  }, 60_000);

  it('makes room by forgetting the longest-handled events first; every new event runs once and gets 200', async () => {
    const r = await rig({ store: createMemoryIdempotencyStore({ maxEntries: 3, evictCompletedWhenFull: true }) });
    const body = JSON.stringify(paymentEvent());
    const ids = Array.from({ length: 8 }, () => newWebhookId());
    for (const id of ids) {
      const response = await r.deliver(body, { id });
      expect(response.status, id).toBe(200);
      expect(await response.json()).toEqual({ received: true });
    }
    expect(r.events.map((entry) => entry.context.webhookId)).toEqual(ids);
    for (const id of ids.slice(-3)) expect(await (await r.deliver(body, { id })).json(), id).toEqual({ received: true, duplicate: true });
    expect(r.events).toHaveLength(8);
    // The oldest event gave way: a redelivery this late runs it again (a bigger store or Redis remembers longer).
    expect(await (await r.deliver(body, { id: ids[0] })).json()).toEqual({ received: true });
    expect(r.events).toHaveLength(9);
  });

  it('never forgets an event still being handled, and counts age from when an event finished', async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const slowId = newWebhookId();
    const r = await rig({
      duplicateWaitMs: 50,
      store: createMemoryIdempotencyStore({ maxEntries: 2, evictCompletedWhenFull: true }),
      behaviour: async (_event, context) => {
        if (context.webhookId !== slowId) return;
        started();
        await gate;
      },
    });
    const body = JSON.stringify(paymentEvent());
    const slow = r.deliver(body, { id: slowId });
    await running;
    const quick = [newWebhookId(), newWebhookId(), newWebhookId()];
    for (const id of quick) expect((await r.deliver(body, { id })).status, id).toBe(200);
    const whileRunning = await r.deliver(body, { id: slowId });
    expect(whileRunning.status).toBe(409);
    expect((await whileRunning.json()).code).toBe('WEBHOOK_IN_PROGRESS');
    finish();
    expect((await slow).status).toBe(200);
    // The slow event finished last, so the next new event pushes out the last quick one, not it.
    expect((await r.deliver(body)).status).toBe(200);
    expect(await (await r.deliver(body, { id: slowId })).json()).toEqual({ received: true, duplicate: true });
    expect(r.events.filter((entry) => entry.context.webhookId === slowId)).toHaveLength(1);
  });

  it('still refuses (503, retryable) when every kept event is being handled: none can be forgotten', async () => {
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const r = await rig({ store: createMemoryIdempotencyStore({ maxEntries: 1, evictCompletedWhenFull: true }), behaviour: () => gate });
    const body = JSON.stringify(paymentEvent());
    const first = r.deliver(body);
    while (r.events.length === 0) await sleep(5);
    const second = await r.deliver(body);
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBeTruthy();
    finish();
    expect((await first).status).toBe(200);
    expect((await r.deliver(body)).status).toBe(200);
    expect(r.events).toHaveLength(2);
  });
});

describe('webhook body read deadline', () => {
  /** Posts the signed headers and half the body over node:http, then waits without finishing it. */
  function postHalf(url: string, body: string): Promise<{ status: number; body: string; elapsedMs: number }> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const req = httpRequest(url, { method: 'POST', headers: { ...signedHeaders(body), 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          clearTimeout(giveUp);
          resolve({ status: res.statusCode ?? 0, body: text, elapsedMs: Date.now() - started });
        });
      });
      const giveUp = setTimeout(() => {
        req.destroy();
        reject(new Error('no answer within 3 s: the body read has no deadline'));
      }, 3_000);
      req.on('error', reject);
      req.write(body.slice(0, body.length / 2));
    });
  }

  it('answers 408 REQUEST_TIMEOUT at bodyReadTimeoutMs to a body that never finishes, without running onEvent', async () => {
    const r = await rig({ bodyReadTimeoutMs: 200 });
    const answer = await postHalf(r.url, JSON.stringify(paymentEvent()));
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body)).toEqual({ code: 'REQUEST_TIMEOUT', message: 'The request body did not arrive in time.' });
    expect(answer.elapsedMs).toBeGreaterThanOrEqual(150);
    expect(answer.elapsedMs).toBeLessThan(2_000);
    expect(JSON.parse(r.logs.at(-1)!)).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
    expect(r.events).toHaveLength(0);
  });

  it('applies the deadline to a fetch-standard request whose body stream stalls', async () => {
    const handler = createWebhookHandler({ webhookKey: TEST_WEBHOOK_SECRET, logger: null, bodyReadTimeoutMs: 200, onEvent: () => undefined });
    const body = JSON.stringify(paymentEvent());
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body.slice(0, 10)));
      },
    });
    const request = new Request('http://localhost/api/webhooks', { method: 'POST', headers: signedHeaders(body), body: stalled, duplex: 'half' } as RequestInit);
    const answer = await Promise.race([handler(request), sleep(2_000).then(() => 'still reading after 2 s')]);
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).status).toBe(408);
  });

  it('still accepts a body sent slowly in pieces that finishes within the deadline', async () => {
    const r = await rig({ bodyReadTimeoutMs: 2_000 });
    const body = JSON.stringify(paymentEvent());
    const pieces = [body.slice(0, 20), body.slice(20, 60), body.slice(60)];
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const piece = pieces.shift();
        if (piece === undefined) return controller.close();
        await sleep(50);
        controller.enqueue(new TextEncoder().encode(piece));
      },
    });
    const response = await fetch(r.url, { method: 'POST', headers: signedHeaders(body), body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(200);
    expect(r.events).toHaveLength(1);
  });
});
