/**
 * The demo's return page: `<dodo-payment-status>` shows the payment as the shop's status route
 * verified it (never the query string), and once it is paid, the order as the shop's webhook
 * handler recorded it. Text only (`textContent`), so the page runs under its strict CSP.
 */
import '../src/payment-status.js';
import type { PaymentStatusEvent } from '../src/payment-status.js';
import { emptyBasket } from './basket.js';
import type { DemoOrder } from './demo-orders.js';

const title = document.querySelector<HTMLElement>('#thanks-title')!;
const orderLine = document.querySelector<HTMLElement>('#order-line')!;

const TITLES: Partial<Record<keyof HTMLElementEventMap, string>> = {
  'dodo-payment-status-succeeded': 'Thank you for your order',
  'dodo-payment-status-processing': 'Your payment is being confirmed',
  'dodo-payment-status-failed': 'Your order is not paid',
  'dodo-payment-status-cancelled': 'Your order is not paid',
  'dodo-payment-status-requires-action': 'Your order is not paid yet',
};

for (const [type, text] of Object.entries(TITLES)) document.addEventListener(type, () => (title.textContent = text));

/** The webhook fulfils the order on its own time: look for it a few times. */
async function showOrder(paymentId: string): Promise<void> {
  for (let attempt = 0; attempt < 15; attempt++) {
    const response = await fetch('/api/orders', { cache: 'no-store' }).catch(() => undefined);
    const orders = response?.ok ? ((await response.json()) as { orders: DemoOrder[] }).orders : [];
    const order = orders.find((candidate) => candidate.paymentId === paymentId);
    if (order?.status === 'paid') {
      orderLine.textContent = `Order ${order.paymentId} is paid and being roasted (fulfilled ${order.fulfilments === 1 ? 'once' : `${order.fulfilments} times`}).`;
      return;
    }
    orderLine.textContent = 'Your order is being prepared…';
    await new Promise((done) => setTimeout(done, 1_000));
  }
  orderLine.textContent = 'Your order is confirmed; the shop will email you when it ships.';
}

document.addEventListener(
  'dodo-payment-status-succeeded',
  (event) => {
    // Paid, as the shop's status route verified: the basket is bought.
    emptyBasket();
    void showOrder((event as PaymentStatusEvent).detail.status.payment_id);
  },
  { once: true },
);
