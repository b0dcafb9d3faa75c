/**
 * The quote lifecycle without a browser, on fake timers: `fetch` is injected and answers when the
 * test says so; the host is a plain object that hosts the controller. Asserted on the requests the
 * quote route receives and on the quote the element would show.
 */
import type { ReactiveController } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Quote } from '../../../src/api/quote.js';
import type { QuoteRequest as CreatePaymentRequest } from '../../../src/quote/quote-request.js';
import { QuoteController } from '../../../src/quote/quote-controller.js';

const quoteFor = (request: CreatePaymentRequest, total: number): Quote => ({
  currency: 'EUR',
  billing_country: request.billing.country,
  lines: [{ product_id: 'pdt_beans', name: 'Beans', quantity: 1, unit_amount: total, amount: total, original_unit_amount: 2400, original_currency: 'USD', tax_rate: 21, tax_inclusive: true }],
  subtotal: total,
  discount: 0,
  tax: { amount: Math.round((total * 21) / 121), rate: 21, included: true },
  total,
  discount_code: null,
  tax_id: null,
});

class FakeHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
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
  /** A render happened: controllers look at the form again. */
  updated(): void {
    for (const controller of this.controllers) controller.hostUpdated?.();
  }
}

interface Call {
  body: CreatePaymentRequest;
  signal: AbortSignal;
  answer(response: Response): void;
}

/** A fetch whose answers the test gives, one call at a time; aborting rejects like the platform's. */
function controlledFetch() {
  const calls: Call[] = [];
  const fetch = vi.fn((_url: string, init: RequestInit) => {
    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal!;
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      calls.push({ body: JSON.parse(String(init.body)), signal, answer: resolve });
    });
  });
  return { calls, fetch: fetch as unknown as typeof globalThis.fetch };
}

function setup() {
  const host = new FakeHost();
  const form = { country: 'NL', zipcode: '' };
  const { calls, fetch } = controlledFetch();
  const quotes: Quote[] = [];
  const controller = new QuoteController(host, {
    endpoint: () => '/api/quote',
    request: () => (form.country ? { product_cart: [{ product_id: 'pdt_beans', quantity: 1 }], billing: { country: form.country as 'NL', ...(form.zipcode ? { zipcode: form.zipcode } : {}) }, payment_link: true } : undefined),
    onQuote: (quote) => quotes.push(quote),
    fetch,
  });
  return { host, form, calls, controller, quotes };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

/** Connected, with the first quote (NL, €22.08) answered. */
async function quoted() {
  const parts = setup();
  parts.host.connect();
  await flush();
  parts.calls[0]!.answer(Response.json(quoteFor(parts.calls[0]!.body, 2208)));
  await flush();
  return parts;
}

describe('QuoteController', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('quotes on connection, and not again while the form is unchanged', async () => {
    const { host, calls, controller, quotes } = setup();
    host.connect();
    await flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body.billing).toEqual({ country: 'NL' });
    calls[0]!.answer(Response.json(quoteFor(calls[0]!.body, 2208)));
    await flush();
    expect(controller.status).toBe('ready');
    expect(controller.current?.total).toBe(2208);
    expect(quotes).toHaveLength(1);
    host.updated();
    host.updated();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
  });

  it('quotes a new country at once, and waits for a pause in the postal code', async () => {
    const { host, form, calls } = await quoted();

    for (const typed of ['1', '10', '101', '1012']) {
      form.zipcode = typed;
      host.updated();
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.body.billing.zipcode).toBe('1012');

    form.country = 'DE';
    host.updated();
    await flush();
    expect(calls).toHaveLength(3);
    expect(calls[2]!.body.billing.country).toBe('DE');
  });

  it('keeps one quote in flight: a newer one aborts it, and a late answer to the old one is dropped', async () => {
    const { host, form, calls, controller, quotes } = setup();
    host.connect();
    await flush();
    form.country = 'DE';
    host.updated();
    await flush();
    expect(calls).toHaveLength(2);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(calls[1]!.signal.aborted).toBe(false);

    calls[1]!.answer(Response.json(quoteFor(calls[1]!.body, 2142)));
    // The NL answer arrives after the DE one (a fetch that ignored its abort): it is not shown.
    calls[0]!.answer(Response.json(quoteFor(calls[0]!.body, 2208)));
    await flush();
    expect(controller.current?.billing_country).toBe('DE');
    expect(quotes.map((quote) => quote.billing_country)).toEqual(['DE']);
  });

  it('drops an answer for a postal code the shopper has changed since, stays pending, and settled() waits for the current one', async () => {
    const { host, form, calls, controller, quotes } = await quoted();

    form.zipcode = '1012';
    host.updated();
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toHaveLength(2);
    // Typed on while that quote is on its way; its answer comes during the pause for the new one.
    form.zipcode = '1013';
    host.updated();
    calls[1]!.answer(Response.json(quoteFor(calls[1]!.body, 1999)));
    await flush();
    expect(controller.status).toBe('pending');
    expect(quotes.map((quote) => quote.total)).toEqual([2208]);

    const settled = controller.settled(1500);
    await flush();
    expect(calls).toHaveLength(3);
    expect(calls[2]!.body.billing.zipcode).toBe('1013');
    calls[2]!.answer(Response.json(quoteFor(calls[2]!.body, 2100)));
    expect((await settled)?.total).toBe(2100);
    expect(controller.status).toBe('ready');
  });

  it('shows no quote after a failed or unreadable answer, so the element falls back to the note', async () => {
    const { host, form, calls, controller } = setup();
    host.connect();
    await flush();
    calls[0]!.answer(Response.json({ code: 'RATE_LIMITED', message: 'Too many quotes.' }, { status: 429 }));
    await flush();
    expect(controller.status).toBe('failed');
    expect(controller.current).toBeUndefined();

    form.country = 'DE';
    host.updated();
    await flush();
    calls[1]!.answer(Response.json({ currency: 'EUR', total: -5 }));
    await flush();
    expect(controller.status).toBe('failed');
    expect(controller.quote).toBeUndefined();
  });

  it('aborts on removal, but not when a framework moves the element', async () => {
    const { host, calls } = setup();
    host.connect();
    await flush();
    host.disconnect();
    host.connect();
    await flush();
    expect(calls[0]!.signal.aborted).toBe(false);
    host.disconnect();
    await flush();
    expect(calls[0]!.signal.aborted).toBe(true);
  });

  it('settled() asks at once for a quote waiting for a typing pause, and gives up after the wait', async () => {
    const { host, form, calls, controller } = await quoted();

    form.zipcode = '1012 LG';
    host.updated();
    const settled = controller.settled(1500);
    await flush();
    expect(calls).toHaveLength(2);
    calls[1]!.answer(Response.json(quoteFor(calls[1]!.body, 2208)));
    expect((await settled)?.billing_country).toBe('NL');

    form.country = 'BE';
    const slow = controller.settled(1500);
    await vi.advanceTimersByTimeAsync(1500);
    // No answer within the wait: paying goes on without a quote.
    expect(await slow).toBeUndefined();
    expect(controller.status).toBe('pending');
  });

  it('asks nothing without a country, and drops the shown quote', async () => {
    const { host, form, calls, controller } = await quoted();
    form.country = '';
    host.updated();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    expect(controller.status).toBe('none');
    expect(controller.quote).toBeUndefined();
  });
});
