/**
 * HTML of the stand-in's hosted payment page. Every value from a request goes through
 * `escapeHtml`; the page has no scripts, and its stylesheet is served from the stand-in itself so
 * a strict CSP (`default-src 'none'; style-src 'self'; img-src 'self'`) holds.
 */
import { escapeHtml } from '../../escape-html.js';

export interface HostedPageLine {
  name: string;
  quantity: number;
  /** Line total in the currency's minor units. */
  amount: number;
}

export interface HostedPageModel {
  paymentId: string;
  currency: string;
  lines: readonly HostedPageLine[];
  discount: number;
  /** Tax in the total; shown when above 0. */
  tax?: number;
  /** Whether that tax is included in the prices (else added). */
  taxIncluded?: boolean;
  total: number;
  status: 'requires_payment' | 'processing' | 'succeeded' | 'failed' | 'cancelled';
  /** Where the tester's three buttons post: complete, decline (a failed payment) and cancel. */
  actions: { pay: string; decline: string; cancel: string };
  returnUrl: string | null;
  expired: boolean;
}

export function formatMinor(amount: number, currency: string): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

export const HOSTED_PAGE_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1b1b1f}
table{width:100%;border-collapse:collapse}td,th{padding:.4rem 0;text-align:left}td.num,th.num{text-align:right}
tfoot th,tfoot td{border-top:1px solid #ccc;font-weight:600}
button{font:inherit;padding:.6rem 1.4rem;border-radius:.5rem;border:0;background:#0b57d0;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #1b1b1f;outline-offset:2px}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin-top:1.5rem}
.actions form{margin:0}
button.secondary{background:#fff;color:#1b1b1f;border:1px solid #767676}
.note{color:#555;font-size:.875rem}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/hosted-page.css">
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export function renderHostedPaymentPage(model: HostedPageModel): string {
  const money = (amount: number) => escapeHtml(formatMinor(amount, model.currency));
  const rows = model.lines
    .map((line) => `<tr><td>${escapeHtml(line.name)}</td><td class="num">${line.quantity}</td><td class="num">${money(line.amount)}</td></tr>`)
    .join('\n');
  const discount = model.discount > 0 ? `<tr><th scope="row" colspan="2">Discount</th><td class="num">−${money(model.discount)}</td></tr>` : '';
  const tax = model.tax ? `<tr><th scope="row" colspan="2">${model.taxIncluded ? 'Tax included' : 'Tax'}</th><td class="num">${money(model.tax)}</td></tr>` : '';
  const action =
    model.status !== 'requires_payment'
      ? `<p role="status">${escapeHtml(SETTLED_TEXT[model.status])}</p>`
      : model.expired
        ? '<p role="alert">This payment link has expired.</p>'
        : `<div class="actions">
<form method="post" action="${escapeHtml(model.actions.pay)}"><button type="submit">Pay ${money(model.total)}</button></form>
<form method="post" action="${escapeHtml(model.actions.decline)}"><button type="submit" class="secondary">Decline (test a failed payment)</button></form>
<form method="post" action="${escapeHtml(model.actions.cancel)}"><button type="submit" class="secondary">Cancel payment</button></form>
</div>
<p class="note">Pay completes the payment, Decline fails it as a declined card would, Cancel abandons it. Each sends its webhook and returns to the shop.</p>`;
  return page(
    `Pay ${formatMinor(model.total, model.currency)} — Dodo Payments stand-in`,
    `<h1>Complete your payment</h1>
<p class="note">Dodo Payments API stand-in: no money moves. Payment <code>${escapeHtml(model.paymentId)}</code>.</p>
<table>
<thead><tr><th scope="col">Item</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Amount</th></tr></thead>
<tbody>
${rows}
${discount}
${tax}
</tbody>
<tfoot><tr><th scope="row" colspan="2">Total</th><td class="num" data-total>${money(model.total)}</td></tr></tfoot>
</table>
${action}`,
  );
}

const SETTLED_TEXT: Record<Exclude<HostedPageModel['status'], 'requires_payment'>, string> = {
  processing: 'This payment is being processed.',
  succeeded: 'This payment has already been completed.',
  failed: 'This payment failed: the card was declined.',
  cancelled: 'This payment was cancelled.',
};

const OUTCOME_TITLES: Record<Exclude<HostedPageModel['status'], 'requires_payment'>, string> = {
  processing: 'Payment processing',
  succeeded: 'Payment succeeded',
  failed: 'Payment failed',
  cancelled: 'Payment cancelled',
};

/** What the hosted page shows after an outcome when the payment has no `return_url`. */
export function renderPaymentOutcomePage(paymentId: string, status: HostedPageModel['status'], total: string): string {
  const settled = status === 'requires_payment' ? 'processing' : status;
  const detail = settled === 'succeeded' ? `Thank you! ${escapeHtml(total)} was paid.` : escapeHtml(SETTLED_TEXT[settled]);
  return page(
    `${OUTCOME_TITLES[settled]} — Dodo Payments stand-in`,
    `<h1>${OUTCOME_TITLES[settled]}</h1>
<p role="status">${detail} Payment <code>${escapeHtml(paymentId)}</code>.</p>`,
  );
}

export function renderNotFoundPage(): string {
  return page('Payment not found — Dodo Payments stand-in', '<h1>Payment not found</h1><p>This payment link is unknown.</p>');
}
