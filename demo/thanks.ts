/**
 * The demo's return page: shows `payment_id` and `status` from the query that the hosted
 * payment page appends to `return_url`. Text only (`textContent`), so nothing from the URL is
 * ever parsed as HTML, and the page runs under a strict CSP.
 */
const STATUS_TEXT: Record<string, string> = {
  succeeded: 'Your payment went through. We are roasting your beans.',
  processing: 'Your payment is being processed. We will email you once it is confirmed.',
  failed: 'Your payment did not go through. No money was taken; you can try again from the shop.',
  cancelled: 'The payment was cancelled. You can try again from the shop.',
};

const query = new URLSearchParams(location.search);
const paymentId = query.get('payment_id');
const status = query.get('status');

const statusLine = document.querySelector<HTMLElement>('#thanks-status');
const details = document.querySelector<HTMLElement>('#thanks-details');
const paymentIdField = document.querySelector<HTMLElement>('#thanks-payment-id');
const statusField = document.querySelector<HTMLElement>('#thanks-payment-status');

if (statusLine && details && paymentIdField && statusField) {
  if (!paymentId || !status) {
    statusLine.textContent = 'This page shows your payment once you return from checkout. No payment details were found in the address.';
  } else {
    statusLine.textContent = STATUS_TEXT[status] ?? 'We received your payment details.';
    paymentIdField.textContent = paymentId;
    statusField.textContent = status;
    details.hidden = false;
  }
}

export {};
