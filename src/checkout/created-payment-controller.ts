/**
 * Keeps the payment a checkout created in view: shown until its link expires (then shown as
 * expired), until the checkout no longer makes the request it was created from (then withdrawn,
 * with `dodo-checkout-payment-stale`), or until the shopper starts over. Kept for the tab, so a
 * new page of the same checkout shows it too (see created-payment.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import { readCreatedPayment, staleReason, storeCreatedPayment, type CreatedPayment, type PaymentBasis } from './created-payment.js';

export class CreatedPaymentController implements ReactiveController {
  /** The payment the checkout shows, if any. */
  payment?: CreatedPayment;

  private scope = '';
  private basis?: PaymentBasis;
  private timer?: ReturnType<typeof setTimeout>;

  /**
   * `current` tells what the checkout would send now (undefined while it is misconfigured);
   * `changed` hears of a link that expired on screen, of a payment withdrawn (`'withdrawn'`) and
   * of a paid payment left behind for another order (`'paid'`).
   */
  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly current: () => Required<PaymentBasis> | undefined,
    private readonly changed: (left?: 'withdrawn' | 'paid') => void,
  ) {
    host.addController(this);
  }

  get expired(): boolean {
    return !!this.payment && Date.now() >= this.payment.expiresAt;
  }

  /**
   * Shows a payment: one just created on `basis` (kept for the tab), or for a checkout scope that
   * came into view, the one this tab created there. Returns whether one is shown.
   */
  show(scope: string, created?: CreatedPayment, basis?: PaymentBasis): boolean {
    if (created) storeCreatedPayment(scope, created);
    const payment = created ?? readCreatedPayment(scope);
    if (!payment) return false;
    this.scope = scope;
    this.payment = payment;
    this.basis = basis ?? payment;
    this.hostConnected();
    this.host.requestUpdate();
    // Made for other cart amounts, or changed while the request was out: withdrawn at once.
    return !this.check();
  }

  /** Takes in what the tab learned of the shown payment since it was shown: a return page verified it paid. */
  reread(): void {
    const kept = this.payment && !this.payment.paid && readCreatedPayment(this.scope);
    if (!kept || !kept.paid || kept.payment_id !== this.payment!.payment_id) return;
    this.payment = kept;
    this.hostConnected();
  }

  /** Whether the checkout still makes the request of `basis`. */
  matches(basis: PaymentBasis): boolean {
    const now = this.current();
    return !!now && !staleReason(basis, now);
  }

  /**
   * Withdraws the shown payment if the checkout no longer makes its request; returns whether it
   * did. A paid payment is done, not stale: it stays for a change of anything but the cart, and
   * for another cart the checkout goes on to the next order quietly, the tab keeping the record.
   */
  check(): boolean {
    // A return page may have verified it paid since it was shown (Back from the cache, before `hold`).
    this.reread();
    const payment = this.payment;
    const now = this.current();
    const reason = payment && now && staleReason(this.basis!, now);
    const paid = payment?.paid;
    if (!reason || (paid && reason !== 'cart')) return false;
    this.drop(paid);
    const { payment_id, payment_link, total_amount, expires_on } = payment!;
    if (!paid) emit(this.host, 'dodo-checkout-payment-stale', { previous: { payment_id, payment_link, total_amount, ...(expires_on ? { expires_on } : {}) }, reason });
    this.changed(paid ? 'paid' : 'withdrawn');
    return true;
  }

  /** Forgets the shown payment, here and (unless `kept`) in the tab. */
  drop(kept?: boolean): void {
    if (!kept) storeCreatedPayment(this.scope);
    this.payment = undefined;
    this.hostDisconnected();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.hostDisconnected();
    // A paid payment's link has nothing left to expire.
    const left = this.payment && !this.payment.paid ? this.payment.expiresAt - Date.now() : 0;
    // A link valid for longer than setTimeout can wait (24 days) is checked whenever it is shown.
    if (left > 0 && left < 2 ** 31) this.timer = setTimeout(this.changed, left);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
