/** What every template reads: the shown language, the form's values and its problems as text. */
import { isServer } from 'lit';
import type { FormController } from '../form/form-controller.js';
import { problemMessage, type FormField, type FormValues, type Translate } from '../form/form-model.js';
import type { AddressFormat } from '../intl/address-format.js';
import { formatMoney, moneyReady } from '../intl/money.js';

export interface FormView {
  t: Translate;
  /** The BCP 47 locale for `Intl` formatting. */
  lang: string;
  /** The locale of the shown words (LocalizeController.textLocale), for text `Intl` writes into them. */
  textLocale: string;
  values: Readonly<FormValues>;
  /** The billing country's address format, if a country is chosen. */
  format: AddressFormat | undefined;
  /** A field's problem in the shown language, or ''. */
  problemText(field: FormField): string;
  /** A note under a field (a checked tax ID's registered name), or ''. */
  hintText?(field: FormField): string;
  /**
   * `amountMinor` of `currency` formatted in the shown language, or '' while formatting it would
   * make the page's first number formatter (not English, which needs none): the browser's render
   * leaves those amounts to a task of their own (`prepareMoney`). The server always writes them.
   */
  money(amountMinor: number, currency: string): string;
}

/** The view of `form` in the language `localize` shows: problems are written here, at render. */
export function formView(localize: { t: Translate; lang: string; textLocale: string }, form: FormController, format: AddressFormat | undefined): FormView {
  const { t, lang, textLocale } = localize;
  const { values, problems } = form;
  return {
    t, lang, textLocale, values, format,
    money: (amountMinor, currency) => (isServer || moneyReady(lang) ? formatMoney(amountMinor, currency, lang) : ''),
    problemText: (field) => {
      const problem = problems.get(field);
      return problem ? problemMessage(field, problem, values, format, t) : '';
    },
  };
}
