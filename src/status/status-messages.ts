/**
 * The texts of `<dodo-payment-status>`, in every language the checkout speaks: English here,
 * built in; the others in `messages/<lang>.ts`, loaded on demand (`load-status-messages.ts`). Its
 * own small set rather than the checkout's files: the return page needs only these.
 */

export interface StatusMessages {
  checking: string;
  succeededTitle: string;
  /** `{total}` is the formatted total; used when it is known. */
  succeeded: string;
  succeededNoTotal: string;
  processingTitle: string;
  processing: string;
  processingStill: string;
  failedTitle: string;
  failed: string;
  cancelledTitle: string;
  cancelled: string;
  requiresActionTitle: string;
  requiresAction: string;
  unknownTitle: string;
  unknown: string;
  errorTitle: string;
  error: string;
  total: string;
  reference: string;
  tryAgain: string;
  returnToCheckout: string;
  checkAgain: string;
}

export const ENGLISH_STATUS_MESSAGES: StatusMessages = {
  checking: 'Checking your payment…',
  succeededTitle: 'Payment received',
  succeeded: 'Thank you! Your payment of {total} went through.',
  succeededNoTotal: 'Thank you! Your payment went through.',
  processingTitle: 'Payment processing',
  processing: 'Your payment is being processed. This page will update once it is confirmed.',
  processingStill: 'Your payment is still being processed. You will receive a confirmation once it completes; check again later.',
  failedTitle: 'Payment failed',
  failed: 'Your payment did not go through and no money was taken. You can try again.',
  cancelledTitle: 'Payment cancelled',
  cancelled: 'The payment was cancelled and no money was taken. You can try again.',
  requiresActionTitle: 'Payment not completed',
  requiresAction: 'Your payment has not been completed yet. Return to the checkout to finish it.',
  unknownTitle: 'We cannot confirm this payment',
  unknown: 'This page cannot confirm a payment made from this browser. If you paid, your confirmation email is your receipt; otherwise, contact the shop.',
  errorTitle: 'We could not check your payment',
  error: 'The payment status is not available right now. Nothing has changed with your payment; check again in a moment.',
  total: 'Total',
  reference: 'Payment reference',
  tryAgain: 'Try again',
  returnToCheckout: 'Return to checkout',
  checkAgain: 'Check again',
};
