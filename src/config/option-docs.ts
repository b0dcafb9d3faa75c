/**
 * What each option does, for the manifest and the README reference (read by
 * `custom-elements-manifest.config.mjs`). Kept apart from the option table so the text never
 * ships in the bundle; the type makes a missing or unknown option a compile error.
 */
import type { OptionName } from './options.js';

export const OPTION_DOCS: Readonly<Record<OptionName, string>> = {
  endpoint:
    'URL of the merchant proxy the request JSON is posted to (required).',
  quoteEndpoint:
    "URL of the proxy's quote route (`createQuoteHandler`). When set, the summary, the Pay button and the chips show what Dodo will charge (its prices, the shopper's currency, tax, discount) and discount codes and tax IDs are checked before paying; when unset, display prices are shown with \"Tax calculated at payment\".",
  statusEndpoint:
    "URL of the proxy's status route (`createStatusHandler`). When set, a payment the checkout shows again from the tab's record (a new visit, Back, a reload) and does not know to be paid is checked there once: if Dodo verifies it succeeded, the checkout says \"Payment received\" instead of offering its link again, even when the shopper never reached the return page.",
  cart:
    'JSON array of 1–100 `{product_id, quantity, amount?, name?, price?, image?}`; the property also takes the array.',
  currency:
    'ISO 4217 code of the display prices.',
  billingCurrency:
    'Sent as `billing_currency`: the currency Dodo bills in. Without it, Dodo may bill in the shopper\'s own currency (adaptive pricing). The confirmation panel states the total only in a currency known to be Dodo\'s: the one the proxy\'s answer names (`dodo-checkout/server` names it), else the live quote\'s, else this one; with none of them it shows no total.',
  allowedPaymentMethodTypes:
    'Space- or comma-separated API payment method types the merchant accepts; the property also takes an array. Empty means every method the country and currency allow.',
  customerId:
    'Attach an existing customer (Dodo\'s id, at most 256 characters): no name or email fields are shown.',
  customer:
    'JSON prefill `{email, name, phone_number}`; the property also takes the object. Each field follows later changes until the shopper edits it.',
  country:
    "Billing country (ISO 3166-1 alpha-2); else guessed from the locale's region. A later change moves the form to it unless the shopper chose a country.",
  discountCode:
    'Prefilled discount code; follows later changes until the shopper edits it.',
  returnUrl:
    'Sent as `return_url`: an absolute http(s) URL.',
  termsUrl:
    "Absolute http(s) URL of the merchant's terms of service. When set, a required consent checkbox before the Pay button links to it (and to `privacy-url` and `refund-url`), and the accepted URLs are sent in the `Dodo-Checkout-Consent` header; a proxy with the same `terms` records the acceptance on the payment.",
  privacyUrl:
    'Absolute http(s) URL of the privacy policy, linked in the consent checkbox (requires `terms-url`).',
  refundUrl:
    'Absolute http(s) URL of the refund policy, linked in the consent checkbox (requires `terms-url`).',
  redirectImmediately:
    'Sent as `redirect_immediately`; when true the shopper goes to the payment page at once, else after a confirmation.',
  shortLink:
    'Sent as `short_link`.',
  force3ds:
    'Sent as `force_3ds`.',
  showSavedPaymentMethods:
    'Sent as `show_saved_payment_methods`. `dodo-checkout/server` passes it on only with `allowClientCustomerId` (Dodo finds the customer by the email the browser sends); `pin` or `transform` can set it from your session.',
  paymentMethodId:
    'Sent as `payment_method_id` (at most 256 characters; requires `customer-id`).',
  collectPhone:
    'Show an optional phone field.',
  collectTaxId:
    'Show the B2B tax id and business name fields.',
  metadata:
    "JSON object of string values, sent as `metadata`; the property also takes the object. The bundled proxy drops it unless its `clientMetadata` option lets keys through.",
  locale:
    "BCP 47 UI language; else the nearest `lang`, else the browser's.",
  timeout:
    'Request timeout in milliseconds (default 30000).',
  theme:
    'Color scheme: `light`, `dark` or `auto` (follows `prefers-color-scheme`).',
};
