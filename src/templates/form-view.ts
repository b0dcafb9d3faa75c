/** What every template reads: the shown language, the form's values and its problems as text. */
import type { AddressFormat } from '../intl/address-format.js';
import type { FormField, FormValues, Translate } from '../form/form-model.js';

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
