/**
 * Types a shopper's text into a field. Playwright's `fill` over WebDriver BiDi (Firefox) sets the
 * value and fires an untrusted input event without an inputType, which the country picker reads,
 * as it should, as autofill; there the text is typed key by key instead, as a shopper types it.
 */
import type { Locator } from '@playwright/test';

export async function typeInto(field: Locator, text: string): Promise<void> {
  if (field.page().context().browser()?.browserType().name() !== 'firefox') return field.fill(text);
  await field.fill('');
  await field.pressSequentially(text);
}
