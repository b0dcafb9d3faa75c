/**
 * Terms consent through the demo shop (`DEMO_TERMS=1`): the checkout asks for the shop's terms,
 * privacy and refund policies, the proxy refuses a create without them and records the
 * acceptance itself on the stand-in's payment, under the page's strict CSP.
 */
import { expect, test } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../../demo/server.js';
import { fillSwedishShopper } from './support.js';

let demo: DemoServer;
test.beforeAll(async () => {
  demo = await startDemoServer({ port: 0, env: { DEMO_TERMS: '1', DEMO_WEBHOOK_DUPLICATE_RATE: '0' } });
});
test.afterAll(async () => {
  await demo?.close();
});

const at = (path: string) => new URL(path, demo.url).href;
const NAME = 'I agree to the Terms of service, Privacy policy, and Refund policy.';

test('the shopper accepts the shop’s policies and the payment carries the proxy’s record of it', async ({ page, context }) => {
  await page.goto(at('/?csp=strict'));
  await fillSwedishShopper(page);
  const box = page.getByRole('checkbox', { name: NAME });

  // The policies open in a new tab, on the shop's own page.
  const opened = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Refund policy' }).click();
  const tab = await opened;
  await expect(tab).toHaveURL(at('/demo/policies.html#refunds'));
  await expect(tab.getByRole('heading', { name: 'Refund policy' })).toBeVisible();
  await tab.close();

  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect(box).toBeFocused();
  await expect(box).toHaveAccessibleDescription('To pay, accept the terms.');
  expect(demo.standIn!.payments.size).toBe(0);

  await page.keyboard.press('Space');
  const before = Date.now();
  await page.getByRole('button', { name: 'Pay $24.00' }).click();
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeVisible();
  const payment = [...demo.standIn!.payments.values()].at(-1)!;
  expect(payment.response.metadata).toMatchObject({
    terms_url: at('/demo/policies.html#terms'),
    privacy_url: at('/demo/policies.html#privacy'),
    refund_url: at('/demo/policies.html#refunds'),
  });
  const acceptedAt = Date.parse(payment.response.metadata!.terms_accepted_at!);
  expect(acceptedAt).toBeGreaterThanOrEqual(before - 1000);
  expect(acceptedAt).toBeLessThanOrEqual(Date.now());
});

test('the demo proxy refuses a create that did not accept its policies, whatever the browser puts in metadata', async ({ request }) => {
  const body = {
    product_cart: [{ product_id: 'pdt_espresso_beans', quantity: 1 }],
    customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
    billing: { country: 'SE', city: 'Stockholm', street: 'Drottninggatan 1', zipcode: '111 51' },
    metadata: { terms_accepted_at: '2020-01-01T00:00:00.000Z' },
  };
  const refused = await request.post(at('/api/payments'), { data: body });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).code).toBe('CONSENT_REQUIRED');
  const stale = await request.post(at('/api/payments'), { data: body, headers: { 'Dodo-Checkout-Consent': JSON.stringify({ terms: 'https://elsewhere.example/terms' }) } });
  expect(stale.status()).toBe(422);
});
