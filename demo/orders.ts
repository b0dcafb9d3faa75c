/**
 * The demo's orders list: what the shop's webhook handler recorded (GET /api/orders), refreshed
 * every few seconds. Text only (`textContent`), so the page runs under its strict CSP.
 */
import type { DemoOrder } from './demo-orders.js';

const STATUS_TEXT: Record<DemoOrder['status'], string> = {
  processing: 'Payment processing',
  paid: 'Paid',
  payment_failed: 'Payment failed',
  cancelled: 'Cancelled',
};

const REFRESH_MS = 2_000;

const statusLine = document.querySelector<HTMLElement>('#orders-status')!;
const table = document.querySelector<HTMLTableElement>('#orders-table')!;
const rows = document.querySelector<HTMLTableSectionElement>('#orders-rows')!;

function money(amount: number, currency: string): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

function cell(row: HTMLTableRowElement, text: string, className?: string): void {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
}

let shownSummary = '';

function render(orders: DemoOrder[]): void {
  rows.replaceChildren();
  for (const order of orders) {
    const row = rows.insertRow();
    row.dataset.paymentId = order.paymentId;
    cell(row, order.paymentId);
    cell(row, STATUS_TEXT[order.status] ?? order.status);
    cell(row, money(order.total, order.currency), 'num');
    cell(row, String(order.fulfilments), 'num');
    cell(row, String(order.deliveries), 'num');
    cell(row, order.events.join(', '));
  }
  table.hidden = orders.length === 0;
  // The live region speaks only when the number of orders changes, not on every refresh.
  const summary = orders.length === 0 ? 'No orders yet: pay in the shop, and the webhook adds the order here.' : `${orders.length} order${orders.length === 1 ? '' : 's'}.`;
  if (summary !== shownSummary) statusLine.textContent = shownSummary = summary;
}

async function refresh(): Promise<void> {
  try {
    const response = await fetch('/api/orders', { cache: 'no-store' });
    if (!response.ok) throw new Error(String(response.status));
    render(((await response.json()) as { orders: DemoOrder[] }).orders);
  } catch {
    statusLine.textContent = shownSummary = 'The orders could not be loaded. Retrying…';
  }
  setTimeout(() => void refresh(), REFRESH_MS);
}

void refresh();
