/**
 * The demo's orders list on its own: one order per payment, fulfilment counted per run of the
 * handler (so the webhook handler's dedupe is what keeps it at one), deliveries counted per
 * `webhook-id` whichever order they arrive in.
 */
import { describe, expect, it } from 'vitest';
import { createDemoOrders } from '../../demo/demo-orders.js';
import type { WebhookEvent } from '../../src/server/index.js';

function event(type: string, paymentId: string): WebhookEvent {
  return { business_id: 'bus_1', type, timestamp: '2026-12-01T05:00:00Z', data: { payment_id: paymentId, total_amount: 2400, currency: 'USD' } } as unknown as WebhookEvent;
}

describe('demo orders', () => {
  it('fulfils on every handled payment.succeeded, so only the handler keeps it at one', () => {
    const orders = createDemoOrders();
    orders.handleEvent(event('payment.succeeded', 'pay_1'), { webhookId: 'msg_1', timestamp: new Date() });
    expect(orders.list()).toMatchObject([{ paymentId: 'pay_1', status: 'paid', fulfilments: 1, total: 2400, currency: 'USD' }]);
    orders.handleEvent(event('payment.succeeded', 'pay_1'), { webhookId: 'msg_1', timestamp: new Date() });
    expect(orders.list()[0]!.fulfilments).toBe(2);
  });

  it('counts deliveries per webhook-id, including those counted before the event was handled', () => {
    const orders = createDemoOrders();
    orders.countDelivery('msg_early');
    orders.handleEvent(event('payment.processing', 'pay_2'), { webhookId: 'msg_early', timestamp: new Date() });
    orders.countDelivery('msg_early');
    orders.handleEvent(event('payment.succeeded', 'pay_2'), { webhookId: 'msg_late', timestamp: new Date() });
    orders.countDelivery('msg_late');
    orders.countDelivery('msg_unrelated');
    expect(orders.list()).toMatchObject([{ paymentId: 'pay_2', status: 'paid', deliveries: 3, events: ['payment.processing', 'payment.succeeded'] }]);
  });

  it('keeps a paid order paid when an older event arrives late, and ignores other event types', () => {
    const orders = createDemoOrders();
    orders.handleEvent(event('payment.succeeded', 'pay_3'), { webhookId: 'msg_a', timestamp: new Date() });
    orders.handleEvent(event('payment.processing', 'pay_3'), { webhookId: 'msg_b', timestamp: new Date() });
    orders.handleEvent(event('refund.succeeded', 'pay_3'), { webhookId: 'msg_c', timestamp: new Date() });
    expect(orders.list()).toMatchObject([{ status: 'paid', events: ['payment.succeeded', 'payment.processing'] }]);
  });
});
