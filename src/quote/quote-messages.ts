/**
 * The live quote's messages in every UI language, brought by the quote module and added to the
 * element's messages when it loads (LocalizeController.addMessages): a shopper who never sees a
 * quote downloads none of them.
 */
import en, { type QuoteMessages } from '../intl/messages/en-quote.js';
import ar from '../intl/messages/ar-quote.js';
import bg from '../intl/messages/bg-quote.js';
import ca from '../intl/messages/ca-quote.js';
import cs from '../intl/messages/cs-quote.js';
import da from '../intl/messages/da-quote.js';
import de from '../intl/messages/de-quote.js';
import el from '../intl/messages/el-quote.js';
import es from '../intl/messages/es-quote.js';
import et from '../intl/messages/et-quote.js';
import fa from '../intl/messages/fa-quote.js';
import fi from '../intl/messages/fi-quote.js';
import fil from '../intl/messages/fil-quote.js';
import fr from '../intl/messages/fr-quote.js';
import he from '../intl/messages/he-quote.js';
import hi from '../intl/messages/hi-quote.js';
import hr from '../intl/messages/hr-quote.js';
import hu from '../intl/messages/hu-quote.js';
import id from '../intl/messages/id-quote.js';
import it from '../intl/messages/it-quote.js';
import ja from '../intl/messages/ja-quote.js';
import ko from '../intl/messages/ko-quote.js';
import lt from '../intl/messages/lt-quote.js';
import lv from '../intl/messages/lv-quote.js';
import ms from '../intl/messages/ms-quote.js';
import nb from '../intl/messages/nb-quote.js';
import nl from '../intl/messages/nl-quote.js';
import pl from '../intl/messages/pl-quote.js';
import pt from '../intl/messages/pt-quote.js';
import ptBR from '../intl/messages/pt-BR-quote.js';
import ro from '../intl/messages/ro-quote.js';
import ru from '../intl/messages/ru-quote.js';
import sk from '../intl/messages/sk-quote.js';
import sl from '../intl/messages/sl-quote.js';
import sr from '../intl/messages/sr-quote.js';
import sv from '../intl/messages/sv-quote.js';
import th from '../intl/messages/th-quote.js';
import tr from '../intl/messages/tr-quote.js';
import uk from '../intl/messages/uk-quote.js';
import vi from '../intl/messages/vi-quote.js';
import zhHans from '../intl/messages/zh-Hans-quote.js';
import zhHant from '../intl/messages/zh-Hant-quote.js';
import type { UiLanguage } from '../intl/ui-languages.js';

export const QUOTE_MESSAGES: Readonly<Record<UiLanguage, QuoteMessages>> = { en, ar, bg, ca, cs, da, de, el, es, et, fa, fi, fil, fr, he, hi, hr, hu, id, it, ja, ko, lt, lv, ms, nb, nl, pl, pt, 'pt-BR': ptBR, ro, ru, sk, sl, sr, sv, th, tr, uk, vi, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
