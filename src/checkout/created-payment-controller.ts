/**
 * Keeps the payment a checkout created in view: shown until its link expires (then shown as
 * expired), until the checkout no longer makes the request it was created from (then withdrawn,
 * with `dodo-checkout-payment-stale`), or until the shopper starts over. Kept for the tab, so a
 * new page of the same checkout shows it too (see created-payment.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import {
  dropCreatedPayment,
  keepCreatedPayment,
  readCreatedPayment,
  staleReason,
  type CheckoutFingerprints,
  type CreatedPayment,
  type PaymentBasis,
} from './created-payment.js';

export interface CreatedPaymentCallbacks {
  /** The shown payment's link expired while on screen. */
  expired(): void;
  /** The shown payment was withdrawn because the checkout changed. */
  withdrawn(): void;
}

/** setTimeout's longest delay; a later expiry is waited for in steps. */
const MAX_DELAY = 2 ** 31 - 1;

export class CreatedPaymentController implements ReactiveController {
  /** The payment the checkout shows, if any. */
  payment?: CreatedPayment;

  private scope = '';
  private basis?: PaymentBasis;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly callbacks: CreatedPaymentCallbacks,
  ) {
    host.addController(this);
  }

  get expired(): boolean {
    return !!this.payment && Date.now() >= this.payment.expiresAt;
  }

  /** Shows a payment just created on `basis`, and keeps it for the tab. */
  keep(scope: string, payment: CreatedPayment, basis: PaymentBasis): void {
    keepCreatedPayment(scope, payment);
    this.show(scope, payment, basis);
  }

  /**
   * For a checkout scope that came into view: shows the payment this tab created there, if any,
   * and returns whether one is shown (one for another cart amount is withdrawn at once).
   */
  restore(scope: string, now: CheckoutFingerprints, request: () => string): boolean {
    const saved = readCreatedPayment(scope);
    // The settings are compared from now on: a new page does not know what the first one was configured with.
    if (saved) this.show(scope, saved, { cart: saved.cart, settings: now.settings });
    return !!saved && !this.check(now, request);
  }

  /** Withdraws the shown payment if the checkout no longer makes its request; returns whether it did. */
  check(now: CheckoutFingerprints, request: () => string): boolean {
    const payment = this.payment;
    const reason = payment && staleReason(this.basis!, now, request);
    if (!payment || !reason) return false;
    this.drop();
    const { payment_id, payment_link, total_amount, expires_on } = payment;
    emit(this.host, 'dodo-checkout-payment-stale', { previous: { payment_id, payment_link, total_amount, ...(expires_on ? { expires_on } : {}) }, reason });
    this.callbacks.withdrawn();
    return true;
  }

  /** Forgets the shown payment, here and in the tab: the shopper starts over. */
  drop(): void {
    if (!this.payment) return;
    dropCreatedPayment(this.scope);
    this.payment = this.basis = undefined;
    clearTimeout(this.timer);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.watchExpiry();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private show(scope: string, payment: CreatedPayment, basis: PaymentBasis): void {
    this.scope = scope;
    this.payment = payment;
    this.basis = basis;
    this.watchExpiry();
    this.host.requestUpdate();
  }

  private watchExpiry(): void {
    clearTimeout(this.timer);
    const left = this.payment ? this.payment.expiresAt - Date.now() : 0;
    if (left <= 0) return;
    this.timer = setTimeout(() => {
      if (!this.expired) return this.watchExpiry();
      this.host.requestUpdate();
      this.callbacks.expired();
    }, Math.min(left, MAX_DELAY));
  }
}
