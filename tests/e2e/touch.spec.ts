/**
 * A shopper on a phone taps through the whole demo checkout: quantity, country list (opened,
 * scrolled and chosen by tap), state list, billing currency and payment method chips, discount
 * code, Pay, the confirmation and on to the payment page. Runs in the touch projects (playwright.config.ts).
 */
import { expect, test, type Locator } from '@playwright/test';

test('a shopper taps through the whole checkout on a phone', async ({ page, browserName, hasTouch }) => {
  expect(hasTouch, 'runs in a touch project').toBe(true);
  // Playwright (1.64) sends no touch input over WebDriver BiDi: its Firefox tap is an empty method.
  // Firefox still gets the phone's viewport, touch events and coarse pointer; its taps are clicks.
  const touchInput = browserName !== 'firefox';
  if (!touchInput) test.info().annotations.push({ type: 'firefox', description: 'taps sent as clicks: no touch input over WebDriver BiDi in Playwright' });
  const tap = (locator: Locator) => (touchInput ? locator.tap() : locator.click());

  await page.goto('/');
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches && 'ontouchstart' in window)).toBe(true);
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
  await tap(page.getByRole('button', { name: 'One more Ceramic mug' }));
  await expect(page.getByRole('button', { name: 'Pay $39.00' })).toBeVisible();

  await tap(page.getByRole('textbox', { name: 'Email' }));
  await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await tap(page.getByRole('textbox', { name: 'Full name' }));
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');

  // The country list opens on a tap; a country far down the list is scrolled to and tapped.
  const country = page.getByRole('combobox', { name: 'Country' });
  const list = page.getByRole('listbox', { name: 'Countries' });
  // A tap outside the open list closes it and changes nothing.
  await tap(country);
  await expect(list).toBeVisible();
  await tap(page.getByRole('heading', { name: 'Checkout' }));
  await expect(list).toBeHidden();
  await expect(country).toHaveValue('United States');
  await tap(country);
  await expect(list).toBeVisible();
  await expect(country).toHaveAttribute('aria-expanded', 'true');
  if (touchInput) {
    // A finger swipe up the list scrolls the list, not the page, and neither closes it nor picks
    // the country under the finger. Chromium's DevTools protocol is the only way to swipe.
    const box = (await list.boundingBox())!;
    const pageScroll = await page.evaluate(() => scrollY);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.synthesizeScrollGesture', { x: box.x + box.width / 2, y: box.y + box.height * 0.8, yDistance: -box.height * 0.6, gestureSourceType: 'touch', speed: 800 });
    await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    expect(await page.evaluate(() => scrollY)).toBe(pageScroll);
    await expect(list).toBeVisible();
    await expect(country).toHaveValue('United States');
  }
  const canada = list.getByRole('option', { name: 'Canada' });
  await canada.scrollIntoViewIfNeeded();
  await expect(canada).toBeInViewport();
  await tap(canada);
  await expect(country).toHaveValue('Canada');
  await expect(list).toBeHidden();

  // The province list: a native select, opened by tap and chosen as the phone's picker does.
  const province = page.getByRole('combobox', { name: /^Province/ });
  await tap(province);
  await province.selectOption({ label: 'Quebec' });
  await expect(province).toHaveValue('QC');
  await page.getByRole('textbox', { name: /Street|Address/ }).first().fill('1 rue Sainte-Catherine');
  await page.getByRole('textbox', { name: /City/ }).fill('Montréal');
  await page.getByRole('textbox', { name: /Postal code/ }).fill('H2X 1Y4');

  // The quote bills a Canadian shopper in CAD; the shopper taps back to the shop's USD.
  await expect(page.getByRole('button', { name: /^Pay CA\$/ })).toBeVisible();
  const usd = page.getByRole('radio', { name: 'Pay in USD' });
  await tap(usd);
  await expect(usd).toBeChecked();
  await expect(page.getByRole('button', { name: 'Pay $39.00' })).toBeVisible();

  const methods = page.getByRole('radiogroup', { name: 'Payment method' });
  const card = methods.getByRole('radio', { name: 'Card' });
  await tap(card);
  await expect(card).toBeChecked();

  await tap(page.getByRole('button', { name: 'Have a discount code?' }));
  await page.getByRole('textbox', { name: 'Discount code' }).fill('WELCOME10');
  await tap(page.getByRole('button', { name: 'Apply' }));
  await expect(page.getByText('WELCOME10 applied: you save $3.90')).toBeVisible();

  await tap(page.getByRole('button', { name: 'Pay $35.10' }));
  const confirmation = page.getByRole('region', { name: 'Complete your payment' });
  await expect(confirmation).toContainText('$35.10');
  const link = page.getByRole('link', { name: 'Continue to payment' });
  await expect(link).toBeVisible();
  await tap(link);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\//);
  await expect(page.getByText('$35.10').first()).toBeVisible();
});
