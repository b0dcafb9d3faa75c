/**
 * The submission lifecycle without a browser: `fetch` and `navigate` are injected, the host is a
 * plain EventTarget standing in for the element. Asserted on what the merchant's proxy receives
 * (requests and their Idempotency-Key), the events a page sees, and where the shopper is sent.
 */
import type { ReactiveController } from 'lit';
import { describe, expect, it } from 'vitest';
import type { CreatePaymentRequest } from '../../../src/api/schemas.js';
import { SubmissionController, type SubmissionOptions } from '../../../src/checkout/submission-controller.js';
import * as submitPath from '../../../src/checkout/submit-path.js';

const request: CreatePaymentRequest = {
  product_cart: [{ product_id: 'pdt_beans', quantity: 1 }],
  customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
  billing: { country: 'US', street: '1 Infinite Loop', city: 'Cupertino', state: 'CA', zipcode: '95014' },
  payment_link: true,
};
const created = {
  payment_id: 'pay_1',
  total_amount: 2400,
  client_secret: 'secret',
  customer: { customer_id: 'cus_1', email: 'ada@example.com', name: 'Ada Lovelace' },
  metadata: {},
  payment_link: 'https://pay.example/checkout/pay_1',
  expires_on: '2030-01-01T12:00:00Z',
};
const failing = () => Response.json({ code: 'INTERNAL', message: 'Upstream failed' }, { status: 500 });
const confirmFirst: SubmissionOptions = { endpoint: 'https://shop.example/api/payments', timeout: 30_000, redirectImmediately: false, path: submitPath };
const redirectAtOnce: SubmissionOptions = { ...confirmFirst, redirectImmediately: true };

/** A stand-in for the element: an EventTarget that hosts controllers and records its events. */
class FakeHost extends EventTarget {
  readonly controllers: ReactiveController[] = [];
  readonly events: CustomEvent[] = [];
  updates = 0;
  /** Event types a listener cancels with preventDefault(). */
  readonly cancel = new Set<string>();

  constructor() {
    super();
    for (const type of ['dodo-checkout-submit', 'dodo-checkout-payment-created', 'dodo-checkout-redirect', 'dodo-checkout-error']) {
      this.addEventListener(type, (event) => {
        this.events.push(event as CustomEvent);
        if (this.cancel.has(type)) event.preventDefault();
      });
    }
  }
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
  eventTypes(): string[] {
    return this.events.map((event) => event.type);
  }
}

interface Call {
  url: string;
  key: string | null;
  body: unknown;
  signal: AbortSignal | undefined;
}

/**
 * A recording proxy. `answer` gives each call's response; a call left unanswered (`'hold'`)
 * stays pending until the test calls `release()` or the request's signal aborts.
 */
function proxy(answer: (call: Call, index: number) => Response | 'hold' = () => Response.json(created)) {
  const calls: Call[] = [];
  const pending: Array<() => void> = [];
  const fetch = ((url: string, init: RequestInit) => {
    const call: Call = {
      url,
      key: new Headers(init.headers).get('Idempotency-Key'),
      body: JSON.parse(String(init.body)),
      signal: init.signal ?? undefined,
    };
    calls.push(call);
    const response = answer(call, calls.length - 1);
    if (response !== 'hold') return Promise.resolve(response);
    return new Promise<Response>((resolve, reject) => {
      pending.push(() => resolve(Response.json(created)));
      call.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
    });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls, release: () => pending.shift()?.() };
}

function setUp(answer?: Parameters<typeof proxy>[0]) {
  const host = new FakeHost();
  const server = proxy(answer);
  const navigations: string[] = [];
  const controller = new SubmissionController(host as never, { fetch: server.fetch, navigate: (url) => navigations.push(url) });
  host.connect();
  return { host, server, navigations, controller };
}

describe('SubmissionController', () => {
  it('posts the request once to the endpoint with an Idempotency-Key', async () => {
    const { server, controller } = setUp();
    const result = await controller.submit(request, confirmFirst);
    expect(result.status).toBe('created');
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]).toMatchObject({ url: confirmFirst.endpoint, body: request });
    expect(server.calls[0]!.key).toMatch(/\S{16,}/);
  });

  it('sends one request per action: submits during the request and after the payment is created send nothing', async () => {
    const { server, controller } = setUp(() => 'hold');
    const first = controller.submit(request, confirmFirst);
    expect(controller.busy).toBe(true);
    const repeats = await Promise.all([controller.submit(request, confirmFirst), controller.submit(request, redirectAtOnce)]);
    expect(repeats.map((repeat) => repeat.status)).toEqual(['busy', 'busy']);
    expect(server.calls).toHaveLength(1);
    server.release();
    expect((await first).status).toBe('created');
    expect(controller.phase).toBe('created');
    expect((await controller.submit(request, confirmFirst)).status).toBe('busy');
    expect(server.calls).toHaveLength(1);
  });

  it('a submit listener that cancels sends nothing and leaves the checkout idle', async () => {
    const { host, server, controller } = setUp();
    host.cancel.add('dodo-checkout-submit');
    expect((await controller.submit(request, confirmFirst)).status).toBe('cancelled');
    expect(server.calls).toHaveLength(0);
    expect(controller.phase).toBe('idle');
    expect(host.events[0]!.detail).toEqual({ request });
  });

  it('a retry of the unchanged checkout after a failure sends the same Idempotency-Key', async () => {
    const { server, controller } = setUp((_call, index) => (index < 2 ? failing() : Response.json(created)));
    expect((await controller.submit(request, confirmFirst)).status).toBe('failed');
    expect(controller.phase).toBe('idle');
    expect((await controller.submit(structuredClone(request), confirmFirst)).status).toBe('failed');
    expect((await controller.submit(structuredClone(request), confirmFirst)).status).toBe('created');
    expect(server.calls).toHaveLength(3);
    expect(new Set(server.calls.map((call) => call.key)).size).toBe(1);
  });

  it('a changed checkout gets a new Idempotency-Key, and going back to the first body its key again', async () => {
    const { server, controller } = setUp(failing);
    const moved = { ...request, billing: { ...request.billing, city: 'Palo Alto' } };
    const more = { ...request, product_cart: [{ product_id: 'pdt_beans', quantity: 2 }] };
    for (const body of [request, moved, more, request]) await controller.submit(body, confirmFirst);
    const [first, afterMove, afterQuantity, back] = server.calls.map((call) => call.key);
    expect(new Set([first, afterMove, afterQuantity]).size).toBe(3);
    expect(back).toBe(first);
  });

  it('two checkouts with the same body send different keys', async () => {
    const one = setUp();
    const two = setUp();
    await one.controller.submit(request, confirmFirst);
    await two.controller.submit(request, confirmFirst);
    expect(one.server.calls[0]!.key).not.toBe(two.server.calls[0]!.key);
  });

  it('after a created payment, a new checkout with the same body gets a new key', async () => {
    const { server, controller } = setUp();
    await controller.submit(request, confirmFirst);
    controller.reset();
    expect(controller.phase).toBe('idle');
    expect((await controller.submit(request, confirmFirst)).status).toBe('created');
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]!.key).not.toBe(server.calls[0]!.key);
  });

  it('reset() after a failure starts a new checkout: the same body gets a new key', async () => {
    const { server, controller } = setUp(failing);
    await controller.submit(request, confirmFirst);
    controller.reset();
    await controller.submit(request, confirmFirst);
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]!.key).not.toBe(server.calls[0]!.key);
  });

  it('keeps the request in flight when the element is moved (disconnected and reconnected in one script)', async () => {
    const { host, server, controller } = setUp(() => 'hold');
    void controller.submit(request, redirectAtOnce);
    host.disconnect();
    host.connect();
    await Promise.resolve();
    await Promise.resolve();
    expect(server.calls[0]!.signal?.aborted).toBe(false);
    expect(controller.busy).toBe(true);
  });

  it('aborts the request in flight when the element is disconnected, and reports no error event', async () => {
    const { host, server, controller, navigations } = setUp(() => 'hold');
    const pending = controller.submit(request, redirectAtOnce);
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]!.signal?.aborted).toBe(false);
    host.disconnect();
    // A move (disconnect and reconnect in one script) must not cancel: the abort waits a microtask.
    await Promise.resolve();
    expect(server.calls[0]!.signal?.aborted).toBe(true);
    const result = await pending;
    expect(result).toMatchObject({ status: 'failed', failure: { kind: 'aborted' } });
    expect(controller.phase).toBe('idle');
    expect(navigations).toEqual([]);
    expect(host.eventTypes()).toEqual(['dodo-checkout-submit']);
  });

  it.each([
    'javascript:alert(document.cookie)',
    'http://pay.example/checkout/pay_1',
    '//pay.example/checkout/pay_1',
    'data:text/html,<script>alert(1)</script>',
    'https://user:secret@pay.example/checkout',
  ])('refuses the unsafe payment_link %s: no navigation, no created or redirect event', async (link) => {
    for (const options of [confirmFirst, redirectAtOnce]) {
      const { host, controller, navigations } = setUp(() => Response.json({ ...created, payment_link: link }));
      const result = await controller.submit(request, options);
      expect(result.status).toBe('unsafe-link');
      expect(navigations).toEqual([]);
      expect(host.eventTypes()).toEqual(['dodo-checkout-submit']);
        expect(controller.phase).toBe('idle');
    }
  });

  it('redirect_immediately: announces the payment and the redirect, then navigates once to the link', async () => {
    const { host, controller, navigations } = setUp();
    const result = await controller.submit(request, redirectAtOnce);
    expect(result).toMatchObject({ status: 'created', navigated: true, decision: { kind: 'redirect', url: created.payment_link } });
    expect(navigations).toEqual([created.payment_link]);
    expect(host.eventTypes()).toEqual(['dodo-checkout-submit', 'dodo-checkout-payment-created', 'dodo-checkout-redirect']);
    expect(host.events[2]!.detail).toMatchObject({ url: created.payment_link, response: { payment_id: 'pay_1' } });
    expect(host.events[2]!.cancelable).toBe(true);
    expect(controller.phase).toBe('redirecting');
    expect(controller.busy).toBe(true);
  });

  it('redirect_immediately with a cancelled redirect event leaves navigation to the page', async () => {
    const { host, controller, navigations } = setUp();
    host.cancel.add('dodo-checkout-redirect');
    const result = await controller.submit(request, redirectAtOnce);
    expect(result).toMatchObject({ status: 'created', navigated: false });
    expect(navigations).toEqual([]);
    expect(controller.phase).toBe('created');
  });

  it('redirect_immediately with a payment the host asks to review (another total): created, announced, not navigated to', async () => {
    const { host, controller, navigations } = setUp();
    const seen: number[] = [];
    const result = await controller.submit(request, { ...redirectAtOnce, review: (response) => (seen.push(response.total_amount), response.total_amount !== 2000) });
    expect(seen).toEqual([2400]);
    expect(result).toMatchObject({ status: 'created', navigated: false, decision: { kind: 'redirect' } });
    expect(navigations).toEqual([]);
    expect(host.eventTypes()).toEqual(['dodo-checkout-submit', 'dodo-checkout-payment-created']);
    expect(controller.phase).toBe('created');
  });

  it('without redirect_immediately: announces the payment and waits for the shopper to confirm', async () => {
    const { host, controller, navigations } = setUp();
    const result = await controller.submit(request, confirmFirst);
    expect(result).toMatchObject({ status: 'created', navigated: false, decision: { kind: 'confirm', url: created.payment_link }, response: { total_amount: 2400 } });
    expect(navigations).toEqual([]);
    expect(host.eventTypes()).toEqual(['dodo-checkout-submit', 'dodo-checkout-payment-created']);
    expect(controller.phase).toBe('created');
  });

  it('a failed request leaves the checkout idle and ready for the next action', async () => {
    const { server, controller } = setUp((_call, index) => (index === 0 ? failing() : Response.json(created)));
    expect(await controller.submit(request, confirmFirst)).toMatchObject({ status: 'failed', failure: { kind: 'server', status: 500, apiMessage: 'Upstream failed' } });
    expect(controller.busy).toBe(false);
    expect((await controller.submit(request, confirmFirst)).status).toBe('created');
    expect(server.calls).toHaveLength(2);
  });
});
