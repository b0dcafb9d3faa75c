/**
 * Browser autofill inside the shadow roots: Chromium's own address autofill, driven through the
 * DevTools protocol's Autofill domain (Autofill.trigger with an address, reported back by
 * Autofill.addressFormFilled), fills the checkout's fields by their autocomplete tokens, the
 * country one shadow root deeper included, and the request carries what it filled.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { CREATED, fakeProxy, mountCheckout } from './support.js';

test.skip(({ browserName }) => browserName !== 'chromium', "Autofill is driven through Chromium's DevTools protocol (Autofill domain), which only Chromium has.");

const json = (status: number, body: unknown) => ({ status, contentType: 'application/json', body: JSON.stringify(body) });

interface FilledField {
  id: string;
  value: string;
  autofillType: string;
  fillingStrategy: string;
}

/** Chromium's field type names (Autofill.addressFormFilled's autofillType) for each input id. */
const RECOGNISED = {
  email: 'Email address',
  name: 'Full name',
  phone: 'Phone number',
  input: 'Country',
  street: 'Address line 1',
  city: 'City',
  state: 'State',
  zipcode: 'ZIP code',
};

const US_PROFILE = {
  NAME_FULL: 'Ada Lovelace',
  EMAIL_ADDRESS: 'ada@example.com',
  PHONE_HOME_WHOLE_NUMBER: '+14155550123',
  ADDRESS_HOME_LINE1: '1 Infinite Loop',
  ADDRESS_HOME_CITY: 'Cupertino',
  ADDRESS_HOME_STATE: 'CA',
  ADDRESS_HOME_ZIP: '95014',
  ADDRESS_HOME_COUNTRY: 'US',
};

const DE_PROFILE = {
  NAME_FULL: 'Ada Lovelace',
  EMAIL_ADDRESS: 'ada@example.com',
  ADDRESS_HOME_LINE1: 'Unter den Linden 1',
  ADDRESS_HOME_CITY: 'Berlin',
  ADDRESS_HOME_ZIP: '10117',
  ADDRESS_HOME_COUNTRY: 'DE',
};

/** The backend node id of an element the expression returns (shadow roots are no obstacle). */
async function backendNodeId(cdp: CDPSession, expression: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId! });
  return node.backendNodeId;
}

/**
 * Chooses an address profile from the autofill suggestions of the field the expression returns, as
 * a shopper does, and collects every fill Chromium reports (a fill, then any refill of fields
 * the page rendered in reply).
 */
async function autofillFrom(page: Page, expression: string, profile: Record<string, string>) {
  const cdp = await page.context().newCDPSession(page);
  const fills: FilledField[][] = [];
  cdp.on('Autofill.addressFormFilled', (event) => fills.push(event.filledFields as FilledField[]));
  await cdp.send('Autofill.enable');
  const fieldId = await backendNodeId(cdp, expression);
  const fields = Object.entries(profile).map(([name, value]) => ({ name, value }));
  await cdp.send('Autofill.trigger', { fieldId, address: { fields } });
  await expect.poll(() => fills.length).toBeGreaterThan(0);
  return fills;
}

const CHECKOUT = "document.querySelector('dodo-checkout').shadowRoot";
const COUNTRY_INPUT = `${CHECKOUT}.querySelector('dodo-country-combobox').shadowRoot.querySelector('input')`;

test('Chromium recognises every field in the shadow roots by its autocomplete token and fills the order', async ({ page }) => {
  const calls = await fakeProxy(page, () => json(200, CREATED));
  await mountCheckout(page, { 'collect-phone': true });
  // As a shopper meets it: the country shown in the picker, then a click into the email field
  // before the saved address is chosen. The click has Chromium read the form afresh, country
  // picker included, rather than fill from what it read while the picker was still loading.
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('United States');
  await page.getByRole('textbox', { name: 'Email' }).click();

  const [filled] = await autofillFrom(page, `${CHECKOUT}.querySelector('#email')`, US_PROFILE);

  const recognised = Object.fromEntries(filled!.map((field) => [field.id, field.autofillType]));
  expect(recognised).toEqual(RECOGNISED);
  expect(filled!.every((field) => field.fillingStrategy === 'autocompleteAttribute')).toBe(true);
  // The country already shown is left as it is; every other field is filled.
  const values = Object.fromEntries(filled!.map((field) => [field.id, field.value]));
  expect(values).toEqual({
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    phone: '14155550123',
    input: '',
    street: '1 Infinite Loop',
    city: 'Cupertino',
    state: 'CA',
    zipcode: '95014',
  });

  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@example.com');
  await expect(page.getByRole('textbox', { name: /^Street/ })).toHaveValue('1 Infinite Loop');
  await expect(page.getByRole('combobox', { name: /^State/ })).toHaveValue('CA');
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('United States');

  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect.poll(() => calls.length).toBe(1);
  // Chromium writes a phone number in the address's own country as digits without the plus sign.
  expect(calls[0]!.body.customer).toEqual({ email: 'ada@example.com', name: 'Ada Lovelace', phone_number: '14155550123' });
  expect(calls[0]!.body.billing).toEqual({ country: 'US', street: '1 Infinite Loop', city: 'Cupertino', state: 'CA', zipcode: '95014' });
});

test('filled from the country field, the country code commits in the picker and the re-laid-out address keeps its values', async ({ page }) => {
  const calls = await fakeProxy(page, () => json(200, CREATED));
  await mountCheckout(page);
  // The shopper clears the country and picks a saved German address from its suggestions.
  await page.getByRole('combobox', { name: 'Country' }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');

  const fills = await autofillFrom(page, COUNTRY_INPUT, DE_PROFILE);

  // The `country` token asks for the ISO code; the picker matches it and shows the name.
  expect(fills[0]!.find((field) => field.id === 'input')).toMatchObject({ autofillType: 'Country', value: 'DE' });
  const combobox = page.getByRole('combobox', { name: 'Country' });
  await expect(combobox).toHaveValue('Germany');
  // Germany puts the postal code before the city: each value stays with its own field.
  await expect(page.getByRole('textbox', { name: /^Postal code/ })).toHaveValue('10117');
  await expect(page.getByRole('textbox', { name: /^City/ })).toHaveValue('Berlin');
  await expect(page.getByRole('textbox', { name: /^Street/ })).toHaveValue('Unter den Linden 1');

  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect.poll(() => calls.length).toBe(1);
  expect(calls[0]!.body.billing).toEqual({ country: 'DE', street: 'Unter den Linden 1', city: 'Berlin', zipcode: '10117' });
});
