/** The events `<dodo-payment-status>` dispatches; all bubble and cross shadow boundaries. */
import type { PaymentStatus } from '../api/payment-status.js';

/** A verified outcome: what the proxy's status route answered. */
export interface PaymentStatusDetail {
  status: PaymentStatus;
}
/** "Try again" or "Return to checkout" was chosen; cancel the event to navigate yourself. */
export interface PaymentStatusRetryDetail {
  url: string;
  status: PaymentStatus;
}

export type PaymentStatusEvent = CustomEvent<PaymentStatusDetail>;
export type PaymentStatusUnknownEvent = CustomEvent<Record<string, never>>;
export type PaymentStatusRetryEvent = CustomEvent<PaymentStatusRetryDetail>;

declare global {
  interface HTMLElementEventMap {
    'dodo-payment-status-succeeded': PaymentStatusEvent;
    'dodo-payment-status-processing': PaymentStatusEvent;
    'dodo-payment-status-failed': PaymentStatusEvent;
    'dodo-payment-status-cancelled': PaymentStatusEvent;
    'dodo-payment-status-requires-action': PaymentStatusEvent;
    /** No payment of this browser matches the page (a forged or foreign return URL, or storage cleared). */
    'dodo-payment-status-unknown': PaymentStatusUnknownEvent;
    /** The status route could not be reached or failed; nothing is known about the payment. */
    'dodo-payment-status-unavailable': PaymentStatusUnknownEvent;
    'dodo-payment-status-retry': PaymentStatusRetryEvent;
  }
}

/** Dispatches a `dodo-payment-status-*` event; returns false when a listener cancelled it. */
export function emitStatusEvent(target: EventTarget, type: keyof HTMLElementEventMap, detail: unknown, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
