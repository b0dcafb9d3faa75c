/** What every template reads: the shown language, the form's values and its problems as text. */
import type { FormController } from '../form/form-controller.js';
import { problemMessage, type FormField, type FormValues, type Translate } from '../form/form-model.js';
import type { AddressFormat } from '../intl/address-format.js';

export interface FormView {
  t: Translate;
  /** The BCP 47 locale for `Intl` formatting. */
  lang: string;
  values: Readonly<FormValues>;
  /** The billing country's address format, if a country is chosen. */
  format: AddressFormat | undefined;
  /** A field's problem in the shown language, or ''. */
  problemText(field: FormField): string;
  /** A note under a field (a checked tax ID's registered name), or ''. */
  hintText?(field: FormField): string;
}

/** The view of `form` in the language `localize` shows: problems are written here, at render. */
export function formView(localize: { t: Translate; lang: string }, form: FormController, format: AddressFormat | undefined): FormView {
  const { t, lang } = localize;
  const { values, problems } = form;
  return {
    t, lang, values, format,
    problemText: (field) => {
      const problem = problems.get(field);
      return problem ? problemMessage(field, problem, values, format, t) : '';
    },
  };
}
