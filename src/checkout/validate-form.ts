/**
 * Checks what the shopper typed before anything is sent. Returns problems in form order so the
 * element can mark each field and move focus to the first.
 */
import { EMAIL_PATTERN } from '../api/schemas.js';
import type { AddressFieldName, CheckoutFormValues } from './build-payment-request.js';

export type FormField = keyof CheckoutFormValues;
export type FieldProblem = 'required' | 'invalidEmail' | 'invalidPostalCode' | 'invalidPhone' | 'unknownSubdivision';

export interface FormRules {
  /** Email and name are asked for (no `customer-id`). */
  contact: boolean;
  collectPhone: boolean;
  addressFields: readonly AddressFieldName[];
  requiredAddressFields: readonly AddressFieldName[];
  isValidPostalCode: (value: string) => boolean;
  /** Whether a non-empty state is one the country's subdivision list has (true without a list). */
  isKnownSubdivision?: (value: string) => boolean;
}

const PHONE = /^\+?[\d\s().\-/]{5,24}$/;

export function validateForm(values: CheckoutFormValues, rules: FormRules): Array<{ field: FormField; problem: FieldProblem }> {
  const problems: Array<{ field: FormField; problem: FieldProblem }> = [];
  const blank = (field: FormField) => values[field].trim() === '';

  if (rules.contact) {
    // The request schema's own rule, so the two never disagree.
    if (blank('email')) problems.push({ field: 'email', problem: 'required' });
    else if (!EMAIL_PATTERN.test(values.email.trim())) problems.push({ field: 'email', problem: 'invalidEmail' });
    if (blank('name')) problems.push({ field: 'name', problem: 'required' });
    if (rules.collectPhone && !blank('phone')) {
      const digits = values.phone.replace(/\D/g, '').length;
      if (!PHONE.test(values.phone.trim()) || digits < 5 || digits > 15) problems.push({ field: 'phone', problem: 'invalidPhone' });
    }
  }

  if (blank('country')) problems.push({ field: 'country', problem: 'required' });
  for (const field of rules.addressFields) {
    if (blank(field)) {
      if (rules.requiredAddressFields.includes(field)) problems.push({ field, problem: 'required' });
    } else if (field === 'zipcode' && !rules.isValidPostalCode(values.zipcode)) {
      problems.push({ field, problem: 'invalidPostalCode' });
    } else if (field === 'state' && rules.isKnownSubdivision && !rules.isKnownSubdivision(values.state)) {
      problems.push({ field, problem: 'unknownSubdivision' });
    }
  }
  return problems;
}
