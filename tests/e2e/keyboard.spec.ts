/**
 * The whole checkout by keyboard alone, from the demo page to the hosted payment page: Tab,
 * Shift+Tab, typing, arrows, Enter and Escape only. Every focus stop must show a focus ring
 * (2.4.7/2.4.11), inside shadow roots too, and be in view and uncovered; focus enters and
 * leaves the element at both ends, and Tab on the open country list moves on like a native select.
 */
import { expect, test, type Page } from '@playwright/test';
import { mountCheckout } from '../browser/support.js';

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

  // The quote bills Sweden in SEK: the currency choice is one Tab stop, arrows choose.
  const currency = await press('Tab');
  expect(currency.name).toBe('billing-currency');
  await press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Pay in USD' })).toBeChecked();

  // The discount disclosure opens with Enter and focuses its field; Enter there applies the code.
  const toggle = await press('Tab');
  expect(toggle.role).toBe('button');
  await page.keyboard.press('Enter');
  expect((await focused(page)).id).toBe('discountCode');
  await page.keyboard.type('WELCOME10');
  await page.keyboard.press('Enter');
  await expect(page.getByText('WELCOME10 applied: you save $2.40')).toBeVisible();
  expect((await focused(page)).id).toBe('discount-remove');

  // Payment method chips: one Tab stop, arrows choose.
  const chip = await press('Tab');
  expect(chip.name).toBe('payment-method');
  const chosen = await press('ArrowRight');
  expect(chosen.name).toBe('payment-method');
  await expect(page.getByRole('radiogroup', { name: 'Payment method' }).getByRole('radio', { checked: true })).toHaveCount(1);

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

interface FocusView {
  key: string;
  /** This element was focused before in the same page (the walk has wrapped around). */
  again: boolean;
  /** The element's box against the viewport, and whether all of it is inside. */
  rect: { top: number; left: number; bottom: number; right: number };
  inView: boolean;
  /** The topmost element at the centre of the box, through shadow roots, when it is neither the focused element nor part of it. */
  coveredBy: string | null;
}

/** Where the deepest focused element is on screen, and what the pointer would hit at its centre. */
function focusView(page: Page): Promise<FocusView> {
  return page.evaluate(() => {
    const describe = (element: Element | null) =>
      element ? `${element.tagName.toLowerCase()}#${element.id}.${[...element.classList].join('.')}` : 'nothing';
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const visited = ((window as unknown as { visitedByFocus?: WeakSet<Element> }).visitedByFocus ??= new WeakSet());
    const again = visited.has(element!);
    visited.add(element!);
    const box = element!.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    // A hit on the element itself, on something inside it, or on the label that wraps it is a hit on it.
    const own = hit === element || (hit !== null && element!.contains(hit)) || (hit instanceof HTMLLabelElement && hit.contains(element));
    return {
      key: describe(element),
      again,
      rect: { top: box.top, left: box.left, bottom: box.bottom, right: box.right },
      inView: box.width > 0 && box.height > 0 && box.top >= -0.5 && box.left >= -0.5 && box.bottom <= height + 0.5 && box.right <= width + 0.5,
      coveredBy: own ? null : describe(hit),
    };
  });
}

for (const viewport of [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`every Tab stop of the demo at ${viewport.width}×${viewport.height} is scrolled into view, uncovered, and shows a focus ring`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Pay $24.00' })).toBeVisible();
    await page.evaluate(() => customElements.whenDefined('dodo-country-combobox'));

    const stops: string[] = [];
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      // Past the last stop focus leaves the page.
      if (stop.key === 'body') break;
      const view = await focusView(page);
      if (view.again) break;
      stops.push(stop.key);
      expect(stop.ring, `focus ring on ${stop.key}`).toBe(true);
      expect(view.inView, `${view.key} inside the ${viewport.width}×${viewport.height} viewport: ${JSON.stringify(view.rect)}`).toBe(true);
      expect(view.coveredBy, `${view.key} is not covered`).toBeNull();
    }
    // The walk went through the whole checkout, not just the page's own controls.
    expect(stops.some((key) => key.startsWith('input#email'))).toBe(true);
    expect(stops.some((key) => key.includes('payment-method'))).toBe(true);
    expect(stops.at(-1), 'the pay button is the last stop').toMatch(/^button#/);
  });
}

test.describe('focus enters and leaves the checkout at both ends', () => {
  test.beforeEach(async ({ page }) => {
    await mountCheckout(page);
    await page.evaluate(() => {
      const checkout = document.querySelector('dodo-checkout')!;
      const before = Object.assign(document.createElement('a'), { href: '#before', textContent: 'Before the checkout' });
      const after = Object.assign(document.createElement('button'), { type: 'button', textContent: 'After the checkout' });
      checkout.before(before);
      checkout.after(after);
    });
  });

  test('Tab from the page enters at the first field and Shift+Tab from it leaves to the page', async ({ page }) => {
    const before = page.getByRole('link', { name: 'Before the checkout' });
    await before.focus();
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('email');
    await page.keyboard.press('Shift+Tab');
    await expect(before).toBeFocused();
  });

  test('Tab from the pay button leaves to the next element of the page, and Shift+Tab comes back', async ({ page }) => {
    const pay = page.getByRole('button', { name: 'Pay $54.00' });
    const after = page.getByRole('button', { name: 'After the checkout' });
    await pay.focus();
    await page.keyboard.press('Tab');
    await expect(after).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(pay).toBeFocused();
  });

  test('a full Tab walk from the page crosses the checkout and reaches the page after it', async ({ page }) => {
    await page.getByRole('link', { name: 'Before the checkout' }).focus();
    const after = page.getByRole('button', { name: 'After the checkout' });
    const inside: FocusStop[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await after.evaluate((element) => element === document.activeElement)) break;
      inside.push(await focused(page));
    }
    await expect(after, `stops: ${inside.map((stop) => stop.key).join(', ')}`).toBeFocused();
    expect(inside[0]!.id).toBe('email');
    expect(inside.at(-1)!.role, 'the pay button is the last stop inside').toBe('button');
  });
});

test.describe('Tab on the open country list', () => {
  test.beforeEach(async ({ page }) => {
    await mountCheckout(page);
    // Into the picker by keyboard, which selects its text as Tab does in any field.
    await page.getByRole('textbox', { name: 'Full name' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Country' })).toBeFocused();
  });

  test('closes the list, keeps the country and moves focus to the next field', async ({ page }) => {
    const picker = page.getByRole('combobox', { name: 'Country' });
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(picker).toHaveValue('United States');
    await expect(picker).not.toBeFocused();
    expect((await focused(page)).id).toBe('street');
  });

  test('after typing, commits the active country, closes the list and moves focus on', async ({ page }) => {
    const picker = page.getByRole('combobox', { name: 'Country' });
    await page.keyboard.type('swed');
    await expect(page.getByRole('option', { name: 'Sweden', selected: true })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(picker).toHaveValue('Sweden');
    await expect(picker).not.toBeFocused();
    expect((await focused(page)).id).toBe('street');
    // Shift+Tab goes back to the picker, closed.
    await page.keyboard.press('Shift+Tab');
    await expect(picker).toBeFocused();
    await expect(page.getByRole('listbox')).toBeHidden();
  });
});
