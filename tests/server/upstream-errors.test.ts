import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_KEY, freshKey, startProxyRig, validRequest, type ProxyRig } from './support.js';

let rig: ProxyRig;
beforeAll(async () => {
  rig = await startProxyRig({ timeout: 400 });
});
afterAll(() => rig.close());
beforeEach(() => rig.standIn.reset());

const PASSED_THROUGH = [400, 404, 409, 422, 429];
const MERCHANT_KEY = [401, 403];
const SERVER_SIDE = [500, 502, 503, 504];
const UNAVAILABLE = { code: 'UPSTREAM_ERROR', message: 'Payments are not available right now. Please try again later.' };

describe('upstream errors', () => {
  it.each(PASSED_THROUGH)('passes upstream %i on with the API message', async (status) => {
    rig.standIn.failNext({ status, body: { code: `UPSTREAM_${status}`, message: `Dodo says no (${status}).` }, headers: status === 429 ? { 'retry-after': '7' } : {} });
    const response = await rig.post(validRequest(), { headers: { 'idempotency-key': freshKey() } });
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ code: `UPSTREAM_${status}`, message: `Dodo says no (${status}).` });
    if (status === 429) expect(response.headers.get('retry-after')).toBe('7');
    expect(rig.standIn.requestCount).toBe(1);
  });

  it.each(PASSED_THROUGH)('gives a generic message when upstream %i is not API-style', async (status) => {
    rig.standIn.failNext({ status, body: '<html><body>Error <script>alert(1)</script></body></html>' });
    const response = await rig.post(validRequest());
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body).toEqual({ code: 'UPSTREAM_REJECTED', message: 'The payment provider rejected the request.' });
  });

  it.each(SERVER_SIDE)('turns upstream %i into 502 without upstream internals', async (status) => {
    rig.standIn.failNext({ status, body: { code: 'DB_DOWN', message: 'postgres at 10.0.0.7:5432 refused connection; stack: at Pool.connect' } });
    const response = await rig.post(validRequest());
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ code: 'UPSTREAM_ERROR', message: 'The payment provider had a problem. Please try again.' });
    expect(text).not.toMatch(/postgres|10\.0\.0\.7|stack/);
  });

  it('answers 504 when the API does not answer in time', async () => {
    rig.standIn.failNext({ delayMs: 1_500, status: 200, body: {} });
    const started = Date.now();
    const response = await rig.post(validRequest());
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({ code: 'UPSTREAM_TIMEOUT', message: 'The payment provider did not answer in time.' });
    expect(Date.now() - started).toBeLessThan(1_400);
  });

  it('answers 502 when the connection drops', async () => {
    rig.standIn.failNext({ destroySocket: true });
    const response = await rig.post(validRequest());
    expect(response.status).toBe(502);
    expect((await response.json()).code).toBe('UPSTREAM_UNREACHABLE');
  });

  it('answers 502 when nothing listens at the base URL', async () => {
    const closed = await startProxyRig({ baseURL: 'http://127.0.0.1:9' }, rig.standIn);
    try {
      const response = await closed.post(validRequest());
      expect(response.status).toBe(502);
      expect((await response.json()).code).toBe('UPSTREAM_UNREACHABLE');
    } finally {
      await closed.close();
    }
  });

  it.each(MERCHANT_KEY)('turns upstream %i (the merchant key) into a generic 502 and logs the real status', async (status) => {
    rig.standIn.failNext({ status, body: { code: `KEY_${status}`, message: 'API key sk_live_… lacks the payments:write scope for business bus_42.' } });
    const response = await rig.post(validRequest(), { headers: { 'idempotency-key': freshKey() } });
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual(UNAVAILABLE);
    expect(text).not.toMatch(/scope|bus_42|KEY_/);
    expect(response.headers.get('x-upstream-status')).toBeNull();
    expect(JSON.parse(rig.logs.at(-1) ?? '{}')).toMatchObject({ level: 'error', status: 502, code: 'UPSTREAM_ERROR', upstream_status: status, upstream_code: `KEY_${status}` });
  });

  it('answers the real 401 of a wrong key with a generic 502, without showing the key', async () => {
    const wrongKey = await startProxyRig({ apiKey: 'sk_wrong_key_123456' }, rig.standIn);
    try {
      const response = await wrongKey.post(validRequest());
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual(UNAVAILABLE);
      expect(text).not.toMatch(/API key|sk_wrong/);
      expect(JSON.parse(wrongKey.logs.at(-1) ?? '{}')).toMatchObject({ status: 502, upstream_status: 401, upstream_code: 'UNAUTHORIZED' });
    } finally {
      await wrongKey.close();
    }
  });

  it('answers a retry after a wrong key the same way: a refused key made nothing, so the outcome is not unknown', async () => {
    const wrongKey = await startProxyRig({ apiKey: 'sk_wrong_key_123456' }, rig.standIn);
    try {
      const key = freshKey();
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const response = await wrongKey.post(validRequest(), { headers: { 'idempotency-key': key } });
        expect(response.status).toBe(502);
        expect(await response.json()).toEqual(UNAVAILABLE);
      }
    } finally {
      await wrongKey.close();
    }
  });

  it.each([
    ['a 503 the API marks retryable', { status: 503, headers: { 'x-should-retry': 'true', 'retry-after-ms': '10' } }, 502],
    ['a timeout', { delayMs: 1_500 }, 504],
    ['a dropped connection', { destroySocket: true }, 502],
  ])('makes exactly one upstream call by default after %s (no duplicate payment)', async (_name, fault, status) => {
    const defaults = await startProxyRig({ maxRetries: undefined, timeout: 400 }, rig.standIn);
    try {
      rig.standIn.failNext(fault);
      const response = await defaults.post(validRequest(), { headers: { 'idempotency-key': freshKey() } });
      expect(response.status).toBe(status);
      expect(rig.standIn.requestCount).toBe(1);
    } finally {
      await defaults.close();
    }
  });

  it('retries with the SDK when maxRetries is set, and reuses the Idempotency-Key upstream', async () => {
    const retrying = await startProxyRig({ maxRetries: 1 }, rig.standIn);
    try {
      rig.standIn.failNext({ status: 503, headers: { 'x-should-retry': 'true', 'retry-after-ms': '10' } });
      const key = freshKey();
      const response = await retrying.post(validRequest(), { headers: { 'idempotency-key': key } });
      expect(response.status).toBe(200);
      expect(rig.standIn.requests.map((request) => request.idempotencyKey)).toEqual([key, key]);
      expect(rig.standIn.payments.size).toBe(1);
    } finally {
      await retrying.close();
    }
  });

  it('never puts the API key in a response body, header or log line', async () => {
    const leaky = `Invalid token ${API_KEY} for merchant`;
    const statuses = [...PASSED_THROUGH, ...MERCHANT_KEY, ...SERVER_SIDE];
    for (const status of statuses) rig.standIn.failNext({ status, body: { code: 'LEAK', message: leaky } });
    const seen: string[] = [];
    for (const _status of statuses) {
      const response = await rig.post(validRequest(), { headers: { 'idempotency-key': freshKey() } });
      seen.push(await response.text(), JSON.stringify([...response.headers]));
    }
    seen.push(await (await rig.post(validRequest())).text());
    const everything = seen.join('\n') + rig.logs.join('\n');
    expect(everything).not.toContain(API_KEY);
    expect(everything).toContain('[redacted]');
  });
});
