/**
 * The `POST /payments` request the element sends and the answers it reads, checked by plain
 * functions: the same limits as the zod schemas of schemas.ts (which the proxy uses), without a
 * schema library in the browser's submit path. tests/unit/api/payment-checks.property.test.ts
 * holds them to those schemas: they accept exactly what the schemas accept, and a request's first
 * problem is at the path where the schema reports its first issue.
 */
import { anything, boolean, fits, here, int32AtLeastZero, isObject, list, maybe, object, oneOf, optional, record, safeInteger, text, type Check } from './checks.js';
import { COUNTRY_CODES, CURRENCY_CODES, PAYMENT_METHOD_TYPES } from './enums.js';
import { isHttpUrl } from './http-url.js';
import { EMAIL_PATTERN, ISO_DATETIME } from './patterns.js';
import type { ApiError, CreatePaymentRequest, CreatePaymentResponse } from './schemas.js';

const NEW_CUSTOMER = { email: text(0, 254, EMAIL_PATTERN), name: text(1, 256), phone_number: maybe(text(0, 32)) };
const EXISTING_CUSTOMER = { customer_id: text(1, 256) };
const isText = (value: unknown) => typeof value === 'string';
/** Whether a value has a kind's keys with their types, so that only a limit, a pattern or an extra key can fail it. */
const hasTypes = (value: unknown, types: Record<string, (value: unknown) => boolean>) =>
  isObject(value) && Object.entries(types).every(([key, typed]) => typed(value[key]));
const EXISTING_CUSTOMER_TYPES = { customer_id: isText };
const NEW_CUSTOMER_TYPES = { email: isText, name: isText, phone_number: (value: unknown) => value == null || isText(value) };

/**
 * A customer is either kind. When neither fits, the problem is a kind's own if the value has that
 * kind's keys and types and not the other's, else the customer itself.
 */
const customer: Check = (value) => {
  const existing = object(EXISTING_CUSTOMER, true)(value);
  const created = object(NEW_CUSTOMER, true)(value);
  if (!existing || !created) return fits;
  const existingTyped = hasTypes(value, EXISTING_CUSTOMER_TYPES);
  const createdTyped = hasTypes(value, NEW_CUSTOMER_TYPES);
  if (existingTyped !== createdTyped) return existingTyped ? existing : created;
  return here;
};

const checkRequest = object({
  product_cart: list(object({ product_id: text(1, 256), quantity: int32AtLeastZero, amount: maybe(int32AtLeastZero) }, true), 1, 100),
  customer,
  billing: object({
    country: oneOf(COUNTRY_CODES),
    street: optional(text(0, 512)),
    city: optional(text(0, 256)),
    state: optional(text(0, 256)),
    zipcode: optional(text(0, 64)),
  }, true),
  allowed_payment_method_types: maybe(list(oneOf(PAYMENT_METHOD_TYPES), 1)),
  billing_currency: maybe(oneOf(CURRENCY_CODES)),
  customer_business_name: maybe(text(0, 256)),
  discount_code: maybe(text(0, 128)),
  force_3ds: maybe(boolean),
  metadata: optional(record(text(0, 256), text(0, 2048))),
  payment_link: maybe(boolean),
  payment_method_id: maybe(text(0, 256)),
  redirect_immediately: optional(boolean),
  return_url: maybe((value) => (typeof value === 'string' && isHttpUrl(value) ? fits : here)),
  short_link: maybe(boolean),
  show_saved_payment_methods: optional(boolean),
  tax_id: maybe(text(0, 64)),
}, true);

const checkResponse = object({
  payment_id: text(1),
  total_amount: int32AtLeastZero,
  currency: maybe(oneOf(CURRENCY_CODES)),
  client_secret: optional(text()),
  customer: object({ customer_id: text(), email: text(), name: text(), phone_number: maybe(text()) }, false),
  metadata: record(text(), anything),
  discount_id: maybe(text()),
  expires_on: maybe(text(0, Infinity, ISO_DATETIME)),
  payment_link: maybe(text()),
  product_cart: maybe(list(object({ product_id: text(), quantity: safeInteger }, false))),
}, false);

const checkApiError = object({ code: text(), message: text() }, false);

/** `undefined` when `request` is a valid `POST /payments` body, else the path of its first problem (`[]` for the body itself). */
export function requestProblem(request: CreatePaymentRequest): PropertyKey[] | undefined {
  return checkRequest(request);
}

/** The proxy's success body, if it has the shape of a created payment. */
export function asPaymentResponse(body: unknown): CreatePaymentResponse | undefined {
  return checkResponse(body) ? undefined : (body as CreatePaymentResponse);
}

/** An error body with the API's `code` and `message`, if it has them. */
export function asApiError(body: unknown): ApiError | undefined {
  return checkApiError(body) ? undefined : (body as ApiError);
}
