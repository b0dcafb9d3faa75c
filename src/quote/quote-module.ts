/**
 * The live quote, loaded after the form is on screen when `quote-endpoint` is set: its
 * controller, its request and its templates. The npm build splits it into a chunk of its own;
 * the CDN build publishes it next to the script (`chunks/quote.js`).
 */
export { LiveQuote, type LiveQuoteOptions, type PayAhead } from './live-quote.js';
export { QuoteController, type QuoteControllerOptions, type QuoteStatus } from './quote-controller.js';
export { buildQuoteRequest, type QuoteInput } from './quote-request.js';
export { currencyChoice, discountField, quoteSummary, taxIdHint, taxLabel, type CurrencyOffer, type DiscountFieldState } from './quote-templates.js';
export { QUOTE_MESSAGES } from './quote-messages.js';
