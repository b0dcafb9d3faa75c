/**
 * What the proxy does with upstream answers it must not trust: gateway pages, 200s of the wrong
 * shape or empty. The upstream is a tiny node:http server the test scripts answer by answer,
 * reached through the real SDK by its base URL; the browser side is a real fetch to the proxy.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_KEY, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

interface ScriptedAnswer {
  status: number;
  contentType?: string;
  body: string;
}

const PAYMENT = {
  payment_id: 'pay_scripted_1',
  total_amount: 4800,
  client_secret: 'cs_scripted_secret',
  customer: { customer_id: 'cus_1', email: 'ada@example.com', name: 'Ada Lovelace' },
  metadata: {},
  payment_link: 'https://test.checkout.dodopayments.com/pay_scripted_1',
};

const GATEWAY_PAGE = '<!DOCTYPE html><html><head><title>Gateway</title></head><body><h1>Welcome</h1><script>alert(1)</script></body></html>';

/**
 * An upstream that answers `POST /payments` from a script, then with a valid payment, and lists
 * (`GET /payments`, `GET /payments/{id}`) the payments a test says Dodo really created.
 */
async function startScriptedUpstream() {
  const script: ScriptedAnswer[] = [];
  const listed: Record<string, unknown>[] = [];
  let calls = 0;
  let lastTag: string | undefined;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://upstream').pathname;
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'GET' && path === '/payments') return json(200, { items: listed });
      if (req.method === 'GET' && path.startsWith('/payments/')) {
        const found = listed.find((item) => item.payment_id === path.slice('/payments/'.length));
        return found ? json(200, found) : json(404, { code: 'NOT_FOUND', message: 'Payment not found.' });
      }
      calls += 1;
      lastTag = (JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { metadata?: Record<string, string> }).metadata?.dodo_checkout_key;
      const answer = script.shift() ?? { status: 200, contentType: 'application/json', body: JSON.stringify(PAYMENT) };
      const headers: Record<string, string> = { 'content-length': String(Buffer.byteLength(answer.body)) };
      if (answer.contentType) headers['content-type'] = answer.contentType;
      res.writeHead(answer.status, headers);
      res.end(answer.body);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answerNext: (...answers: ScriptedAnswer[]) => script.push(...answers),
    /** Dodo did create the last payment posted, whatever reached the proxy: list it with its tag. */
    listLastAsCreated() {
      listed.push({ ...PAYMENT, created_at: new Date().toISOString(), status: 'requires_payment_method', metadata: { dodo_checkout_key: lastTag } });
    },
    /** `POST /payments` requests received. */
    get calls() {
      return calls;
    },
    reset() {
      script.length = 0;
      listed.length = 0;
      calls = 0;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const SETTLE_MS = 1_500;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

let upstream: Awaited<ReturnType<typeof startScriptedUpstream>>;
let rig: ProxyRig;
beforeAll(async () => {
  upstream = await startScriptedUpstream();
  // A short settle window, so a key whose outcome was unknown may create again within the test.
  rig = await startProxyRig({ baseURL: upstream.url, outcomeSettleMs: SETTLE_MS });
});
afterAll(async () => {
  await rig.close();
  await upstream.close();
});
beforeEach(() => upstream.reset());

const lastLog = () => JSON.parse(rig.logs.at(-1) ?? '{}') as Record<string, unknown>;

const UNTRUSTWORTHY_SUCCESSES: [string, ScriptedAnswer, RegExp][] = [
  ['an HTML 200 from a gateway', { status: 200, contentType: 'text/html; charset=utf-8', body: GATEWAY_PAGE }, /not JSON.*text\/html/],
  ['a 200 of the wrong shape', { status: 200, contentType: 'application/json', body: JSON.stringify({ id: 'pay_1', customer: { email: 'ada@example.com', name: 'Ada Lovelace' } }) }, /payment_id/],
  ['an empty JSON 200', { status: 200, contentType: 'application/json', body: '' }, /empty/],
  ['an empty 200 without a content type', { status: 200, body: '' }, /empty/],
  ['a 200 whose JSON is not an object', { status: 200, contentType: 'application/json', body: '"ok"' }, /payment schema/],
];

describe('upstream successes are validated before anyone sees them', () => {
  it.each(UNTRUSTWORTHY_SUCCESSES)('%s becomes 502 UPSTREAM_ERROR, logged with its cause', async (_name, answer, cause) => {
    upstream.answerNext(answer);
    const response = await rig.post(validRequest(), { headers: { 'idempotency-key': freshKey() } });
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ code: 'UPSTREAM_ERROR', message: 'The payment provider had a problem. Please try again.' });
    expect(text).not.toMatch(/<|html|script|pay_1/i);

    const log = lastLog();
    expect(log).toMatchObject({ level: 'error', status: 502, code: 'UPSTREAM_ERROR', upstream_status: 200 });
    expect(log.cause).toMatch(cause);
    const line = rig.logs.at(-1) ?? '';
    expect(line).not.toMatch(/ada@example\.com|Ada Lovelace|<script/);
    expect(line).not.toContain(API_KEY);
    expect(upstream.calls).toBe(1);
  });

  it.each(UNTRUSTWORTHY_SUCCESSES)('%s is not stored: a retry asks Dodo whether it was created, and creates again only once it is sure it was not', async (_name, answer) => {
    upstream.answerNext(answer);
    const key = freshKey();
    expect((await rig.post(validRequest(), { headers: { 'idempotency-key': key } })).status).toBe(502);
    const early = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(early.status).toBe(503);
    expect((await early.json()).code).toBe('PAYMENT_OUTCOME_UNKNOWN');
    expect(Number(early.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(upstream.calls).toBe(1);

    await sleep(SETTLE_MS + 100);
    const retry = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect((await retry.json()).payment_id).toBe(PAYMENT.payment_id);
    expect(upstream.calls).toBe(2);
  });

  it('a garbled 200 for a payment Dodo did create is answered with that payment on retry, never created twice', async () => {
    upstream.answerNext(UNTRUSTWORTHY_SUCCESSES[0]![1]);
    const key = freshKey();
    expect((await rig.post(validRequest(), { headers: { 'idempotency-key': key } })).status).toBe(502);
    upstream.listLastAsCreated();
    const retry = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toMatchObject({ payment_id: PAYMENT.payment_id, payment_link: PAYMENT.payment_link });
    expect(upstream.calls).toBe(1);
  });

  it('passes a valid payment on unchanged and replays it for the same key', async () => {
    const key = freshKey();
    const first = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual(PAYMENT);
    const again = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(upstream.calls).toBe(1);
  });
});

describe('only the API’s own final answers are stored for replay', () => {
  it('an HTML 404 from a gateway is answered without HTML and not stored: the retry with the same key runs again', async () => {
    upstream.answerNext({ status: 404, contentType: 'text/html', body: '<html><body><h1>404 Not Found</h1><hr>nginx</body></html>' });
    const key = freshKey();
    const first = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(first.status).toBe(404);
    const text = await first.text();
    expect(text).not.toMatch(/<|html|nginx/i);
    expect(typeof JSON.parse(text).code).toBe('string');

    const retry = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect((await retry.json()).payment_id).toBe(PAYMENT.payment_id);
    expect(upstream.calls).toBe(2);
  });

  it.each([
    ['an HTML 502 from a gateway', { status: 502, contentType: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }],
    ['a plain-text 503', { status: 503, contentType: 'text/plain', body: 'upstream connect error' }],
    ['an API-style 500', { status: 500, contentType: 'application/json', body: JSON.stringify({ code: 'INTERNAL', message: 'oops' }) }],
  ] as const)('%s is answered without HTML and not stored: the retry is reconciled, then runs again', async (_name, answer) => {
    upstream.answerNext(answer);
    const key = freshKey();
    const first = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(first.status).toBe(502);
    const text = await first.text();
    expect(text).not.toMatch(/<|html|Bad Gateway/i);
    expect(typeof JSON.parse(text).code).toBe('string');

    expect((await rig.post(validRequest(), { headers: { 'idempotency-key': key } })).status).toBe(503);
    await sleep(SETTLE_MS + 100);
    const retry = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect((await retry.json()).payment_id).toBe(PAYMENT.payment_id);
    expect(upstream.calls).toBe(2);
  });

  it('stores the API’s own refusal of the body (422 {code, message}) and replays it', async () => {
    upstream.answerNext({ status: 422, contentType: 'application/json', body: JSON.stringify({ code: 'INVALID_DISCOUNT_CODE', message: 'The discount code has expired.' }) });
    const key = freshKey();
    const first = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(first.status).toBe(422);
    const retry = await rig.post(validRequest(), { headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(422);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual({ code: 'INVALID_DISCOUNT_CODE', message: 'The discount code has expired.' });
    expect(upstream.calls).toBe(1);
  });
});
