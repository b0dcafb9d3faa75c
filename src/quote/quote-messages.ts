/**
 * The live quote's English messages, brought by the quote module and added to the element's
 * messages when it loads (LocalizeController.addMessages): a shopper who never sees a quote
 * downloads none of them. Every other language's live quote messages come with that language's
 * own messages (intl/data-loader.ts, and `data/locales/<lang>.json` of the CDN build), which the
 * element loads for the language it shows.
 */
import en, { type QuoteMessages } from '../intl/messages/en-quote.js';
import type { UiLanguage } from '../intl/ui-languages.js';

export const QUOTE_MESSAGES: Readonly<Partial<Record<UiLanguage, QuoteMessages>>> = { en };
