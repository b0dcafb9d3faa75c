/**
 * The stand-in after the payment is created: the hosted page's complete / decline / cancel with
 * the redirect to `return_url`, the outcome through `payments.retrieve` (the real SDK), and the
 * signed webhooks it sends — verified by `createWebhookHandler` with the documented demo secret,
 * retried on failure, deliberately duplicated.
 */
import { readFileSync } from 'node:fs';
import DodoPayments from 'dodopayments';
import { afterEach, describe, expect, it } from 'vitest';
import { startDodoApiStandIn, type DodoApiStandIn, type DodoApiStandInOptions } from '../../src/server/stand-in/dodo-api-stand-in.js';
import { STAND_IN_WEBHOOK_SECRET } from '../../src/server/stand-in/stand-in-webhooks.js';
import { API_KEY, validRequest } from './support.js';
import { startWebhookRig, type RigOptions, type WebhookRig } from './webhook-support.js';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((thing) => thing.close()));
});

async function standIn(options: DodoApiStandInOptions = {}): Promise<{ api: DodoApiStandIn; sdk: DodoPayments }> {
  const api = await startDodoApiStandIn({ apiKey: API_KEY, ...options });
  opened.push(api);
  return { api, sdk: new DodoPayments({ bearerToken: API_KEY, baseURL: api.url, maxRetries: 0, webhookKey: null }) };
}

async function receiver(options: RigOptions = {}): Promise<WebhookRig> {
  const rig = await startWebhookRig({ webhookKey: STAND_IN_WEBHOOK_SECRET, ...options });
  opened.push(rig);
  return rig;
}

async function createPayment(api: DodoApiStandIn, overrides: Record<string, unknown> = {}): Promise<{ payment_id: string; payment_link: string }> {
  const response = await fetch(`${api.url}/payments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(validRequest({ return_url: 'https://shop.example/thanks?from=dodo', ...overrides })),
  });
  expect(response.status).toBe(200);
  return response.json();
}

/** Submits one of the hosted page's forms by its button text, as a browser would (no redirect followed). */
async function press(paymentLink: string, button: RegExp): Promise<Response> {
  const html = await (await fetch(paymentLink)).text();
  const forms = [...html.matchAll(/<form method="post" action="([^"]+)"><button type="submit"[^>]*>([^<]+)<\/button><\/form>/g)];
  const form = forms.find((match) => button.test(match[2]!));
  if (!form) throw new Error(`No ${button} button on the hosted page: ${forms.map((match) => match[2]).join(', ')}`);
  return fetch(new URL(form[1]!, paymentLink), { method: 'POST', redirect: 'manual' });
}

function returnedTo(response: Response): URL {
  expect(response.status).toBe(303);
  return new URL(response.headers.get('location')!);
}

describe('hosted payment page: complete, decline, cancel', () => {
  it.each([
    ['Pay', /^Pay \$48\.00$/, 'succeeded'],
    ['Decline', /^Decline/, 'failed'],
    ['Cancel', /^Cancel/, 'cancelled'],
  ] as const)('%s returns to return_url with payment_id and status %s, kept for payments.retrieve', async (_name, button, status) => {
    const { api, sdk } = await standIn();
    const created = await createPayment(api);
    const before = await sdk.payments.retrieve(created.payment_id);
    expect(before.status).toBe('requires_payment_method');

    const target = returnedTo(await press(created.payment_link, button));
    expect(target.origin + target.pathname).toBe('https://shop.example/thanks');
    expect(target.searchParams.get('from')).toBe('dodo');
    expect(target.searchParams.get('payment_id')).toBe(created.payment_id);
    expect(target.searchParams.get('status')).toBe(status);

    const payment = await sdk.payments.retrieve(created.payment_id);
    expect(payment).toMatchObject({ payment_id: created.payment_id, status, total_amount: 4800, currency: 'USD', business_id: expect.any(String) });
    expect(payment.customer.email).toBe('ada@example.com');
    expect(payment.billing).toMatchObject({ country: 'SE', city: 'Stockholm' });
    if (status === 'failed') expect(payment.error_code).toBe('CARD_DECLINED');
    else expect(payment.error_code).toBeNull();
    expect(Date.parse(payment.updated_at!)).toBeGreaterThanOrEqual(Date.parse(payment.created_at));
  });

  it('keeps the first outcome: a resubmitted form (Back, reload) changes nothing and returns the real status', async () => {
    const { api, sdk } = await standIn();
    const created = await createPayment(api);
    returnedTo(await press(created.payment_link, /^Decline/));
    const again = await fetch(`${created.payment_link}/pay`, { method: 'POST', redirect: 'manual' });
    expect(returnedTo(again).searchParams.get('status')).toBe('failed');
    expect((await sdk.payments.retrieve(created.payment_id)).status).toBe('failed');
    const page = await (await fetch(created.payment_link)).text();
    expect(page).toContain('This payment failed');
    expect(page).not.toContain('<form');
  });

  it('shows the outcome itself when there is no return_url', async () => {
    const { api } = await standIn();
    const created = await createPayment(api, { return_url: undefined });
    const cancelled = await fetch(`${created.payment_link}/cancel`, { method: 'POST' });
    expect(cancelled.status).toBe(200);
    expect(await cancelled.text()).toContain('Payment cancelled');
  });

  it('lets the CSP allow the redirect to the return_url origin, with no inline style or script', async () => {
    const { api } = await standIn();
    const created = await createPayment(api);
    const page = await fetch(created.payment_link);
    expect(page.headers.get('content-security-policy')).toMatch(/form-action 'self' https:\/\/shop\.example/);
    const html = await page.text();
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    expect(html.match(/<form /g)).toHaveLength(3);
  });

  it('answers 404 for an unknown payment and 401 without the API key on GET /payments/{id}', async () => {
    const { api, sdk } = await standIn();
    await expect(sdk.payments.retrieve('pay_unknown')).rejects.toMatchObject({ status: 404 });
    const created = await createPayment(api);
    expect((await fetch(`${api.url}/payments/${created.payment_id}`)).status).toBe(401);
  });

  it('settlePayment moves a payment through processing to a final state, never out of one', async () => {
    const { api, sdk } = await standIn();
    const created = await createPayment(api);
    expect(api.settlePayment(created.payment_id, 'processing').status).toBe('processing');
    expect((await sdk.payments.retrieve(created.payment_id)).status).toBe('processing');
    expect(api.settlePayment(created.payment_id, 'succeeded').status).toBe('succeeded');
    expect(api.settlePayment(created.payment_id, 'failed').status).toBe('succeeded');
    const target = returnedTo(await fetch(`${created.payment_link}/cancel`, { method: 'POST', redirect: 'manual' }));
    expect(target.searchParams.get('status')).toBe('succeeded');
  });
});

describe('stand-in webhooks', () => {
  it('sends each outcome as a signed event that createWebhookHandler verifies with STAND_IN_WEBHOOK_SECRET', async () => {
    const rig = await receiver();
    const { api, sdk } = await standIn({ webhooks: { url: rig.url } });
    const paid = await createPayment(api);
    const declined = await createPayment(api);
    const cancelled = await createPayment(api);
    returnedTo(await press(paid.payment_link, /^Pay/));
    returnedTo(await press(declined.payment_link, /^Decline/));
    returnedTo(await press(cancelled.payment_link, /^Cancel/));
    await api.webhooks.idle();

    expect(rig.events.map(({ event }) => [event.type, (event.data as { payment_id: string }).payment_id]).sort()).toEqual(
      [
        ['payment.succeeded', paid.payment_id],
        ['payment.failed', declined.payment_id],
        ['payment.cancelled', cancelled.payment_id],
      ].sort(),
    );
    const succeeded = rig.events.find(({ event }) => event.type === 'payment.succeeded')!.event;
    // The event carries the payment object, as GET /payments/{id} answers it.
    expect(succeeded.data).toEqual(JSON.parse(JSON.stringify(await sdk.payments.retrieve(paid.payment_id))));
    expect(api.webhookDeliveries.every((attempt) => attempt.status === 200 && attempt.attempt === 1)).toBe(true);
    expect(new Set(api.webhookDeliveries.map((attempt) => attempt.webhookId)).size).toBe(3);
  });

  it('is refused by a handler with another secret (the signature really is checked)', async () => {
    const rig = await receiver({ webhookKey: `whsec_${Buffer.from('some other endpoint secret').toString('base64')}` });
    const { api } = await standIn({ webhooks: { url: rig.url, retryDelaysMs: [] } });
    returnedTo(await press((await createPayment(api)).payment_link, /^Pay/));
    await api.webhooks.idle();
    expect(api.webhookDeliveries.map((attempt) => attempt.status)).toEqual([401]);
    expect(rig.events).toHaveLength(0);
  });

  it('retries a failed delivery with the same webhook-id until it is accepted', async () => {
    let failures = 2;
    const rig = await receiver({
      behaviour: () => {
        if (failures-- > 0) throw new Error('not yet');
      },
    });
    const { api } = await standIn({ webhooks: { url: rig.url, retryDelaysMs: [20, 20, 20, 20] } });
    returnedTo(await press((await createPayment(api)).payment_link, /^Pay/));
    await api.webhooks.idle();
    expect(api.webhookDeliveries.map((attempt) => [attempt.attempt, attempt.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    expect(new Set(api.webhookDeliveries.map((attempt) => attempt.webhookId)).size).toBe(1);
    expect(new Set(rig.events.map(({ context }) => context.webhookId)).size).toBe(1);
  });

  it('retries an unreachable endpoint as configured, then gives up', async () => {
    const rig = await receiver();
    const url = rig.url;
    await rig.close();
    const { api } = await standIn({ webhooks: { url, retryDelaysMs: [10, 10] } });
    returnedTo(await press((await createPayment(api)).payment_link, /^Pay/));
    await api.webhooks.idle();
    expect(api.webhookDeliveries.map((attempt) => [attempt.attempt, attempt.status])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
  });

  it('delivers events twice at duplicateRate 1, and the handler runs each once', async () => {
    const rig = await receiver({ behaviour: () => new Promise<void>((done) => setTimeout(done, 50)) });
    const { api } = await standIn({ webhooks: { url: rig.url, duplicateRate: 1, retryDelaysMs: [50, 50, 50] } });
    const payments = await Promise.all([createPayment(api), createPayment(api), createPayment(api)]);
    for (const payment of payments) returnedTo(await press(payment.payment_link, /^Pay/));
    await api.webhooks.idle();
    const accepted = api.webhookDeliveries.filter((attempt) => attempt.status === 200);
    expect(accepted.filter((attempt) => attempt.duplicate)).toHaveLength(3);
    expect(accepted.filter((attempt) => !attempt.duplicate)).toHaveLength(3);
    expect(rig.events).toHaveLength(3);
    expect(new Set(rig.events.map(({ event }) => (event.data as { payment_id: string }).payment_id))).toEqual(new Set(payments.map((payment) => payment.payment_id)));
  });

  it('documents the demo secret in the README as exported', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`\n${STAND_IN_WEBHOOK_SECRET}\n`);
  });

  it('sends nothing without a webhook URL', async () => {
    const { api } = await standIn();
    returnedTo(await press((await createPayment(api)).payment_link, /^Pay/));
    await api.webhooks.idle();
    expect(api.webhookDeliveries).toHaveLength(0);
  });
});
