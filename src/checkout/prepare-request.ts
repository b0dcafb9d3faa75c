/**
 * From the form to the request, without a browser: the shopper's entries are checked, the
 * payment methods chosen, the body built and held against the API's request shape (api/payment-checks.ts). Either the
 * problems to show come back, or a request ready to send.
 */
import { requestProblem } from '../api/payment-checks.js';
import type { CountryCode, CreatePaymentRequest, CurrencyCode, PaymentMethodType } from '../api/schemas.js';
import type { CheckoutConfig } from '../config/parse-config.js';
import { fieldForRequestPath, type FormValues } from '../form/form-model.js';
import { validateForm, type FoundProblem } from '../form/validate-form.js';
import { isValidPostalCode, type AddressFormat, type PostalCodeRules, type Subdivision } from '../intl/address-format.js';
import { eligibleMethods, type MethodTable } from '../intl/method-eligibility.js';
import { buildPaymentRequest } from './build-payment-request.js';

export interface PrepareInput {
  config: CheckoutConfig;
  values: Readonly<FormValues>;
  /** The billing country's address format, if a country is chosen. */
  format: AddressFormat | undefined;
  /** The country's subdivision list, [] when it has none or it could not load. */
  subdivisions: readonly Subdivision[];
  /** The postal code rules, if they loaded: without them any non-empty code passes. */
  postalCodes: PostalCodeRules | undefined;
  /** The payment method eligibility table, if it loaded: without it the merchant's whole list is sent. */
  paymentMethods: MethodTable | undefined;
  /** The methods of the chip the shopper chose, if any. */
  chipMethods?: readonly PaymentMethodType[] | undefined;
  /** The currency the quote bills in, when there is one: methods are eligible by it. */
  chargeCurrency?: CurrencyCode | undefined;
}

export type Prepared = { ok: false; problems: FoundProblem[] } | { ok: true; request: CreatePaymentRequest };

/**
 * The request the form makes as it stands, unchecked: the payment methods narrowed to the chip or
 * to what the country allows, and the body built. A created payment is compared with it.
 */
export function requestFor({ config, values, format, paymentMethods: table, chipMethods, chargeCurrency }: PrepareInput): CreatePaymentRequest {
  let paymentMethods: PaymentMethodType[] | undefined;
  if (config.allowedPaymentMethodTypes) {
    paymentMethods = chipMethods ? [...chipMethods] : eligibleMethods(table, config.allowedPaymentMethodTypes, values.country as CountryCode, chargeCurrency ?? config.billingCurrency ?? config.currency);
    // Nothing eligible is still the merchant's list: the API decides rather than the widget.
    if (paymentMethods.length === 0) paymentMethods = [...config.allowedPaymentMethodTypes];
  }
  return buildPaymentRequest({ config, values, addressFields: format?.fields ?? [], ...(paymentMethods ? { paymentMethods } : {}) });
}

export function prepareRequest({ config, values, format, subdivisions, postalCodes, paymentMethods: table, chipMethods, chargeCurrency }: PrepareInput): Prepared {
  const country = values.country as CountryCode;
  const problems = validateForm(values, {
    contact: !config.customerId,
    collectPhone: config.collectPhone,
    addressFields: format?.fields ?? [],
    requiredAddressFields: format?.required ?? [],
    isValidPostalCode: (value) => (format ? isValidPostalCode(country, value, postalCodes) : true),
    isKnownSubdivision: (value) => subdivisions.length === 0 || subdivisions.some((subdivision) => subdivision.code === value),
    terms: Boolean(config.terms),
  });
  if (problems.length > 0) return { ok: false, problems };

  const request = requestFor({ config, values, format, subdivisions, postalCodes, paymentMethods: table, chipMethods, chargeCurrency });
  const problem = requestProblem(request);
  if (!problem) return { ok: true, request };
  // The field the first problem concerns shows the localized "invalid value".
  return { ok: false, problems: [{ field: fieldForRequestPath(problem), problem: { code: 'invalidValue' } }] };
}
