/**
 * Checks what the shopper typed before anything is sent. Returns problem codes in form order so
 * the form can mark each field and move focus to the first.
 */
import { EMAIL_PATTERN } from '../api/patterns.js';
import { asciiEmail } from '../intl/ascii-email.js';
import { TERMS_ACCEPTED, type AddressField, type FieldProblem, type FormField, type FormValues } from './form-model.js';

export interface FormRules {
  /** Email and name are asked for (no `customer-id`). */
  contact: boolean;
  collectPhone: boolean;
  addressFields: readonly AddressField[];
  requiredAddressFields: readonly AddressField[];
  isValidPostalCode: (value: string) => boolean;
  /** Whether a non-empty state is one the country's subdivision list has (true without a list). */
  isKnownSubdivision?: (value: string) => boolean;
  /** The terms consent checkbox is shown (`terms-url`): it must be ticked. */
  terms?: boolean;
}

export type FoundProblem = { field: FormField; problem: FieldProblem };

const PHONE = /^\+?[\d\s().\-/]{5,24}$/;

export function validateForm(values: Readonly<FormValues>, rules: FormRules): FoundProblem[] {
  const problems: FoundProblem[] = [];
  const found = (field: FormField, code: Exclude<FieldProblem['code'], 'refused' | 'discountRefused' | 'taxIdInvalid'>) => problems.push({ field, problem: { code } });
  const blank = (field: FormField) => values[field].trim() === '';

  if (rules.contact) {
    // The request schema's own rule, so the two never disagree.
    if (blank('email')) found('email', 'required');
    else if (!EMAIL_PATTERN.test(asciiEmail(values.email.trim()))) found('email', 'invalidEmail');
    if (blank('name')) found('name', 'required');
    if (rules.collectPhone && !blank('phone')) {
      const digits = values.phone.replace(/\D/g, '').length;
      if (!PHONE.test(values.phone.trim()) || digits < 5 || digits > 15) found('phone', 'invalidPhone');
    }
  }

  if (blank('country')) found('country', 'required');
  for (const field of rules.addressFields) {
    if (blank(field)) {
      if (rules.requiredAddressFields.includes(field)) found(field, 'required');
    } else if (field === 'zipcode' && !rules.isValidPostalCode(values.zipcode)) {
      found(field, 'invalidPostalCode');
    } else if (field === 'state' && rules.isKnownSubdivision && !rules.isKnownSubdivision(values.state)) {
      found(field, 'unknownSubdivision');
    }
  }
  if (rules.terms && values.terms !== TERMS_ACCEPTED) found('terms', 'acceptTerms');
  return problems;
}
