import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PaymentState, PaymentStatus } from '../api/payment-status.js';
import { readCreatedPayment, recordPaid, storeCreatedPayment } from '../checkout/created-payment.js';
import { findStatusTokens, type KeptStatusToken } from '../checkout/status-token-store.js';
import { negotiateLanguage, resolveLocale } from '../intl/localize-controller.js';
import { formatMoney } from '../intl/money.js';
import { isRtlLanguage, UI_LANGUAGES, type LazyUiLanguage } from '../intl/ui-languages.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { tokens } from '../styles/tokens.js';
import { fetchPaymentStatus, nextPollDelay, type StatusOutcome } from './fetch-payment-status.js';
import { emitStatusEvent } from './payment-status-events.js';
import { paymentStatusStyles } from './payment-status-styles.js';
import { loadStatusMessages } from './load-status-messages.js';
import { ENGLISH_STATUS_MESSAGES, type StatusMessages } from './status-messages.js';

/** Texts that have arrived, shared by every instance. */
const loadedMessages = new Map<LazyUiLanguage, StatusMessages>();

type View =
  | { kind: 'checking' }
  | { kind: 'status'; status: PaymentStatus; pollingStopped: boolean }
  | { kind: 'unknown' }
  | { kind: 'unavailable' };

/** The title and text keys of each verified state. */
const STATE_TEXT: Record<PaymentState, [keyof StatusMessages, keyof StatusMessages]> = {
  succeeded: ['succeededTitle', 'succeeded'],
  processing: ['processingTitle', 'processing'],
  failed: ['failedTitle', 'failed'],
  cancelled: ['cancelledTitle', 'cancelled'],
  requires_action: ['requiresActionTitle', 'requiresAction'],
};

/** `lang` of the nearest element carrying one, crossing shadow roots. */
function inheritedLang(element: Element): string | undefined {
  let current: Element | null = element;
  while (current) {
    const lang = current.closest('[lang]:not([lang=""])')?.getAttribute('lang');
    if (lang) return lang;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** An http(s) URL (absolute or relative to the page) the shopper may be sent to; else undefined. */
function safeNavigableUrl(value: string | null | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `<dodo-payment-status>`: the return page's verified payment status. It reads `payment_id`
 * from the page URL but believes nothing there: it asks the merchant's status route
 * (`createStatusHandler`) with the token the checkout kept in this tab, and shows what Dodo says
 * — paid with the total, processing (checked again with backoff for about two minutes), failed
 * or cancelled with "Try again", not completed, or a calm "cannot confirm" for a URL this
 * browser did not pay through.
 *
 * @tag dodo-payment-status
 *
 * @fires {CustomEvent<PaymentStatusDetail>} dodo-payment-status-succeeded - The payment succeeded. Detail: `{ status }`.
 * @fires {CustomEvent<PaymentStatusDetail>} dodo-payment-status-processing - The payment is being processed (each check while it is). Detail: `{ status }`.
 * @fires {CustomEvent<PaymentStatusDetail>} dodo-payment-status-failed - The payment failed. Detail: `{ status }`.
 * @fires {CustomEvent<PaymentStatusDetail>} dodo-payment-status-cancelled - The payment was cancelled. Detail: `{ status }`.
 * @fires {CustomEvent<PaymentStatusDetail>} dodo-payment-status-requires-action - The shopper has not finished paying. Detail: `{ status }`.
 * @fires {CustomEvent} dodo-payment-status-unknown - No payment of this browser matches the page.
 * @fires {CustomEvent} dodo-payment-status-unavailable - The status route could not answer; nothing is known.
 * @fires {CustomEvent<PaymentStatusRetryDetail>} dodo-payment-status-retry - "Try again" was chosen; cancel it to navigate yourself. Detail: `{ url, status }`.
 *
 * @csspart panel - The status panel.
 * @csspart details - The total and payment reference.
 * @csspart action - The "Try again", "Return to checkout" or "Check again" control.
 * @cssprop [--dodo-color-success=#146c2e] - The paid panel's accent.
 * @cssprop [--dodo-color-accent=#0b57d0] - Buttons and the processing panel's accent.
 * @cssprop [--dodo-color-error=#b3261e] - The failed and cancelled panels' accent.
 * @cssprop [--dodo-radius=8px] - Corner radius.
 * @cssprop [--dodo-spacing=16px] - Padding and gaps.
 * @cssprop [--dodo-font-family=inherit] - Font; inherits the page's by default.
 */
export class DodoPaymentStatus extends LitElement {
  static override styles = [tokens, sharedStyles, paymentStatusStyles];

  /** URL of the merchant's status route (`createStatusHandler`), required. */
  @property() endpoint = '';
  /** Where "Try again" leads: the checkout page. Default: the referring page when it is this site's, else `/`. */
  @property({ attribute: 'checkout-url' }) checkoutUrl = '';
  /** BCP 47 UI language; else the nearest `lang`, else the browser's. */
  @property({ reflect: true }) locale = '';
  /** Color scheme: `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';
  /** First wait, in ms, before checking a processing payment again; later waits grow to 10 s, for about two minutes. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 1_000;

  @state() private view: View = { kind: 'checking' };

  /** The token whose payment is the page's, once the status route has said so. */
  private kept?: KeptStatusToken;
  /** The tokens that may be the page's, asked in turn until one is. */
  private candidates: KeptStatusToken[] = [];
  /** The payment the page's URL names. */
  private wanted: string | null = null;
  private attempt = 0;
  /** What "Check again" replaced with "checking": a status Dodo verified, which a check that fails leaves on screen. */
  private beforeCheck?: View;
  private timer?: ReturnType<typeof setTimeout>;
  private inFlight?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    this.wanted = new URLSearchParams(location.search).get('payment_id');
    this.kept = undefined;
    this.candidates = findStatusTokens(this.wanted);
    addEventListener('pageshow', this.onPageShow);
    // Moved in the page: asked again. The first check waits for the first update, so that
    // properties set just after the element was added (as frameworks set them) are in place.
    if (this.hasUpdated) void this.check();
  }

  protected override firstUpdated(): void {
    // Removed before its first update: nothing to check for.
    if (this.isConnected) void this.check();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // An endpoint set later still (from '' after the first update).
    if (changed.get('endpoint') === '' && this.endpoint && this.view.kind === 'unknown') void this.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pageshow', this.onPageShow);
    clearTimeout(this.timer);
    this.inFlight?.abort();
  }

  /** Asks the status route again now ("Check again" does so from the start of the checks, saying it is checking). */
  async check(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.candidates.length || !this.endpoint) {
      this.show({ kind: 'unknown' });
      return;
    }
    this.inFlight?.abort();
    const inFlight = new AbortController();
    this.inFlight = inFlight;
    const outcome = await this.ask(inFlight.signal);
    if (inFlight.signal.aborted) return;
    const shown = this.view.kind === 'checking' && this.beforeCheck ? this.beforeCheck : this.view;
    this.beforeCheck = undefined;
    if (outcome.kind === 'unavailable' && shown.kind === 'status') {
      // A check that fails says nothing new: what Dodo said stays, and a processing payment is checked again on time.
      this.view = shown.status.status === 'processing' && !shown.pollingStopped ? { ...shown, pollingStopped: !this.pollAgain() } : shown;
      return;
    }
    if (outcome.kind !== 'status') {
      this.show(outcome);
      return;
    }
    this.show({ kind: 'status', status: outcome.status, pollingStopped: outcome.status.status === 'processing' && !this.pollAgain() });
  }

  /**
   * The page's payment, asked with its token; while that is not known yet (a checkout session's
   * payment), each session's token in turn until the route answers with the payment the URL names.
   */
  private async ask(signal: AbortSignal): Promise<StatusOutcome> {
    for (const candidate of this.kept ? [this.kept] : this.candidates) {
      const outcome = await fetchPaymentStatus(this.endpoint, candidate.token, { signal });
      // Unavailable says nothing about which session it is: the next check starts over.
      if (outcome.kind === 'unavailable') return outcome;
      if (outcome.kind === 'status' && (!candidate.session || !this.wanted || outcome.status.payment_id === this.wanted)) {
        this.kept = candidate;
        return outcome;
      }
    }
    return { kind: 'unknown' };
  }

  /** Back (or Forward) brought the page from the back/forward cache: what it showed may be old. */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    this.attempt = 0;
    void this.check();
  };

  /** Schedules the next check of a processing payment; false once the checks' two minutes are spent. */
  private pollAgain(): boolean {
    const delay = nextPollDelay(this.attempt++, this.pollInterval);
    if (delay !== undefined) this.timer = setTimeout(() => void this.check(), delay);
    return delay !== undefined;
  }

  private show(view: View): void {
    const previous = this.view;
    this.view = view;
    if (view.kind === 'status') {
      // The checkout of this tab then says the payment was received, rather than offering its link again.
      const kept = this.kept;
      if (kept && view.status.status === 'succeeded') recordPaid(kept.scope, kept.id, view.status);
      this.dispatch(`dodo-payment-status-${view.status.status.replace('_', '-')}` as 'dodo-payment-status-succeeded', { status: view.status });
    } else if (view.kind !== 'checking' && previous.kind !== view.kind) {
      this.dispatch(`dodo-payment-status-${view.kind}`, {});
    }
  }

  private dispatch(type: keyof HTMLElementEventMap, detail: unknown, cancelable = false): boolean {
    return emitStatusEvent(this, type, detail, cancelable);
  }

  /** The texts of the wanted language, English until they have loaded (then it renders again). */
  private get messages(): { m: StatusMessages; lang: string } {
    const lang = resolveLocale([this.locale, inheritedLang(this), document.documentElement.lang, navigator.language]);
    const language = negotiateLanguage(lang, UI_LANGUAGES);
    // English, asked for or in place of a language the checkout does not speak: marked as English.
    if (language === 'en') return { m: ENGLISH_STATUS_MESSAGES, lang: /^en\b/i.test(lang) ? lang : 'en' };
    const loaded = loadedMessages.get(language);
    if (loaded) return { m: loaded, lang };
    loadStatusMessages(language).then(
      (texts) => {
        loadedMessages.set(language, texts);
        this.requestUpdate();
      },
      () => undefined, // offline or missing: English stays, and the next render asks again
    );
    return { m: ENGLISH_STATUS_MESSAGES, lang: 'en' };
  }

  private retryUrl(): string {
    const here = location.href;
    const referrer = safeNavigableUrl(document.referrer, here);
    const sameSite = referrer && new URL(referrer).origin === location.origin && new URL(referrer).pathname !== location.pathname ? referrer : undefined;
    return safeNavigableUrl(this.checkoutUrl, here) ?? sameSite ?? new URL('/', here).href;
  }

  private readonly onRetry = (event: MouseEvent) => {
    if (this.view.kind !== 'status') return;
    const status = this.view.status;
    const url = this.retryUrl();
    // A failed or cancelled payment is over: its checkout forgets it and shows the form again, under a
    // new key. A payment the checkout made since (this page found again in history) stays.
    const kept = this.kept;
    if ((status.status === 'failed' || status.status === 'cancelled') && kept && readCreatedPayment(kept.scope)?.payment_id === kept.id) storeCreatedPayment(kept.scope);
    if (!this.dispatch('dodo-payment-status-retry', { url, status }, true)) event.preventDefault();
  };

  override render() {
    const { m, lang } = this.messages;
    const dir = isRtlLanguage(lang) ? 'rtl' : 'ltr';
    const view = this.view;
    const state = view.kind === 'status' ? view.status.status : view.kind;
    return html`<div class="panel" part="panel" data-state=${state} lang=${lang} dir=${dir} role="status" aria-live="polite" aria-atomic="true">
      ${this.renderBody(view, m, lang)}
    </div>`;
  }

  private renderBody(view: View, m: StatusMessages, lang: string) {
    switch (view.kind) {
      case 'checking':
        return html`<p><span class="spinner" aria-hidden="true"></span>${m.checking}</p>`;
      case 'unknown':
        return html`<h2 tabindex="-1">${m.unknownTitle}</h2>
          <p>${m.unknown}</p>`;
      case 'unavailable':
        return html`<h2 tabindex="-1">${m.errorTitle}</h2>
          <p>${m.error}</p>
          <button class="action" part="action" type="button" @click=${this.checkAgain}>${m.checkAgain}</button>`;
      case 'status':
        return this.renderStatus(view.status, view.pollingStopped, m, lang);
    }
  }

  private renderStatus(status: PaymentStatus, pollingStopped: boolean, m: StatusMessages, lang: string) {
    const [title, text] = STATE_TEXT[status.status];
    const total = status.total_amount != null && status.currency ? formatMoney(status.total_amount, status.currency, lang) : undefined;
    const message =
      status.status === 'succeeded'
        ? total
          ? m.succeeded.replace('{total}', total)
          : m.succeededNoTotal
        : status.status === 'processing' && pollingStopped
          ? m.processingStill
          : m[text];
    const retry = status.status === 'failed' || status.status === 'cancelled' ? m.tryAgain : status.status === 'requires_action' ? m.returnToCheckout : undefined;
    return html`<h2 tabindex="-1">${status.status === 'processing' && !pollingStopped ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${m[title]}</h2>
      <p>${message}</p>
      <dl part="details">
        ${total ? html`<dt>${m.total}</dt><dd>${total}</dd>` : nothing}
        <dt>${m.reference}</dt><dd>${status.payment_id}</dd>
      </dl>
      ${retry ? html`<a class="action" part="action" href=${this.retryUrl()} @click=${this.onRetry}>${retry}</a>` : nothing}
      ${pollingStopped ? html`<button class="action" part="action" type="button" @click=${this.checkAgain}>${m.checkAgain}</button>` : nothing}`;
  }

  /**
   * "Check again": says it is checking (so the same answer again is announced again), then moves
   * focus from the button, which the answer replaces, to the answer's heading.
   */
  private readonly checkAgain = async (): Promise<void> => {
    this.attempt = 0;
    this.beforeCheck = this.view;
    this.view = { kind: 'checking' };
    await this.check();
    await this.updateComplete;
    // Unless the shopper has moved on meanwhile, or a newer check is still under way.
    const focused = document.activeElement;
    if ((focused === document.body || focused === this) && !this.shadowRoot?.activeElement) this.renderRoot.querySelector('h2')?.focus();
  };
}
