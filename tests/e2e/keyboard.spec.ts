/**
 * The whole checkout by keyboard alone, from the demo page to the hosted payment page: Tab,
 * Shift+Tab, typing, arrows, Enter and Escape only. Every focus stop must show a focus ring
 * (2.4.7/2.4.11), inside shadow roots too.
 */
import { expect, test, type Page } from '@playwright/test';

interface FocusStop {
  /** tag#id[name] of the deepest focused element, through shadow roots. */
  key: string;
  id: string;
  name: string;
  role: string;
  ring: boolean;
}

/** The deepest focused element and whether it (or, for a visually hidden radio, its chip) shows a ring. */
function focused(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return { key: 'body', id: '', name: '', role: '', ring: false };
    const style = getComputedStyle(element);
    // The payment method radios are transparent over their chip: the chip draws the ring.
    const painted = style.opacity === '0' && element.nextElementSibling ? element.nextElementSibling : element;
    const paint = getComputedStyle(painted);
    const outline = paint.outlineStyle !== 'none' && parseFloat(paint.outlineWidth) > 0;
    const shadow = paint.boxShadow !== 'none' && paint.boxShadow !== '';
    const name = element.getAttribute('name') ?? '';
    return {
      key: `${element.tagName.toLowerCase()}#${element.id}[${name}]`,
      id: element.id,
      name,
      role: element.getAttribute('role') ?? element.tagName.toLowerCase(),
      ring: outline || shadow,
    };
  });
}

test('a shopper completes the demo checkout with the keyboard only and reaches the hosted payment page', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();

  const seen: FocusStop[] = [];
  /** Presses a key that moves focus and checks the new stop shows a ring. */
  const press = async (key: string) => {
    await page.keyboard.press(key);
    const stop = await focused(page);
    seen.push(stop);
    expect(stop.ring, `focus ring on ${stop.key} after ${key}`).toBe(true);
    return stop;
  };
  const tabTo = async (predicate: (stop: FocusStop) => boolean, what: string, key = 'Tab') => {
    for (let i = 0; i < 40; i += 1) if (predicate(await press(key))) return;
    throw new Error(`${what} never received focus; stops: ${seen.map((stop) => stop.key).join(', ')}`);
  };

  // From the top of the page into the checkout.
  await tabTo((stop) => stop.id === 'email', 'the email field');

  // Enter in an empty form shows the errors and focuses the first invalid field.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('need your attention');
  expect((await focused(page)).id).toBe('email');
  expect((await focused(page)).ring).toBe(true);

  await page.keyboard.type('ada@example.com');
  await press('Tab');
  expect((await focused(page)).id).toBe('name');
  // Focus is never trapped: Shift+Tab goes back, Tab comes forward again.
  expect((await press('Shift+Tab')).id).toBe('email');
  expect((await press('Tab')).id).toBe('name');
  await page.keyboard.type('Ada Lovelace');

  // The country picker: type to filter, arrows move, Enter chooses; Escape closes and keeps the country.
  const country = await press('Tab');
  expect(country.role).toBe('combobox');
  await page.keyboard.type('swed');
  await expect(page.getByRole('option', { name: 'Sweden', selected: true })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('option', { name: 'Sweden', selected: true })).toBeVisible();
  await page.keyboard.press('Enter');
  const picker = page.getByRole('combobox', { name: 'Country' });
  await expect(picker).toHaveValue('Sweden');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(picker).toHaveValue('Sweden');
  expect((await focused(page)).role).toBe('combobox');

  // Sweden's address fields, in the order the form offers them.
  const typed: Record<string, string> = { street: 'Drottninggatan 1', zipcode: '111 51', city: 'Stockholm' };
  for (let i = 0; i < Object.keys(typed).length; i += 1) {
    const stop = await press('Tab');
    expect(Object.keys(typed), `${stop.key} is an address field`).toContain(stop.id);
    await page.keyboard.type(typed[stop.id]!);
  }

  // The discount disclosure opens with Enter and focuses its field.
  const toggle = await press('Tab');
  expect(toggle.role).toBe('button');
  await page.keyboard.press('Enter');
  expect((await focused(page)).id).toBe('discountCode');
  await page.keyboard.type('WELCOME10');

  // Payment method chips: one Tab stop, arrows choose.
  const chip = await press('Tab');
  expect(chip.name).toBe('payment-method');
  const chosen = await press('ArrowRight');
  expect(chosen.name).toBe('payment-method');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);

  // Pay, then the confirmation panel takes focus on its heading.
  await tabTo((stop) => stop.role === 'button' && stop.id === '', 'the pay button');
  await expect(page.getByRole('button', { name: /^Pay/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Complete your payment' });
  await expect(heading).toBeFocused();
  expect((await focused(page)).ring).toBe(true);

  const link = await press('Tab');
  expect(link.role).toBe('a');
  await expect(page.getByRole('link', { name: 'Continue to payment' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/checkout\/pay_/);
  // The stand-in's hosted page shows the discounted total of the one bag of beans: $24.00 − 10%.
  await expect(page.getByRole('heading', { name: 'Complete your payment', level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: /Total/ })).toContainText('$21.60');
});
