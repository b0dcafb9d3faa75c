/**
 * The demo shop's orders, kept in memory and driven by Dodo's webhooks alone: one order per
 * payment, fulfilled when `payment.succeeded` arrives. Fulfilment is deliberately naive (every
 * run of the handler fulfils again), so the count shows what `createWebhookHandler`'s dedupe
 * guarantees: however often the stand-in delivers an event, the shop's code ran once.
 */
import type { WebhookEvent, WebhookEventContext } from '../src/server/index.js';

export type DemoOrderStatus = 'processing' | 'paid' | 'payment_failed' | 'cancelled';

export interface DemoOrder {
  paymentId: string;
  status: DemoOrderStatus;
  /** In the currency's minor units. */
  total: number;
  currency: string;
  /** How many times the shop fulfilled (shipped) this order: 1 for a paid order, whatever was delivered. */
  fulfilments: number;
  /** Verified webhook deliveries received for this order's events, duplicates and retries included. */
  deliveries: number;
  /** Event types handled (each once), in arrival order. */
  events: string[];
  updatedAt: string;
}

export interface DemoOrders {
  /** `onEvent` for `createWebhookHandler`. */
  handleEvent(event: WebhookEvent, context: WebhookEventContext): void;
  /** Counts one delivery of `webhookId` that passed verification (handled or found to be a duplicate). */
  countDelivery(webhookId: string): void;
  /** Newest first. */
  list(): DemoOrder[];
}

const MAX_ORDERS = 100;

type PaymentEvent = Extract<WebhookEvent, { type: `payment.${string}` }>;

const STATUS_BY_EVENT: Record<PaymentEvent['type'], DemoOrderStatus> = {
  'payment.processing': 'processing',
  'payment.succeeded': 'paid',
  'payment.failed': 'payment_failed',
  'payment.cancelled': 'cancelled',
};

function isPaymentEvent(event: WebhookEvent): event is PaymentEvent {
  return Object.hasOwn(STATUS_BY_EVENT, event.type);
}

export function createDemoOrders(now: () => Date = () => new Date()): DemoOrders {
  const orders = new Map<string, DemoOrder & { webhookIds: Set<string> }>();
  const deliveries = new Map<string, number>();

  return {
    handleEvent(event, { webhookId }) {
      if (!isPaymentEvent(event)) return;
      const status = STATUS_BY_EVENT[event.type];
      const payment = event.data;
      const order = orders.get(payment.payment_id) ?? {
        paymentId: payment.payment_id,
        status,
        total: payment.total_amount,
        currency: payment.currency,
        fulfilments: 0,
        deliveries: 0,
        events: [],
        updatedAt: now().toISOString(),
        webhookIds: new Set<string>(),
      };
      if (!orders.has(payment.payment_id)) {
        orders.set(payment.payment_id, order);
        while (orders.size > MAX_ORDERS) orders.delete(orders.keys().next().value!);
      }
      order.webhookIds.add(webhookId);
      order.events.push(event.type);
      order.updatedAt = now().toISOString();
      // Events may arrive out of order: a paid order stays paid.
      if (order.status !== 'paid') order.status = status;
      if (event.type === 'payment.succeeded') order.fulfilments += 1;
    },
    countDelivery(webhookId) {
      deliveries.set(webhookId, (deliveries.get(webhookId) ?? 0) + 1);
      if (deliveries.size > MAX_ORDERS * 20) deliveries.delete(deliveries.keys().next().value!);
    },
    list() {
      return [...orders.values()].reverse().map(({ webhookIds, ...order }) => ({
        ...order,
        events: [...order.events],
        deliveries: [...webhookIds].reduce((sum, id) => sum + (deliveries.get(id) ?? 0), 0),
      }));
    },
  };
}
