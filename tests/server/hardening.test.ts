/**
 * The proxy under hostile or broken clients, through real node:http: a body that never finishes,
 * methods the fetch `Request` cannot carry, and internal errors whose log line must say why
 * without leaking the key or the shopper's data.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

interface RawAnswer {
  status: number;
  headers: string;
  body: string;
  /** The server closed the connection after answering. */
  closed: boolean;
}

/** Sends `head` and `chunks` (the last after `pauseMs` each) over a raw socket; gives up after `giveUpMs`. */
function rawExchange(origin: string, head: string, chunks: string[], options: { pauseMs?: number; giveUpMs?: number } = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    let timers: NodeJS.Timeout[] = [];
    const finish = (closed: boolean) => {
      for (const timer of timers) clearTimeout(timer);
      timers = [];
      socket.destroy();
      const [headers = '', body = ''] = received.split('\r\n\r\n', 2);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0);
      resolve({ status, headers: headers.toLowerCase(), body, closed });
    };
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => (received += data));
    socket.on('end', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', () => {
      socket.write(head);
      // One chunk at a time, each `pauseMs` after the one before: timers of different delays set
      // at once may fire out of order on a busy event loop, which would scramble the body.
      const writeFrom = (index: number) => {
        if (index >= chunks.length || !socket.writable) return;
        socket.write(chunks[index]!);
        timers.push(setTimeout(() => writeFrom(index + 1), options.pauseMs ?? 0));
      };
      writeFrom(0);
      timers.push(setTimeout(() => finish(false), options.giveUpMs ?? 5_000));
    });
  });
}

function postHead(origin: string, headers: Record<string, string>): string {
  const host = new URL(origin).host;
  const lines = Object.entries({ host, 'content-type': 'application/json', ...headers }).map(([name, value]) => `${name}: ${value}`);
  return `POST /api/payments HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

let rig: ProxyRig;
beforeAll(async () => {
  rig = await startProxyRig({ bodyReadTimeoutMs: 1_000 });
});
afterAll(() => rig.close());

const lastLog = () => JSON.parse(rig.logs.at(-1) ?? '{}') as Record<string, unknown>;

describe('a request body that never finishes', () => {
  it('is answered 408 REQUEST_TIMEOUT at the read deadline and the connection is closed', async () => {
    const body = JSON.stringify(validRequest());
    const answer = await rawExchange(rig.origin, postHead(rig.origin, { 'content-length': String(body.length) }), [body.slice(0, body.length / 2)]);
    expect(answer.status).toBe(408);
    expect(answer.headers).toMatch(/content-type: application\/json/);
    expect(JSON.parse(answer.body)).toEqual({ code: 'REQUEST_TIMEOUT', message: 'The request body did not arrive in time.' });
    expect(answer.closed).toBe(true);
    expect(lastLog()).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
  });

  it('does not let a body trickling in byte by byte (each within any idle timeout) hold the request open', async () => {
    const body = JSON.stringify(validRequest());
    const bytes = body.split('').map((char) => `1\r\n${char}\r\n`);
    const answer = await rawExchange(rig.origin, postHead(rig.origin, { 'transfer-encoding': 'chunked' }), bytes, { pauseMs: 100 });
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body).code).toBe('REQUEST_TIMEOUT');
  });

  it('still accepts a whole body sent in pieces within the deadline', async () => {
    const body = JSON.stringify(validRequest());
    const pieces = [body.slice(0, 40), body.slice(40, 120), body.slice(120)].map((piece) => `${Buffer.byteLength(piece).toString(16)}\r\n${piece}\r\n`);
    const answer = await rawExchange(rig.origin, postHead(rig.origin, { 'transfer-encoding': 'chunked', connection: 'close' }), [...pieces, '0\r\n\r\n'], { pauseMs: 50 });
    expect(answer.status).toBe(200);
  });
});

describe('methods the fetch Request refuses', () => {
  it.each(['TRACE'])('%s is answered 405 with Allow, not 500', async (method) => {
    const answer = await new Promise<{ status: number; allow?: string; body: string }>((resolve, reject) => {
      const req = httpRequest(rig.endpoint, { method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(405);
    expect(answer.allow).toBe('POST, OPTIONS');
    expect(JSON.parse(answer.body)).toEqual({ code: 'METHOD_NOT_ALLOWED', message: 'Use POST.' });
  });

  it('answers other unsupported methods from the handler as before (405 with Allow)', async () => {
    const response = await fetch(rig.endpoint, { method: 'PUT', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
  });
});

describe('INTERNAL_ERROR log lines', () => {
  it('carry the error class and message, without the key, the idempotency key or the shopper’s data', async () => {
    const key = freshKey();
    const failing = await startProxyRig(
      {
        transform: (body) => {
          const customer = body.customer as { email: string; name: string };
          throw new TypeError(`cannot map ${customer.name} <${customer.email}> (+46 70 123 45 67, Drottninggatan 1) with ${API_KEY} for ${key}`);
        },
      },
      rig.standIn,
    );
    try {
      const response = await failing.post(validRequest(), { headers: { 'idempotency-key': key } });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ code: 'INTERNAL_ERROR', message: 'Something went wrong while creating the payment.' });
      const line = failing.logs.at(-1) ?? '';
      const log = JSON.parse(line) as Record<string, unknown>;
      expect(log).toMatchObject({ level: 'error', status: 500, code: 'INTERNAL_ERROR' });
      expect(log.cause).toMatch(/^TypeError: cannot map /);
      expect(line).not.toMatch(/Ada Lovelace|ada@example\.com|123 45 67|Drottninggatan/);
      expect(line).not.toContain(API_KEY);
      expect(line).not.toContain(key);
    } finally {
      await failing.close();
    }
  });

  it('name a programming error in the merchant’s transform', async () => {
    const failing = await startProxyRig({ transform: (body) => ({ ...body, metadata: { order: 42n as unknown as string } }) }, rig.standIn);
    try {
      const response = await failing.post(validRequest(), { headers: { 'idempotency-key': freshKey() } });
      expect(response.status).toBe(500);
      expect(JSON.parse(failing.logs.at(-1) ?? '{}')).toMatchObject({ code: 'INTERNAL_ERROR', cause: 'TypeError: Do not know how to serialize a BigInt' });
    } finally {
      await failing.close();
    }
  });

  it('describe a thrown non-Error value, redacted the same way', async () => {
    const failing = await startProxyRig(
      {
        transform: (body) => {
          throw `no account for ${(body.customer as { email: string }).email}`;
        },
      },
      rig.standIn,
    );
    try {
      const response = await failing.post(validRequest());
      expect(response.status).toBe(500);
      expect(JSON.parse(failing.logs.at(-1) ?? '{}')).toMatchObject({ code: 'INTERNAL_ERROR', cause: 'thrown string: no account for [redacted]' });
    } finally {
      await failing.close();
    }
  });
});
