/**
 * The live quote's messages in every UI language, brought by the quote module and added to the
 * element's messages when it loads (LocalizeController.addMessages): a shopper who never sees a
 * quote downloads none of them.
 */
import ar from '../intl/messages/ar-quote.js';
import de from '../intl/messages/de-quote.js';
import en, { type QuoteMessages } from '../intl/messages/en-quote.js';
import es from '../intl/messages/es-quote.js';
import fr from '../intl/messages/fr-quote.js';
import ja from '../intl/messages/ja-quote.js';
import nl from '../intl/messages/nl-quote.js';
import pt from '../intl/messages/pt-quote.js';
import sv from '../intl/messages/sv-quote.js';
import type { UiLanguage } from '../intl/ui-languages.js';

export const QUOTE_MESSAGES: Readonly<Record<UiLanguage, QuoteMessages>> = { en, sv, de, fr, es, pt, nl, ja, ar };
