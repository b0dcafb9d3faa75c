/**
 * The submission lifecycle: one request per shopper action, the cancelable submit event, a
 * stable Idempotency-Key for retries, abort on removal (not on a move), the redirect decision,
 * and the way back from the payment page through the back/forward cache.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CreatePaymentRequest, CreatePaymentResponse } from '../api/schemas.js';
import type { TermsDocuments } from '../api/terms-consent.js';
import { emit } from '../events.js';
import { createCheckoutSalt, isCheckoutSalt } from './idempotency-key.js';
import type { SubmitPath } from './load-submit-path.js';
import type { RedirectDecision } from './redirect-decision.js';
import type { SendFailure } from './send-payment-request.js';

export type SubmissionPhase = 'idle' | 'submitting' | 'created' | 'redirecting';

export type SubmissionResult =
  | { status: 'busy' }
  | { status: 'cancelled' }
  | { status: 'failed'; failure: SendFailure }
  | { status: 'unsafe-link'; response: CreatePaymentResponse }
  | { status: 'created'; response: CreatePaymentResponse; decision: Exclude<RedirectDecision, { kind: 'unsafe-link' }>; navigated: boolean };

export interface SubmissionOptions {
  endpoint: string;
  timeout: number;
  redirectImmediately: boolean;
  /** The sending, keying and redirect functions (loaded after the first render, see load-submit-path.ts). */
  path: Pick<SubmitPath, 'sendPaymentRequest' | 'idempotencyKeyFor' | 'decideRedirect'>;
  /**
   * Asked when the payment is created: false when the checkout changed meanwhile, so the payment
   * no longer belongs to it. It is then not redirected to (the host withdraws it).
   */
  stillCurrent?: () => boolean;
  /** Asked when the payment is created: true when the shopper sees it before going (its total is not the one they read). */
  review?: (response: CreatePaymentResponse) => boolean;
  /** The UI language, sent as Accept-Language so a Checkout Sessions proxy continues in it. */
  language?: string;
  /** The terms the shopper ticked the box for, sent as the consent header. */
  consent?: TermsDocuments;
}

export interface SubmissionDependencies {
  fetch?: typeof fetch;
  navigate?: (url: string) => void;
}

export class SubmissionController implements ReactiveController {
  phase: SubmissionPhase = 'idle';
  /** Made when first needed (the page's first random bytes cost a few milliseconds, which startup need not pay). */
  private currentSalt: string | undefined;
  private inFlight?: AbortController;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly dependencies: SubmissionDependencies = {},
  ) {
    host.addController(this);
  }

  get busy(): boolean {
    return this.phase === 'submitting' || this.phase === 'redirecting';
  }

  /** The random part of the Idempotency-Key; the host saves it with the form so a reload keeps it. */
  get salt(): string {
    return (this.currentSalt ??= createCheckoutSalt());
  }

  /** Continues the idempotency scope of an earlier page of this checkout (a reload of the tab). */
  resume(salt: string): void {
    if (this.phase === 'idle' && isCheckoutSalt(salt)) this.currentSalt = salt;
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    const inFlight = this.inFlight;
    if (!inFlight) return;
    // A framework moving the element disconnects and reconnects it in one go: only a removal
    // that is still in effect once the current script is done cancels the request.
    queueMicrotask(() => {
      if (!this.connected) inFlight.abort();
    });
  }

  /**
   * Shows the created payment rather than the form, and sends nothing more: a payment an earlier
   * page of this tab created (the checkout is idle), or the one redirected to when the page comes
   * back from the back/forward cache (it would show "Redirecting…" forever). Returns whether it did.
   */
  holdCreated(): boolean {
    if (this.phase !== 'idle' && this.phase !== 'redirecting') return false;
    this.setPhase('created');
    return true;
  }

  /** Back to a fresh checkout: a new idempotency scope and no created payment. */
  reset(): void {
    this.inFlight?.abort();
    this.phase = 'idle';
    this.currentSalt = undefined;
    this.host.requestUpdate();
  }

  async submit(request: CreatePaymentRequest, options: SubmissionOptions): Promise<SubmissionResult> {
    // Checked and set before any await, so repeated clicks or Enter presses send nothing more.
    if (this.busy || this.phase === 'created') return { status: 'busy' };
    // A checkout removed while it prepared (data still loading) sends nothing.
    if (!this.connected) return { status: 'cancelled' };
    // Listeners get a copy: what is sent is the checked request, whatever they do with theirs.
    if (!emit(this.host, 'dodo-checkout-submit', { request: structuredClone(request) }, true)) return { status: 'cancelled' };

    this.setPhase('submitting');
    const controller = new AbortController();
    this.inFlight = controller;
    const body = JSON.stringify(request);
    const outcome = await options.path.sendPaymentRequest({
      endpoint: options.endpoint,
      request,
      idempotencyKey: options.path.idempotencyKeyFor(this.salt, body),
      timeout: options.timeout,
      ...(options.language ? { language: options.language } : {}),
      ...(options.consent ? { consent: options.consent } : {}),
      signal: controller.signal,
      ...(this.dependencies.fetch ? { fetch: this.dependencies.fetch } : {}),
    });
    if (this.inFlight === controller) this.inFlight = undefined;

    if (!outcome.ok) {
      this.setPhase('idle');
      return { status: 'failed', failure: outcome };
    }
    const decision = options.path.decideRedirect(outcome.response, options.redirectImmediately);
    if (decision.kind === 'unsafe-link') {
      this.setPhase('idle');
      return { status: 'unsafe-link', response: outcome.response };
    }

    // A created payment closes this checkout: the next one gets a new idempotency scope.
    this.currentSalt = undefined;
    emit(this.host, 'dodo-checkout-payment-created', { response: outcome.response });

    if (decision.kind === 'redirect' && (options.stillCurrent?.() ?? true) && !options.review?.(outcome.response)) {
      const proceed = emit(this.host, 'dodo-checkout-redirect', { url: decision.url, response: outcome.response }, true);
      if (proceed) {
        this.setPhase('redirecting');
        (this.dependencies.navigate ?? ((url: string) => globalThis.location.assign(url)))(decision.url);
        return { status: 'created', response: outcome.response, decision, navigated: true };
      }
    }
    this.setPhase('created');
    return { status: 'created', response: outcome.response, decision, navigated: false };
  }

  private setPhase(phase: SubmissionPhase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }
}
