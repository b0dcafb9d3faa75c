/**
 * The live quote as a Lit reactive controller: after every render it compares the quote body the
 * form makes now with the one last asked for, and asks the proxy's quote route again when it
 * changed (at once, or after a pause while the postal code or state is being typed). At
 * most one quote is in flight: a change to the form aborts it (also while the next one waits for
 * its pause), and an answer to anything but what the form holds now is dropped. Removal aborts; the form never waits for a quote, and paying waits only briefly.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Quote } from '../api/quote.js';
import { asQuote } from '../api/quote-checks.js';
import type { QuoteRequest } from './quote-request.js';

export type QuoteStatus = 'none' | 'pending' | 'ready' | 'failed';

export interface QuoteControllerOptions {
  /** The quote route. */
  endpoint: () => string | undefined;
  /** The quote body for what the form holds now, undefined when nothing can be quoted. */
  request: () => QuoteRequest | undefined;
  /** Every quote that answers the latest request. */
  onQuote?: (quote: Quote, request: QuoteRequest) => void;
  fetch?: typeof fetch;
  /** Pause after the last keystroke in an address field before quoting, in ms. */
  debounceMs?: number;
  /** How long one quote may take, in ms. */
  timeoutMs?: number;
}

/** Address fields typed character by character: a quote waits for a pause in them. */
const TYPED_FIELDS = ['state', 'zipcode'] as const;

export const QUOTE_DEBOUNCE_MS = 400;
const QUOTE_TIMEOUT_MS = 10_000;

/** The request without its typed address fields: equal means only typing changed. */
function withoutTypedFields(request: QuoteRequest | undefined): string {
  if (!request) return '';
  const billing: Record<string, unknown> = { ...request.billing };
  for (const field of TYPED_FIELDS) delete billing[field];
  return JSON.stringify({ ...request, billing });
}

export class QuoteController implements ReactiveController {
  /** The latest quote, also while a newer one is on its way (then `status` is `pending`). */
  quote: Quote | undefined;
  status: QuoteStatus = 'none';
  /** Quote requests sent, for the benchmark and the tests. */
  sent = 0;

  private wanted: QuoteRequest | undefined;
  private wantedKey = '';
  /** The body the shown quote answers. */
  private quotedKey = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: AbortController | undefined;
  private sequence = 0;
  private connected = false;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: QuoteControllerOptions,
  ) {
    host.addController(this);
  }

  /** The quote answers exactly what the form holds now. */
  get current(): Quote | undefined {
    return this.status === 'ready' && this.quotedKey === this.wantedKey ? this.quote : undefined;
  }

  hostConnected(): void {
    this.connected = true;
    this.refresh();
  }

  hostDisconnected(): void {
    this.connected = false;
    // A framework moving the element reconnects it in the same task: only a removal aborts.
    queueMicrotask(() => {
      if (this.connected) return;
      this.stop();
      this.wanted = undefined;
      this.wantedKey = '';
    });
  }

  hostUpdated(): void {
    this.refresh();
  }

  /** Asks again if the form's quote body changed since the last request. */
  refresh(): void {
    if (!this.connected) return;
    const request = this.options.endpoint() ? this.options.request() : undefined;
    const key = request ? JSON.stringify(request) : '';
    if (key === this.wantedKey) return;
    const onlyTyping = this.wantedKey !== '' && withoutTypedFields(request) === withoutTypedFields(this.wanted);
    this.wanted = request;
    this.wantedKey = key;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!request) {
      this.stop();
      this.quote = undefined;
      this.quotedKey = '';
      this.setStatus('none');
      return;
    }
    if (key === this.quotedKey && this.quote) {
      // Back to what is shown (a code removed and typed again): no new request.
      this.inFlight?.abort();
      this.inFlight = undefined;
      this.sequence += 1;
      this.setStatus('ready');
      return;
    }
    // The quote on its way answers what the form no longer holds: its answer is not the total.
    this.stop();
    this.setStatus('pending');
    this.timer = setTimeout(() => void this.send(), onlyTyping ? (this.options.debounceMs ?? QUOTE_DEBOUNCE_MS) : 0);
  }

  /**
   * Resolves once the quote for what the form holds now has arrived or failed, or after
   * `maxWaitMs`, whichever comes first; a quote waiting for a typing pause is asked for at once.
   */
  async settled(maxWaitMs: number): Promise<Quote | undefined> {
    this.refresh();
    if (this.status === 'pending' && this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
      void this.send();
    }
    if (this.status === 'pending') {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        timer = setTimeout(resolve, maxWaitMs);
      });
      clearTimeout(timer);
    }
    return this.current;
  }

  private async send(): Promise<void> {
    this.timer = undefined;
    const request = this.wanted;
    const key = this.wantedKey;
    const endpoint = this.options.endpoint();
    if (!request || !endpoint) return;
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    const sequence = ++this.sequence;
    const deadline = setTimeout(() => controller.abort(), this.options.timeoutMs ?? QUOTE_TIMEOUT_MS);
    let quote: Quote | undefined;
    try {
      this.sent += 1;
      const response = await (this.options.fetch ?? fetch)(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: key,
        credentials: 'same-origin',
        signal: controller.signal,
      });
      if (response.ok) {
        quote = asQuote(await response.json());
      }
    } catch {
      // Network failure, timeout, abort or a body that is not JSON: no quote.
    } finally {
      clearTimeout(deadline);
    }
    // A newer request went out meanwhile (or the element went away): this answer is stale.
    if (sequence !== this.sequence || !this.connected) return;
    this.inFlight = undefined;
    this.quote = quote;
    this.quotedKey = quote ? key : '';
    this.setStatus(quote ? 'ready' : 'failed');
    if (quote) this.options.onQuote?.(quote, request);
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.sequence += 1;
  }

  private setStatus(status: QuoteStatus): void {
    this.status = status;
    if (status !== 'pending') for (const resolve of this.waiters.splice(0)) resolve();
    this.host.requestUpdate();
  }
}
