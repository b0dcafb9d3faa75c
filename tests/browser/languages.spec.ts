/**
 * Every UI language in a real browser: its texts arrive, the direction is right, no character
 * falls back to a missing-glyph box with the machine's fonts, and nothing overflows a 320 px
 * wide checkout, errors shown.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Messages } from '../../src/intl/messages/en.js';
import { isRtlLanguage, UI_LANGUAGES } from '../../src/intl/ui-languages.js';
import { CART } from './support.js';

const messagesOf = async (lang: string): Promise<Messages> => (await import(`../../src/intl/messages/${lang}.ts`)).default;

/** Opens the fixture with one checkout; `switchTo` then changes its language and waits for it. */
async function openCheckout(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto('/tests/browser/fixtures/checkout.html');
  await page.evaluate((cart) => {
    const element = document.createElement('dodo-checkout');
    element.setAttribute('endpoint', '/api/test-proxy');
    element.setAttribute('cart', cart);
    element.setAttribute('currency', 'EUR');
    element.setAttribute('country', 'DE');
    element.setAttribute('collect-phone', '');
    element.setAttribute('collect-tax-id', '');
    document.querySelector('#host')!.append(element);
  }, JSON.stringify(CART));
  await page.evaluate(() => customElements.whenDefined('dodo-country-combobox'));
}

async function switchTo(page: Page, lang: string): Promise<Messages> {
  const messages = await messagesOf(lang);
  await page.locator('dodo-checkout').evaluate((element, lang) => element.setAttribute('locale', lang), lang);
  await expect(page.locator('dodo-checkout').getByText(messages.billingAddress, { exact: true })).toBeVisible();
  // Country names load with the language: wait until the picker shows this language's name.
  const germany = await page.evaluate(async (lang) => {
    // The dev server's URLs: the same modules the element imports.
    const namesPath = `/src/intl/data/countries/${lang}.ts`;
    const enumsPath = '/src/api/enums.ts';
    const module = (await import(namesPath)) as { names: string };
    const codes = ((await import(enumsPath)) as { COUNTRY_CODES: string[] }).COUNTRY_CODES;
    return module.names.split('|')[codes.indexOf('DE')];
  }, lang);
  if (lang !== 'en') await expect(page.locator('dodo-country-combobox').getByRole('combobox')).toHaveValue(germany!);
  return messages;
}

test('every language shows its own texts, right to left exactly for Arabic, Hebrew and Persian', async ({ page }) => {
  test.setTimeout(120_000);
  await openCheckout(page, 800);
  for (const lang of UI_LANGUAGES) {
    const messages = await switchTo(page, lang);
    await expect(page.getByRole('textbox', { name: new RegExp(`^${messages.email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toBeVisible();
    await expect(page.locator('dodo-checkout .checkout'), lang).toHaveAttribute('dir', isRtlLanguage(lang) ? 'rtl' : 'ltr');
  }
});

test('a language without messages shows English and marks the text as English', async ({ page }) => {
  await openCheckout(page, 800);
  await page.locator('dodo-checkout').evaluate((element) => element.setAttribute('locale', 'sw-KE'));
  await expect(page.locator('dodo-checkout .checkout')).toHaveAttribute('lang', 'en');
  await switchTo(page, 'de');
  await expect(page.locator('dodo-checkout .checkout')).toHaveAttribute('lang', 'de');
  await page.locator('dodo-checkout').evaluate((element) => element.setAttribute('locale', 'zh-TW'));
  await expect(page.locator('dodo-checkout .checkout')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.locator('dodo-checkout').getByText('帳單地址', { exact: true })).toBeVisible();
});

/**
 * The Debian packages that give a script its glyphs, named in the failure when the machine lacks
 * them. Verified: fonts-wqy-microhei (Chinese, Japanese, Korean), fonts-tlwg-loma-otf (Thai) and
 * fonts-lohit-deva (Devanagari); Hebrew, Arabic, Persian, Greek and Cyrillic are in fonts-dejavu-core.
 * fonts-noto-cjk and fonts-noto-core cover the same, larger.
 */
const FONT_PACKAGES: Record<string, string> = {
  ja: 'fonts-wqy-microhei or fonts-noto-cjk',
  ko: 'fonts-wqy-microhei or fonts-noto-cjk',
  'zh-Hans': 'fonts-wqy-microhei or fonts-noto-cjk',
  'zh-Hant': 'fonts-wqy-microhei or fonts-noto-cjk',
  th: 'fonts-tlwg-loma-otf (fonts-thai-tlwg) or fonts-noto-core',
  hi: 'fonts-lohit-deva or fonts-noto-core',
  he: 'fonts-dejavu-core or fonts-noto-core',
  ar: 'fonts-dejavu-core or fonts-noto-core',
  fa: 'fonts-dejavu-core or fonts-noto-core',
  el: 'fonts-dejavu-core or fonts-noto-core',
  ru: 'fonts-dejavu-core or fonts-noto-core',
};

test.describe('no missing glyphs with the system fonts', () => {
  for (const [lang, fontPackage] of Object.entries(FONT_PACKAGES)) {
    test(lang, async ({ page }, testInfo) => {
      await openCheckout(page, 800);
      await switchTo(page, lang);
      await page.evaluate(() => document.fonts.ready);
      await testInfo.attach(`checkout-${lang}.png`, { body: await page.locator('dodo-checkout').screenshot(), contentType: 'image/png' });
      // Every character the shopper sees, drawn in the checkout's font, against what the same
      // font stack draws for code points no font has (the .notdef box, or nothing).
      const missing = await page.locator('dodo-checkout').evaluate((host) => {
        const texts: string[] = [];
        const collect = (root: ShadowRoot | null) => {
          if (!root) return;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
            else {
              const element = node as HTMLElement;
              if (element instanceof HTMLInputElement) texts.push(element.value, element.placeholder);
              collect(element.shadowRoot);
            }
          }
        };
        collect(host.shadowRoot);
        const characters = [...new Set([...texts.join('')])].filter((character) => character.codePointAt(0)! > 0x7f && !/\s/u.test(character));
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 64;
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        context.font = `40px ${getComputedStyle(host).fontFamily}`;
        const draw = (text: string) => {
          context.clearRect(0, 0, 64, 64);
          context.fillText(text, 8, 48);
          return `${context.measureText(text).width}:${context.getImageData(0, 0, 64, 64).data.join(',')}`;
        };
        const notdef = new Set(['\u{10FFFD}', '\uFFFF', '\u0378'].map(draw));
        const isMark = (character: string) => /\p{M}/u.test(character);
        // A combining mark is drawn on a dotted circle, so it is checked on a base letter of its script.
        return characters.filter((character) => (isMark(character) ? false : notdef.has(draw(character))));
      });
      expect(missing, `${lang}: no installed font has ${missing.join(' ')}; install ${fontPackage}`).toEqual([]);
    });
  }
});

test('no text overflows or is cut off at 320 px in any language, field errors shown', async ({ page }) => {
  test.setTimeout(180_000);
  await openCheckout(page, 320);
  const overflowing: string[] = [];
  for (const lang of ['de', 'fi', ...UI_LANGUAGES.filter((other) => other !== 'de' && other !== 'fi')]) {
    const messages = await switchTo(page, lang);
    // Submitting the empty form shows every field's error and the summary alert.
    await page.locator('dodo-checkout button.submit').click();
    await expect(page.getByRole('alert')).toHaveText(/\S/);
    await expect(page.locator('dodo-checkout').getByText(messages.invalidEmail).or(page.locator('dodo-checkout').getByText(messages.required(messages.email)))).toBeVisible();
    const problems = await page.locator('dodo-checkout').evaluate((host) => {
      const bounds = host.getBoundingClientRect();
      const found: string[] = [];
      const check = (root: ShadowRoot | null) => {
        if (!root) return;
        for (const element of root.querySelectorAll<HTMLElement>('*')) {
          check(element.shadowRoot);
          const box = element.getBoundingClientRect();
          // Empty, hidden and visually hidden (1 px, clipped: for screen readers) elements show no text.
          if (box.width <= 1 || box.height <= 1 || getComputedStyle(element).visibility === 'hidden') continue;
          const label = `${element.localName}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
          if (box.left < bounds.left - 0.5 || box.right > bounds.right + 0.5) found.push(`${label} sticks out`);
          // Form controls scroll their own value; everything else must fit its text.
          const scrolls = element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;
          if (!scrolls && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) found.push(`${label} is cut off`);
        }
      };
      check(host.shadowRoot);
      if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page scrolls sideways');
      return found;
    });
    overflowing.push(...problems.map((problem) => `${lang}: ${problem}`));
  }
  expect(overflowing).toEqual([]);
});
