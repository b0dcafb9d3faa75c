/**
 * The demo shop: a basket whose quantities drive the element's `cart`, and a settings panel
 * that reconfigures the element live. Plain DOM text APIs only, so the page runs under a strict CSP.
 */
import '../src/index.js';
import type { DodoCheckout } from '../src/index.js';
import { formatMoney } from '../src/intl/money.js';
import { UI_LANGUAGES } from '../src/intl/ui-languages.js';
import { loadBasket, saveBasket } from './basket.js';
import { DEMO_PRODUCTS, priceIn } from './catalogue.js';
import { DEMO_TERMS } from './terms.js';

const checkout = document.querySelector<DodoCheckout>('#checkout')!;
const list = document.querySelector<HTMLUListElement>('#products')!;
const settings = document.querySelector<HTMLFormElement>('#settings')!;
// The proxy requires consent to these very documents (DEMO_TERMS=1).
if (DEMO_TERMS) Object.assign(checkout, DEMO_TERMS);
const quantities = loadBasket();

function currency(): string {
  return (settings.elements.namedItem('currency') as HTMLSelectElement).value;
}

function updateCart(): void {
  const code = currency();
  const cart = DEMO_PRODUCTS.filter((product) => (quantities.get(product.id) ?? 0) > 0).map((product) => ({
    product_id: product.id,
    quantity: quantities.get(product.id)!,
    name: product.name,
    price: priceIn(product, code),
  }));
  checkout.cart = cart.length > 0 ? cart : [{ product_id: DEMO_PRODUCTS[0]!.id, quantity: 1, name: DEMO_PRODUCTS[0]!.name, price: priceIn(DEMO_PRODUCTS[0]!, code) }];
  if (cart.length === 0) quantities.set(DEMO_PRODUCTS[0]!.id, 1);
  saveBasket(quantities);
  renderProducts();
}

function renderProducts(): void {
  const code = currency();
  const items = DEMO_PRODUCTS.map((product) => {
    const item = document.createElement('li');
    item.className = 'product';
    const name = document.createElement('span');
    name.className = 'product-name';
    name.textContent = product.name;
    const price = document.createElement('span');
    price.className = 'product-price';
    price.textContent = formatMoney(priceIn(product, code), code, 'en');
    const stepper = document.createElement('span');
    stepper.className = 'stepper';
    const quantity = quantities.get(product.id) ?? 0;
    const minus = document.createElement('button');
    minus.type = 'button';
    minus.textContent = '−';
    minus.setAttribute('aria-label', `One less ${product.name}`);
    minus.disabled = quantity === 0;
    minus.addEventListener('click', () => {
      quantities.set(product.id, Math.max(0, quantity - 1));
      updateCart();
    });
    const count = document.createElement('output');
    count.textContent = String(quantity);
    count.setAttribute('aria-label', `${product.name} quantity`);
    const plus = document.createElement('button');
    plus.type = 'button';
    plus.textContent = '+';
    plus.setAttribute('aria-label', `One more ${product.name}`);
    plus.addEventListener('click', () => {
      quantities.set(product.id, quantity + 1);
      updateCart();
    });
    stepper.append(minus, count, plus);
    item.append(name, price, stepper);
    return item;
  });
  list.replaceChildren(...items);
}

/**
 * The language picker offers every UI language, named in itself ("Deutsch", "日本語"); plain "pt" is
 * Portugal's. Filled when the settings panel first opens: naming 40 languages makes the page's first
 * `Intl` formatter and loads 40 locales' data, tens of milliseconds the shop's startup need not spend.
 */
function fillLanguagePicker(): void {
  const picker = settings.elements.namedItem('locale') as HTMLSelectElement;
  if (picker.options.length > 1) return;
  const options = UI_LANGUAGES.map((lang) => {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang === 'pt' ? 'pt-PT' : lang) ?? lang;
    const option = new Option(`${name.charAt(0).toLocaleUpperCase(lang)}${name.slice(1)}`, lang);
    option.lang = lang; // read out in its own language
    return option;
  });
  picker.append(...options);
}

function applySettings(): void {
  const form = new FormData(settings);
  checkout.redirectImmediately = form.get('redirect-immediately') === 'on';
  checkout.collectPhone = form.get('collect-phone') === 'on';
  checkout.collectTaxId = form.get('collect-tax-id') === 'on';
  checkout.locale = String(form.get('locale') ?? '');
  checkout.theme = (String(form.get('theme') ?? 'auto') as DodoCheckout['theme']);
  // Prices are shown in the shop's currency; the quote bills in the shopper's own (adaptive pricing) unless they choose this one.
  checkout.currency = currency();
  checkout.allowedPaymentMethodTypes = form.getAll('method').map(String);
  // CSSOM setProperty, not style attributes: allowed under the strict CSP (`?csp=strict`).
  // The untouched picker leaves each theme its own accent (and matching text on it).
  const accent = settings.elements.namedItem('accent') as HTMLInputElement;
  if (accent.value !== accent.defaultValue) checkout.style.setProperty('--dodo-color-accent', accent.value);
  else checkout.style.removeProperty('--dodo-color-accent');
  checkout.style.setProperty('--dodo-radius', `${Number(form.get('radius') ?? 8)}px`);
  checkout.style.setProperty('--dodo-spacing', `${Number(form.get('spacing') ?? 16)}px`);
  const font = String(form.get('font') ?? '');
  if (font) checkout.style.setProperty('--dodo-font-family', font);
  else checkout.style.removeProperty('--dodo-font-family');
  // Only on a change: any write to the root's attribute restyles the whole page.
  if (document.documentElement.dataset.theme !== checkout.theme) document.documentElement.dataset.theme = checkout.theme;
  updateCart();
}

settings.addEventListener('change', applySettings);
// Range inputs report every step while dragged.
settings.addEventListener('input', (event) => {
  if ((event.target as HTMLInputElement).type === 'range') applySettings();
});
settings.addEventListener('submit', (event) => event.preventDefault());
const panel = settings.closest('details')!;
panel.addEventListener('toggle', () => {
  if (panel.open) fillLanguagePicker();
});
applySettings();
