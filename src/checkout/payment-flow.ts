/**
 * The pay sequence and what it leaves on screen, as one controller: data that loaded late →
 * checks → request → proxy → outcome, then the created payment (kept for the tab, withdrawn when
 * the request changes, CreatedPaymentController) or the failure. It holds the form-level alert
 * and the polite status line, both written in the shown language at render.
 */
import type { LitElement } from 'lit';
import type { CountryCode, CreatePaymentRequest } from '../api/schemas.js';
import type { CheckoutConfig } from '../config/parse-config.js';
import { emit } from '../events.js';
import type { FormController } from '../form/form-controller.js';
import type { Translate } from '../form/form-model.js';
import type { FoundProblem } from '../form/validate-form.js';
import { normalizePostalCode, type AddressFormat } from '../intl/address-format.js';
import { asciiDigits } from '../intl/ascii-digits.js';
import type { LocalizeController } from '../intl/localize-controller.js';
import type { MessageKey } from '../intl/messages/en.js';
import { offeredChips, valueOf, type ReferenceDataController } from '../reference-data/reference-data-controller.js';
import { formView } from '../templates/form-view.js';
import { productCart } from './build-payment-request.js';
import type { CheckoutMemory } from './checkout-memory.js';
import { CreatedPaymentController } from './created-payment-controller.js';
import { createdPayment, requestBasis, type PaymentBasis } from './created-payment.js';
import type { CheckoutFailure } from './describe-failure.js';
import { persistenceKey } from './form-persistence.js';
import { loadSubmitPath, type SubmitPath } from './load-submit-path.js';
import { loadVerifyPaid } from './load-verify-paid.js';
import type { PrepareInput } from './prepare-request.js';
import type { LiveQuote } from '../quote/live-quote.js';
import { rememberStatusToken } from './status-token-store.js';
import type { SendFailure } from './send-payment-request.js';
import type { SubmissionController } from './submission-controller.js';

/** The form-level alert (the count of fields to fix, a failed attempt, a total not read), written at render in the shown language. */
type Alert = (t: Translate) => string;

export interface PaymentFlowParts {
  localize: LocalizeController;
  form: FormController;
  data: ReferenceDataController;
  submission: SubmissionController;
  memory: CheckoutMemory;
  /** The parsed configuration, undefined while it is wrong. */
  config: () => CheckoutConfig | undefined;
  format: () => AddressFormat | undefined;
  /** The live quote, once loaded (with `quote-endpoint`). */
  live: () => LiveQuote | undefined;
}

/**
 * Whether a failed send leaves open that Dodo made the payment: no answer, one that could not be
 * read, a server error, or the proxy still working on the same key (409); a refusal (another 4xx)
 * made none.
 */
function outcomeUnknown(failure: SendFailure): boolean {
  return failure.kind !== 'server' || !failure.status || failure.status >= 500 || failure.status === 409;
}

/** How long paying waits for the quote of what the form holds; then it pays with the note. */
const QUOTE_WAIT_MS = 1500;

export class PaymentFlow {
  readonly payments: CreatedPaymentController;
  /** The polite status line: processing, redirecting, a payment created, withdrawn or expired. */
  status: MessageKey | '' = '';
  private alert: Alert | undefined;
  /** When the alert last went empty after saying something (`performance.now()`). */
  private emptied = -1e9;
  /** The submit path, once loaded. */
  private path: SubmitPath | undefined;
  /**
   * Counts resets and presses of Pay, so a press that waited (for data, or to show its alert)
   * knows when its checkout is gone or a newer press speaks for it.
   */
  private turns = 0;
  /**
   * The press of Pay being handled, from the press to its outcome: its waits (the submit path, the
   * quote) come before the submission is busy, and a second press meanwhile is refused.
   */
  private attempt: Promise<void> | undefined;
  /**
   * The currency the methods of the last request sent were chosen in: a quote that lands after Pay
   * went on without it, or a display currency the page changes, does not make the payment under
   * way or shown another request.
   */
  private chargedIn = '';
  /** The last request Pay submitted, as JSON, until a payment is created: a press again that makes that request retries it. */
  private sent = '';
  /**
   * The request of the last press whose outcome is not known (a network error, a timeout, a
   * server error: Dodo may have made the payment), with the form's edit count and the
   * configuration it was made from. Pressed again with neither changed, that very request goes
   * again under the same Idempotency-Key, whatever data or quote arrived since.
   */
  private unknown: { request: string; edits: number; config: CheckoutConfig } | undefined;
  /** The payment the status route is being asked about (one question at a time for it). */
  private verifying = '';

  constructor(
    private readonly host: LitElement,
    private readonly parts: PaymentFlowParts,
  ) {
    this.payments = new CreatedPaymentController(host, () => this.currentBasis(), (left) => this.paymentChanged(left));
  }

  /** Fetches the submit path while the shopper fills the form. */
  preload(): void {
    loadSubmitPath().then((path) => (this.path = path), () => undefined);
  }

  /** The alert's text in the shown language; the count follows the fields as they are fixed. */
  alertText(t: Translate): string {
    return this.alert?.(t) ?? '';
  }

  /** A configuration change: a shown payment it no longer matches is withdrawn; a new scope shows the payment this tab created there. */
  sync(config: CheckoutConfig, scopeChanged: boolean): void {
    this.payments.check();
    if (scopeChanged && !this.payments.payment && this.parts.submission.phase === 'idle' && this.payments.show(persistenceKey(config.endpoint, config.cart))) this.hold();
  }

  /** Shows the payment this checkout created instead of the form (also when the page comes back from the back/forward cache), and says so. */
  hold(): void {
    const { payments } = this;
    payments.reread();
    // Shown already (Back from the cache after "Continue to payment"), it is said again once paid,
    // whether this reread took the paid record in or an update did first (the page's pageshow).
    const paid = payments.payment?.paid && this.status !== 'paymentReceived';
    const shown = payments.payment && (this.parts.submission.holdCreated() || paid);
    if (shown) this.setStatus(payments.payment!.paid ? 'paymentReceived' : payments.expired ? 'paymentExpired' : 'paymentCreated');
    // The field, the button or the link that had focus is gone (the panel took the form's place, or
    // its link went once paid): focus goes to the panel's title.
    if (shown && (this.host.renderRoot as ShadowRoot).activeElement) void this.focusAfterUpdate('#confirmation-title');
    if (payments.payment && !payments.payment.paid) void this.verifyPaid(payments.payment.payment_id);
  }

  /**
   * Asks the status route (`status-endpoint`) about the payment `id`, shown again from the tab's
   * record and not known to be paid: the shopper may have paid and never reached the return page.
   * Dodo's verified success shows the paid panel; any other answer, or none, leaves the link.
   */
  private async verifyPaid(id: string): Promise<void> {
    const config = this.parts.config();
    if (!config?.statusEndpoint || this.verifying === id) return;
    this.verifying = id;
    try {
      // Recorded for the tab if it is still this checkout's payment; shown if it is still the one shown.
      if ((await (await loadVerifyPaid()).checkPaid(config.statusEndpoint, persistenceKey(config.endpoint, config.cart), id)) && this.payments.payment?.payment_id === id) this.hold();
    } catch {
      // The module did not load: the link stays, as without the route.
    } finally {
      this.verifying = '';
    }
  }

  /** Whether a press of Pay is being handled (the button says so while it waits). */
  get paying(): boolean {
    return this.attempt !== undefined;
  }

  /** Back to a fresh checkout: no payment, no alert, nothing in flight. */
  reset(): void {
    this.turns += 1;
    this.attempt = undefined;
    this.sent = '';
    this.unknown = undefined;
    this.payments.drop();
    this.parts.submission.reset();
    this.clearAlert();
    this.setStatus('');
  }

  /** The shopper leaves the created payment behind: a new checkout, with what they typed on this page. */
  readonly startOver = (): void => {
    this.sent = '';
    this.unknown = undefined;
    this.dropAlert();
    this.payments.drop();
    this.parts.submission.reset();
    this.setStatus('');
    this.parts.memory.save();
    void this.focusAfterUpdate('#email, #country');
  };

  /** Pays with what the form holds; a call while a press is being handled waits for that one instead. */
  pay(): Promise<void> {
    const { submission } = this.parts;
    if (this.attempt) return this.attempt;
    if (!this.parts.config() || submission.busy || submission.phase === 'created') return Promise.resolve();
    this.turns += 1;
    const attempt: Promise<void> = this.payOnce().finally(() => {
      if (this.attempt === attempt) this.attempt = undefined;
      this.host.requestUpdate();
    });
    this.attempt = attempt;
    this.host.requestUpdate();
    return attempt;
  }

  private async payOnce(): Promise<void> {
    const { form, submission, memory } = this.parts;
    const turn = this.turns;
    // The total the shopper read as they pressed is the one they agreed to pay.
    const read = this.parts.live()?.readTotal();
    const path = await this.readyForSubmit();
    // The code in the field and the tax ID are what gets paid with: the quote checks them first, briefly.
    const ahead = await this.parts.live()?.beforePay(QUOTE_WAIT_MS, read);
    // The waits may outlast this checkout: removed, reset or reconfigured meanwhile.
    const config = this.parts.config();
    if (!config || !this.host.isConnected || turn !== this.turns || submission.busy || submission.phase === 'created') return;
    if (!path) return this.showUnreachable(turn);
    const { values } = form;
    // "sw1a2aa" becomes "SW1A 2AA": the shopper's input in the form the country writes it, and
    // "١٢٤١١" or "۰۹۱۲…" is sent, and shown, in ASCII digits.
    if (this.parts.format() && values.zipcode.trim()) form.correct({ zipcode: normalizePostalCode(values.country as CountryCode, values.zipcode, valueOf(this.parts.data.postalCodes)) });
    const phone = asciiDigits(values.phone);
    if (config.collectPhone && phone !== values.phone) form.correct({ phone });
    let input = this.requestInput(config, ahead?.quote?.currency);
    // Pressed again after a press that sent a request and made no payment (a network error leaves
    // open whether Dodo made one): when the methods in that press's currency make its very
    // request, it goes again, under the same Idempotency-Key, rather than the one a quote that
    // came since would make.
    const again = this.requestInput(config, this.chargedIn);
    if (requestBasis(path.requestFor(again)).request === this.sent) input = again;
    // The same press again after an unknown outcome, with nothing changed by the shopper or the
    // page: a table, a postal code rule or a state list that arrived since would write the
    // request differently, and a new key could make a second payment.
    const unknown = this.unknown?.edits === form.edits && this.unknown.config === config ? this.unknown.request : undefined;
    const prepared = unknown ? { ok: true as const, request: JSON.parse(unknown) as CreatePaymentRequest } : path.prepareRequest(input);
    // A refused code or an invalid tax ID is shown at its field; nothing is sent.
    const quoteProblems = (!unknown && ahead?.problems) || [];
    if (!prepared.ok || quoteProblems.length > 0) return this.showProblems([...(prepared.ok ? [] : prepared.problems), ...quoteProblems], turn);
    // A total the shopper did not read is shown, not charged: the next press pays it.
    if (!unknown && ahead?.changed) return this.announceTotal(ahead.changed, turn);

    this.clearAlert();
    this.setStatus('processing');
    // Saved before sending: if the tab reloads while the answer is unknown, paying again reuses the key.
    memory.save();
    // What the payment will belong to: any later change to it withdraws the payment.
    const basis = requestBasis(path.requestFor(input));
    const earlier = [this.sent, this.chargedIn, this.unknown] as const;
    this.sent = basis.request;
    this.chargedIn = input.chargeCurrency ?? '';
    const result = await submission.submit(prepared.request, {
      endpoint: config.endpoint, timeout: config.timeout, redirectImmediately: config.redirectImmediately, path,
      stillCurrent: () => this.payments.matches(basis),
      // A total other than the quote's the shopper paid at is theirs to see before they go.
      review: (response) => Boolean(ahead?.charged(response)),
      language: this.parts.localize.lang,
      // Validation required the box to be ticked for these very documents.
      ...(config.terms ? { consent: config.terms } : {}),
    });
    if (result.status === 'busy') return;
    this.setStatus('');
    // The page cancelled the submit event: nothing went out, so the request to send again is the one before, if any.
    if (result.status === 'cancelled') [this.sent, this.chargedIn, this.unknown] = earlier;
    if (result.status === 'cancelled' || (result.status === 'failed' && result.failure.kind === 'aborted')) return;
    this.unknown = result.status === 'failed' && outcomeUnknown(result.failure) ? { request: JSON.stringify(prepared.request), edits: form.edits, config } : undefined;
    if (result.status === 'failed') return this.showFailure(result.failure, path, turn);
    if (result.status === 'unsafe-link') return this.showFailure({ kind: 'unsafe-link' }, path, turn);
    // Kept for the return page's <dodo-payment-status> in this tab.
    rememberStatusToken(result.response, persistenceKey(config.endpoint, config.cart));
    memory.clear();
    this.sent = '';
    // Changed while the request was out: withdrawn at once, never offered. The total's currency is
    // the one the answer names (dodo-checkout/server names it), else the quote's, else the billing currency the request fixed, else not known.
    if (!this.payments.show(persistenceKey(config.endpoint, config.cart), createdPayment(result.response, result.decision.url, result.response.currency ?? ahead?.quote?.currency ?? input.config.billingCurrency ?? '', basis.cart), basis)) return;
    this.setStatus(result.navigated ? 'redirecting' : 'paymentCreated');
    const other = ahead?.charged(result.response);
    if (other) await this.announceTotal(other, turn);
    if (!result.navigated) await this.focusAfterUpdate('#confirmation-title');
  }

  /** What the checks and the request need that loads after the form, tried again if it failed; the submit path unless it cannot load. */
  private async readyForSubmit(): Promise<SubmitPath | undefined> {
    const { data, form } = this.parts;
    const [path = this.path] = await Promise.all([
      loadSubmitPath().catch(() => undefined),
      data.forSubmit({ postalCodes: Boolean(this.parts.format()?.fields.includes('zipcode')), paymentMethods: Boolean(this.parts.config()?.allowedPaymentMethodTypes) }),
    ]);
    const root = this.host.renderRoot as ShadowRoot;
    const field = root.querySelector<HTMLInputElement>('input#state');
    if (data.arrived && field && root.activeElement === field) {
      // A focused text field fires its change event when the list replaces it; blurred now, its
      // typed text arrives first, and focus moves to the list.
      field.blur();
      void this.focusAfterUpdate('#state');
    }
    // A name restored or autofilled after the list arrived becomes its code too.
    form.matchState(data.takeArrived());
    return (this.path = path);
  }

  /**
   * The request as the form stands, with the chosen chip's methods; with a live quote, in the
   * billing currency the quote was asked for (so the payment charges what it showed); without a
   * chip, the methods eligible in the currency charged: `charged` if given, else the billing
   * currency the request fixes, else the shown quote's, else the display currency.
   */
  private requestInput(config: CheckoutConfig, charged?: string): PrepareInput {
    const { form, data } = this.parts;
    const live = this.parts.live();
    const billingCurrency = live ? live.billingCurrency() : config.billingCurrency;
    const now = billingCurrency ?? live?.chargeCurrency();
    const chargeCurrency = charged || now || config.currency;
    // The chip the shopper chose among those on screen, offered in the currency as it is now.
    const chips = offeredChips(data.paymentMethods, config, form.values.country, now);
    return {
      config: billingCurrency ? { ...config, billingCurrency } : config,
      values: form.values, format: this.parts.format(), subdivisions: data.subdivisions,
      postalCodes: valueOf(data.postalCodes), paymentMethods: valueOf(data.paymentMethods),
      chipMethods: chips === 'pending' ? undefined : chips.find((chip) => chip.id === form.chip)?.methods,
      chargeCurrency: chargeCurrency as PrepareInput['chargeCurrency'],
    };
  }

  /** What the checkout would send now, as a created payment is compared with it (its methods in the currency it was made in); the cart alone until the submit path has loaded. */
  private currentBasis(): Required<PaymentBasis> | undefined {
    const config = this.parts.config();
    if (!config) return undefined;
    if (!this.path) return { cart: JSON.stringify(productCart(config.cart)), request: '' };
    return requestBasis(this.path.requestFor(this.requestInput(config, this.parts.submission.phase === 'idle' ? undefined : this.chargedIn)));
  }

  /**
   * The shown payment was withdrawn, or left behind paid (the form for the next order, nothing
   * said), or its link expired on screen: said politely; focus moves to what replaced the link.
   */
  private paymentChanged(left?: 'withdrawn' | 'paid'): void {
    this.dropAlert();
    this.setStatus(left === 'paid' ? '' : left ? 'paymentStale' : 'paymentExpired');
    if (left) this.parts.submission.reset();
    if ((this.host.renderRoot as ShadowRoot).activeElement) void this.focusAfterUpdate(left === 'paid' ? '#email, #country' : left ? '.submit' : '#confirmation-title');
  }

  /** What the alert says of the shown payment goes with it, also when it is still to be said. */
  private dropAlert(): void {
    this.turns += 1;
    this.clearAlert();
  }

  private clearAlert(): void {
    if (this.alert) this.emptied = performance.now();
    this.alert = undefined;
  }

  /**
   * Shows `alert`, at once unless the alert said something less than 100 ms ago: then once it has
   * been empty that long (browsers compare a live region once a frame), so that the same words on
   * a second press are announced again. False when reset or pressed again meanwhile: that is what
   * the alert is about now.
   */
  private async announce(alert: Alert, turn: number): Promise<boolean> {
    // The press has its outcome: from here the element is idle again (its `state.phase` too, which
    // the error event's listeners read), while focus still moves to what the outcome shows.
    this.attempt = undefined;
    this.clearAlert();
    this.host.requestUpdate();
    const wait = this.emptied + 100 - performance.now();
    if (wait > 0) await new Promise((later) => setTimeout(later, wait));
    if (turn !== this.turns) return false;
    this.alert = alert;
    this.host.requestUpdate();
    return true;
  }

  /** A total the shopper did not read: said in the alert, and to the page as a `total-changed` error. */
  private async announceTotal(text: (t: Translate) => string, turn: number): Promise<void> {
    // Its words as the press ends: the alert's may have gone by the time it shows.
    const message = text(this.parts.localize.t);
    if (await this.announce(text, turn)) emit(this.host, 'dodo-checkout-error', { kind: 'total-changed', message });
  }

  private async showProblems(found: readonly FoundProblem[], turn: number): Promise<void> {
    const { form, localize } = this.parts;
    form.report(found);
    if (!(await this.announce((t) => (form.problems.size > 0 ? t('formHasErrors', form.problems.size) : ''), turn))) return;
    this.setStatus('');
    const view = formView(localize, form, this.parts.format());
    emit(this.host, 'dodo-checkout-error', { kind: 'validation', message: [...form.problems.keys()].map((field) => view.problemText(field)).filter(Boolean).join(' ') });
    const first = form.firstProblem;
    if (first) await this.focusAfterUpdate(`#${first}`);
  }

  /** Offline since the page loaded: the submit path could not load, so nothing could be sent either. */
  private async showUnreachable(turn: number): Promise<void> {
    if (await this.announce((t) => t('networkError'), turn)) emit(this.host, 'dodo-checkout-error', { kind: 'network', message: this.parts.localize.t('networkError') });
  }

  private async showFailure(failure: CheckoutFailure, path: SubmitPath, turn: number): Promise<void> {
    const { form, localize } = this.parts;
    const { detail, refused, consentRequired } = path.describeFailure(failure, localize.t);
    // A refused value (a discount code, a tax ID…) belongs at the field the shopper typed it in.
    const field = refused && form.values[refused.field].trim() ? refused.field : undefined;
    if (field) form.report([{ field, problem: { code: 'refused', message: refused!.message } }]);
    // The proxy asks for other documents than those ticked: the box is cleared, to be read and ticked again.
    const consent = consentRequired && Boolean(this.parts.config()?.terms);
    if (consent) {
      form.edit('terms', '');
      form.report([{ field: 'terms', problem: { code: 'acceptTerms' } }]);
    }
    if (!(await this.announce((t) => path.describeFailure(failure, t).detail.message, turn))) return;
    emit(this.host, 'dodo-checkout-error', detail);
    await this.host.updateComplete;
    if (field || consent) (this.host.renderRoot as ShadowRoot).querySelector<HTMLElement>(`#${field ?? 'terms'}`)?.focus();
  }

  private setStatus(status: MessageKey | ''): void {
    this.status = status;
    this.host.requestUpdate();
  }

  /** Moves focus once the next render is on screen. */
  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

