import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from '../axe.js';
import { NO_MEDIA_EMULATION_IN_FIREFOX } from '../firefox.js';

const FIXTURE = '/tests/browser/fixtures/country-combobox.html';

/** Countries in the fixture list, in its (English collation) order. */
const FIXTURE_COUNT = 32;

let pageErrors: string[];
let cspViolations: string[];

test.beforeEach(async ({ page }) => {
  pageErrors = [];
  cspViolations = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // The fixture page has no favicon; anything else logged as an error is a failure.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) pageErrors.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(FIXTURE);
  await page.waitForFunction(() => customElements.get('dodo-country-combobox') !== undefined);
});

test.afterEach(async ({ page }) => {
  cspViolations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect(cspViolations, 'CSP violations').toEqual([]);
  expect(pageErrors, 'page errors').toEqual([]);
});

function parts(page: Page, scope = '#basic', name = 'Country') {
  const host = page.locator(scope);
  return {
    host,
    combobox: host.getByRole('combobox', { name }),
    listbox: host.getByRole('listbox'),
    options: host.getByRole('option'),
    option: (optionName: string) => host.getByRole('option', { name: optionName, exact: true }),
  };
}

async function expectActive(combobox: Locator, option: Locator) {
  await expect(option).toHaveAttribute('aria-selected', 'true');
  const id = await option.getAttribute('id');
  expect(id).toBeTruthy();
  await expect(combobox).toHaveAttribute('aria-activedescendant', id!);
}

const changes = (page: Page) => page.locator('#changes');
const submits = (page: Page) => page.locator('#submits');

test('is a labelled, collapsed combobox with the documented ARIA', async ({ page }) => {
  const { combobox, listbox } = parts(page);
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(combobox).toHaveAttribute('aria-autocomplete', 'list');
  await expect(combobox).toHaveAttribute('autocomplete', 'country');
  await expect(combobox).not.toHaveAttribute('aria-activedescendant');
  await expect(combobox).toHaveAttribute('aria-required', 'true');
  await expect(listbox).toBeHidden();
  // el.focus() on the host reaches the input (delegatesFocus).
  await page.locator('#basic').evaluate((element: HTMLElement) => element.focus());
  await expect(combobox).toBeFocused();
});

test('typing filters the list, ignoring case and diacritics, and announces the count', async ({ page }) => {
  const { host, combobox, listbox, options, option } = parts(page);
  await combobox.click();
  await combobox.pressSequentially('swe');
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await expect(listbox).toBeVisible();
  const controls = await combobox.getAttribute('aria-controls');
  await expect(listbox).toHaveAttribute('id', controls!);
  await expect(options).toHaveCount(1);
  await expectActive(combobox, option('Sweden'));
  await expect(host.getByText('1 result', { exact: true })).toBeAttached();

  await combobox.fill('');
  await combobox.pressSequentially('cote');
  await expect(options).toHaveText(["Côte d'Ivoire"]);
  await combobox.fill('');
  await combobox.pressSequentially('ALAND');
  await expect(options).toHaveText(['Åland Islands']);
  await combobox.fill('');
  await combobox.pressSequentially('united');
  await expect(options).toHaveText(['United Arab Emirates', 'United Kingdom', 'United States']);
  await expect(host.getByText('3 results', { exact: true })).toBeAttached();
  // Codes and aliases.
  await combobox.fill('');
  await combobox.pressSequentially('uk');
  await expect(options.first()).toHaveText('United Kingdom');
  await combobox.fill('');
  await combobox.pressSequentially('deutsch');
  await expect(options).toHaveText(['Germany']);
});

test('Enter commits the active option without submitting the form; closed, it submits', async ({ page }) => {
  const { host, combobox, listbox } = parts(page);
  await combobox.click();
  await combobox.pressSequentially('swe');
  await combobox.press('Enter');
  await expect(combobox).toHaveValue('Sweden');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(listbox).toBeHidden();
  await expect(changes(page)).toHaveText('basic:SE');
  expect(await host.evaluate((element: HTMLElement & { value: string }) => element.value)).toBe('SE');
  await expect(submits(page)).toHaveText('0');

  await combobox.press('Enter');
  await expect(submits(page)).toHaveText('1');
  await expect(changes(page)).toHaveText('basic:SE');
});

test('arrow keys open and move with wrapping; Home and End jump; Alt+ArrowDown only opens', async ({ page }) => {
  const { combobox, options, option } = parts(page);
  await combobox.focus();
  await combobox.press('Alt+ArrowDown');
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await expect(options).toHaveCount(FIXTURE_COUNT);
  await expect(combobox).not.toHaveAttribute('aria-activedescendant');
  await combobox.press('Escape');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');

  await combobox.press('ArrowDown');
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await expectActive(combobox, option('Åland Islands'));
  await combobox.press('ArrowDown');
  await expectActive(combobox, option('Argentina'));
  await expect(option('Åland Islands')).toHaveAttribute('aria-selected', 'false');
  await combobox.press('ArrowUp');
  await combobox.press('ArrowUp');
  await expectActive(combobox, option('Viet Nam'));
  await expect(option('Viet Nam')).toBeInViewport();
  await combobox.press('ArrowDown');
  await expectActive(combobox, option('Åland Islands'));
  await combobox.press('End');
  await expectActive(combobox, option('Viet Nam'));
  await combobox.press('Home');
  await expectActive(combobox, option('Åland Islands'));
  await combobox.press('ArrowDown');
  await combobox.press('ArrowDown');
  await combobox.press('Enter');
  await expect(combobox).toHaveValue('Australia');
  await expect(changes(page)).toHaveText('basic:AU');

  // Reopening starts on the selected country.
  await combobox.press('ArrowDown');
  await expectActive(combobox, option('Australia'));
  await expect(option('Australia')).toBeInViewport();
});

test('Escape closes and restores the selected name; a second Escape clears nothing', async ({ page }) => {
  const { combobox, listbox } = parts(page);
  await combobox.click();
  await combobox.pressSequentially('swe');
  await combobox.press('Enter');
  await combobox.pressSequentially('ger');
  await expect(combobox).toHaveValue('ger');
  await expect(listbox).toBeVisible();
  await combobox.press('Escape');
  await expect(combobox).toHaveValue('Sweden');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await combobox.press('Escape');
  await expect(combobox).toHaveValue('Sweden');
  await expect(changes(page)).toHaveText('basic:SE');
});

test('Tab commits the active option after typing and moves focus on', async ({ page }) => {
  const { combobox } = parts(page);
  await combobox.click();
  await combobox.pressSequentially('germ');
  await combobox.press('Tab');
  await expect(combobox).toHaveValue('Germany');
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeFocused();
  await expect(changes(page)).toHaveText('basic:DE');
});

test('Tab without typing closes without committing', async ({ page }) => {
  const { combobox } = parts(page);
  await combobox.focus();
  await combobox.press('ArrowDown');
  await combobox.press('ArrowDown');
  await combobox.press('Tab');
  await expect(combobox).toHaveValue('');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeFocused();
  await expect(changes(page)).toHaveText('');
});

test('shows a no-results message and restores the selection on blur', async ({ page }) => {
  const { host, combobox, options } = parts(page);
  await combobox.click();
  await combobox.pressSequentially('neth');
  await combobox.press('Enter');
  await combobox.pressSequentially('atlantis');
  await expect(options).toHaveCount(0);
  await expect(host.locator('[part="no-results"]')).toHaveText('No countries found');
  await expect(host.locator('[aria-live="polite"]')).toHaveText('No countries found');
  await expect(combobox).not.toHaveAttribute('aria-activedescendant');
  await combobox.press('Enter');
  await expect(combobox).toHaveValue('Netherlands');
  await combobox.pressSequentially('xyz');
  await page.getByRole('textbox', { name: 'Email' }).click();
  await expect(combobox).toHaveValue('Netherlands');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(changes(page)).toHaveText('basic:NL');
});

test('mouse: clicking the input opens, clicking an option commits, outside clicks close', async ({ page }) => {
  const { combobox, listbox, option } = parts(page);
  await combobox.click();
  await expect(listbox).toBeVisible();
  await option('Netherlands').click();
  await expect(combobox).toHaveValue('Netherlands');
  await expect(combobox).toBeFocused();
  await expect(listbox).toBeHidden();
  await expect(changes(page)).toHaveText('basic:NL');

  await combobox.click();
  await expect(listbox).toBeVisible();
  await expectActive(combobox, option('Netherlands'));
  // Choosing the selected country again is not a change.
  await option('Netherlands').click();
  await expect(changes(page)).toHaveText('basic:NL');

  await combobox.click();
  await combobox.pressSequentially('fr');
  await page.getByRole('heading', { name: 'Country combobox' }).click();
  await expect(listbox).toBeHidden();
  await expect(combobox).toHaveValue('Netherlands');
});

test("leaving the field after typing a country's whole name keeps that country, as the field shows it", async ({ page }) => {
  const { combobox, listbox } = parts(page);
  await combobox.click();
  await combobox.pressSequentially('swe');
  await combobox.press('Enter');
  // Typed in full, then a click elsewhere (a tap on the next field, or on Pay).
  await combobox.pressSequentially('germany');
  await page.getByRole('heading', { name: 'Country combobox' }).click();
  await expect(listbox).toBeHidden();
  await expect(combobox).toHaveValue('Germany');
  await expect(changes(page)).toHaveText('basic:SE basic:DE');
  // Without its accent, in capitals: still the whole name.
  await combobox.click();
  await combobox.press('ControlOrMeta+a');
  await combobox.pressSequentially('ALAND ISLANDS');
  // The open list ends a pixel above the e-mail field's middle: press Pay, below both.
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(combobox).toHaveValue('Åland Islands');
  await expect(changes(page)).toHaveText('basic:SE basic:DE basic:AX');
  await expect(submits(page)).toHaveText('1');
});

test('the popup escapes a small overflow:hidden, transformed container', async ({ page }) => {
  const { combobox, listbox, option } = parts(page, '#clipped', 'Billing country');
  await page.locator('#clipped-box').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await combobox.click();
  await expect(listbox).toBeVisible();
  const box = (await page.locator('#clipped-box').boundingBox())!;
  const list = (await listbox.boundingBox())!;
  const input = (await combobox.boundingBox())!;
  expect(list.y + list.height).toBeGreaterThan(box.y + box.height + 50);
  expect(Math.abs(list.width - input.width)).toBeLessThanOrEqual(2);
  // An option outside the container is really hit by the pointer, not clipped away.
  const target = option('Brazil');
  const targetBox = (await target.boundingBox())!;
  expect(targetBox.y).toBeGreaterThan(box.y + box.height);
  await page.mouse.click(targetBox.x + targetBox.width / 2, targetBox.y + targetBox.height / 2);
  await expect(combobox).toHaveValue('Brazil');
  await expect(changes(page)).toHaveText('clipped:BR');
});

test('the popup stays with the input when the page scrolls', async ({ page }) => {
  const { combobox, listbox } = parts(page);
  await combobox.click();
  await expect(listbox).toBeVisible();
  await page.mouse.wheel(0, 60);
  await expect
    .poll(async () => {
      const input = (await combobox.boundingBox())!;
      const list = (await listbox.boundingBox())!;
      return Math.round(list.y - (input.y + input.height));
    })
    .toBeLessThanOrEqual(8);
});

test('in RTL the popup aligns with the input’s right edge', async ({ page }) => {
  const { host, combobox, listbox } = parts(page, '#rtl', 'البلد');
  await page.setViewportSize({ width: 900, height: 700 });
  await host.evaluate((element: HTMLElement) => {
    element.style.inlineSize = '14rem';
  });
  await combobox.click();
  await expect(listbox).toBeVisible();
  const input = (await combobox.boundingBox())!;
  const list = (await listbox.boundingBox())!;
  const section = (await page.getByRole('region', { name: 'Right to left' }).boundingBox())!;
  // Laid out on the right of its section, far from the left edge…
  expect(Math.abs(input.x + input.width - (section.x + section.width))).toBeLessThanOrEqual(1);
  expect(input.x - section.x).toBeGreaterThan(100);
  // …and the popup follows it there.
  expect(Math.abs(list.x + list.width - (input.x + input.width))).toBeLessThanOrEqual(2);
  await combobox.pressSequentially('zzz');
  await expect(host.locator('[part="no-results"]')).toHaveText('لا توجد دول');
});

test('the error is the input’s description and marks it invalid', async ({ page }) => {
  const { combobox } = parts(page, '#errored', 'Shipping country');
  await expect(combobox).toHaveAttribute('aria-invalid', 'true');
  await expect(combobox).toHaveAccessibleDescription('Where we send the receipt. Choose a shipping country.');
  await page.locator('#errored').evaluate((element: HTMLElement & { error: string }) => {
    element.error = '';
  });
  await expect(combobox).not.toHaveAttribute('aria-invalid');
  await expect(combobox).toHaveAccessibleDescription('Where we send the receipt.');
  // The valid field has no description at all.
  await expect(parts(page).combobox).toHaveAccessibleDescription('');
});

test.describe('axe finds no serious or critical violation', () => {
  // axe over the whole page is slow on small CI machines running tests in parallel.
  test.describe.configure({ timeout: 60_000 });

  test('with the list closed, one field in error', async ({ page }) => {
    expect(await axeViolations(page, { scope: 'page', tags: 'axe defaults' })).toEqual([]);
  });

  test('with the list open and an active option', async ({ page }) => {
    const { combobox, listbox } = parts(page);
    await combobox.click();
    await combobox.press('ArrowDown');
    await expect(listbox).toBeVisible();
    expect(await axeViolations(page, { scope: 'page', tags: 'axe defaults' })).toEqual([]);
  });

  test('with no results', async ({ page }) => {
    const { combobox } = parts(page);
    await combobox.click();
    await combobox.pressSequentially('zzz');
    await expect(page.locator('#basic [part="no-results"]')).toBeVisible();
    expect(await axeViolations(page, { scope: 'page', tags: 'axe defaults' })).toEqual([]);
  });

  test('with the list of a field in error open', async ({ page }) => {
    const errored = parts(page, '#errored', 'Shipping country');
    await errored.combobox.click();
    await expect(errored.listbox).toBeVisible();
    expect(await axeViolations(page, { scope: 'page', tags: 'axe defaults' })).toEqual([]);
  });

  test('in dark mode, list open (contrast)', async ({ page, browserName }) => {
    test.skip(browserName === 'firefox', NO_MEDIA_EMULATION_IN_FIREFOX);
    await page.emulateMedia({ colorScheme: 'dark' });
    const { combobox, listbox, option } = parts(page);
    await combobox.click();
    await combobox.pressSequentially('s');
    await expect(listbox).toBeVisible();
    // The active option is drawn in the background color on the accent: dark text in dark mode.
    expect(await option('Saudi Arabia').evaluate((element) => getComputedStyle(element).color)).toBe('rgb(27, 27, 31)');
    expect(await axeViolations(page, { scope: 'page', tags: 'axe defaults' })).toEqual([]);
  });
});

test('removing the element while open leaves no popup and no positioning behind', async ({ page }) => {
  const { combobox, listbox } = parts(page);
  await combobox.click();
  await expect(listbox).toBeVisible();
  await page.evaluate(() => {
    const element = document.querySelector('#basic')!;
    (window as unknown as { __removed: Element }).__removed = element;
    element.remove();
  });
  await expect(page.getByRole('listbox')).toHaveCount(0); // the others are closed, so hidden
  await expect(page.getByRole('option')).toHaveCount(0);
  await page.mouse.wheel(0, 400);
  await page.setViewportSize({ width: 700, height: 500 });
  await page.mouse.click(5, 5);
  await page.waitForTimeout(100);
  // Put back, it comes back closed and works again.
  await page.evaluate(() => {
    document.querySelector('#checkout')!.prepend((window as unknown as { __removed: Element }).__removed);
  });
  const again = parts(page);
  await expect(again.combobox).toHaveAttribute('aria-expanded', 'false');
  await again.combobox.click();
  await expect(again.listbox).toBeVisible();
  await expect(again.options).toHaveCount(FIXTURE_COUNT);
});

test('a value set by the parent shows its name; a disabled combobox does not open', async ({ page }) => {
  const { host, combobox, listbox } = parts(page);
  await host.evaluate((element: HTMLElement & { value: string }) => {
    element.value = 'CW';
  });
  await expect(combobox).toHaveValue('Curaçao');
  await host.evaluate((element: HTMLElement & { disabled: boolean }) => {
    element.disabled = true;
  });
  await expect(combobox).toBeDisabled();
  await combobox.click({ force: true });
  await expect(listbox).toBeHidden();
  await expect(changes(page)).toHaveText('');
});

test('browser autofill of a country name commits it without opening the list', async ({ page }) => {
  const { combobox, listbox } = parts(page);
  const autofill = (text: string) =>
    combobox.evaluate((input: HTMLInputElement, value) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }, text);
  await autofill('Sweden');
  await expect(combobox).toHaveValue('Sweden');
  await expect(listbox).toBeHidden();
  await expect(changes(page)).toHaveText('basic:SE');
  // An alias, as some profiles store it.
  await autofill('USA');
  await expect(combobox).toHaveValue('United States');
  await expect(changes(page)).toHaveText('basic:SE basic:US');
  // Unknown text never replaces the selection.
  await autofill('Atlantis');
  await expect(combobox).toHaveValue('United States');
  await expect(changes(page)).toHaveText('basic:SE basic:US');
});

test.describe('with all 249 English country names', () => {
  test.describe.configure({ timeout: 60_000 });
  test.beforeEach(async ({ page }) => {
    await page.goto(`${FIXTURE}?countries=all`);
  });

  test('searches the real data and reaches both ends of the list', async ({ page }) => {
    const { combobox, options, option } = parts(page);
    await combobox.click();
    await expect(options).toHaveCount(249);
    await combobox.press('End');
    await expectActive(combobox, option('Zimbabwe'));
    await expect(option('Zimbabwe')).toBeInViewport();
    await combobox.press('ArrowDown');
    await expectActive(combobox, option('Afghanistan'));
    await expect(option('Afghanistan')).toBeInViewport();

    for (const [query, first] of [
      ['aland', 'Åland Islands'],
      ['cote', "Cote d'Ivoire"],
      ['ivory', "Cote d'Ivoire"],
      ['curacao', 'Curaçao'],
      ['uk', 'United Kingdom'],
      ['usa', 'United States'],
      ['holland', 'Netherlands'],
      ['turkey', 'Türkiye'],
    ] as const) {
      await combobox.fill('');
      await combobox.pressSequentially(query);
      await expect(options.first(), query).toHaveText(first);
      await expectActive(combobox, options.first());
    }
    await combobox.press('Enter');
    await expect(combobox).toHaveValue('Türkiye');
    await expect(changes(page)).toHaveText('basic:TR');
  });

  test('axe finds no serious or critical violation with the full list open', async ({ page, browserName }) => {
    // axe over 249 options takes Firefox about a minute on a busy 2-core machine.
    test.slow(browserName === 'firefox', 'axe over the whole list is slow in Firefox');
    const { combobox, listbox } = parts(page);
    await combobox.click();
    await expect(listbox).toBeVisible();
    expect(await axeViolations(page, { scope: 'page', tags: 'axe defaults' })).toEqual([]);
  });
});
