/**
 * The form's vocabulary, written once: its fields in form order, their values, where each goes in
 * the `POST /payments` body, its label, and the problems a field can have. Problems are kept as
 * codes and turned into text when rendered, so they follow a change of language.
 */
import type { MessageArgs } from '../intl/messages/message-format.js';
import type { MessageKey, Messages } from '../intl/messages/en.js';
import type { CheckoutConfig } from '../config/parse-config.js';
import type { AddressField, AddressFormat } from '../intl/address-format.js';
import type { DiscountRefusalReason } from '../api/quote.js';

/** Every field the shopper can fill, in the order the form shows them (focus goes to the first problem). */
export const FORM_FIELDS = ['email', 'name', 'phone', 'country', 'street', 'city', 'state', 'zipcode', 'businessName', 'taxId', 'discountCode', 'terms'] as const;

export type FormField = (typeof FORM_FIELDS)[number];
/** Each field's text; the terms checkbox holds `TERMS_ACCEPTED` when ticked, else ''. */
export type FormValues = Record<FormField, string>;

export const TERMS_ACCEPTED = 'accepted';
export type { AddressField };

export const EMPTY_FORM_VALUES: Readonly<FormValues> = Object.freeze(
  Object.fromEntries(FORM_FIELDS.map((field) => [field, ''])) as FormValues,
);

/** Where each field's value goes in the request; read the other way to place the schema's complaints. The terms consent travels in a header, not the body. */
export const REQUEST_PATHS: Readonly<Record<Exclude<FormField, 'terms'>, string>> = {
  email: 'customer.email',
  name: 'customer.name',
  phone: 'customer.phone_number',
  country: 'billing.country',
  street: 'billing.street',
  city: 'billing.city',
  state: 'billing.state',
  zipcode: 'billing.zipcode',
  businessName: 'customer_business_name',
  taxId: 'tax_id',
  discountCode: 'discount_code',
};

/** The field a request schema issue at `path` concerns; the first field when none does. */
export function fieldForRequestPath(path: readonly PropertyKey[]): FormField {
  const joined = path.map(String).join('.');
  const field = FORM_FIELDS.find((candidate) => candidate !== 'terms' && (joined === REQUEST_PATHS[candidate] || joined.startsWith(`${REQUEST_PATHS[candidate]}.`)));
  return field ?? FORM_FIELDS[0];
}

/** A field's problem, as a code; `refused` carries the API's own text (a discount code it declined). */
export type FieldProblem =
  | { code: 'required' | 'invalidEmail' | 'invalidPostalCode' | 'invalidPhone' | 'unknownSubdivision' | 'invalidValue' | 'acceptTerms' }
  | { code: 'refused'; message: string }
  | { code: 'discountRefused'; reason: DiscountRefusalReason }
  | { code: 'taxIdInvalid'; message: string };

/** A refused code's reason, in the shopper's language. */
const DISCOUNT_REFUSALS: Readonly<Record<DiscountRefusalReason, MessageKey>> = {
  DISCOUNT_UNKNOWN: 'discountUnknown',
  DISCOUNT_EXPIRED: 'discountExpired',
  DISCOUNT_NOT_YET_ACTIVE: 'discountNotYetActive',
  DISCOUNT_USAGE_LIMIT_REACHED: 'discountUsedUp',
  DISCOUNT_NOT_APPLICABLE: 'discountNotApplicable',
};

export type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<Messages[K]>) => string;

const PLAIN_LABELS: Readonly<Record<FormField, MessageKey>> = {
  email: 'email', name: 'fullName', phone: 'phone', country: 'country', street: 'street', city: 'city',
  state: 'state_state', zipcode: 'zip_postal', businessName: 'businessName', taxId: 'taxId', discountCode: 'discountCode', terms: 'termsOfService',
};

/** A field's label: the country's own words for city, state and postal code (ZIP code, postcode, prefecture…). */
export function fieldLabel(field: FormField, format: AddressFormat | undefined, t: Translate): string {
  if (format && field === 'zipcode') return t(`zip_${format.zipLabel}`);
  if (format && field === 'state') return t(`state_${format.stateLabel}`);
  if (format && field === 'city') return t(`city_${format.cityLabel}`);
  return t(PLAIN_LABELS[field]);
}

/** The text of a field's problem in the shown language. */
export function problemMessage(field: FormField, problem: FieldProblem, values: Readonly<FormValues>, format: AddressFormat | undefined, t: Translate): string {
  switch (problem.code) {
    case 'refused':
      return problem.message;
    case 'discountRefused':
      return t(DISCOUNT_REFUSALS[problem.reason] as 'discountUnknown');
    case 'taxIdInvalid':
      return t('taxIdInvalid', problem.message);
    case 'invalidPostalCode':
      return t('invalidPostalCode', format?.zipExample ?? '');
    case 'unknownSubdivision':
      return t('unknownSubdivision', values.state);
    case 'required':
      return t('required', fieldLabel(field, format, t));
    default:
      return t(problem.code);
  }
}

/** The values the configuration prefills; the country falls back to the one the locale names. */
export function prefillValues(config: CheckoutConfig, localeCountry: () => string | undefined): Partial<FormValues> {
  return {
    email: config.customer.email ?? '',
    name: config.customer.name ?? '',
    phone: config.customer.phone_number ?? '',
    // The locale's country is worked out only when the merchant set none (it may load CLDR data).
    country: config.country ?? localeCountry() ?? '',
    discountCode: config.discountCode ?? '',
  };
}
