/**
 * Turns the element's attributes and properties into a validated configuration. Nothing here
 * throws: problems come back as readable messages the element shows and announces.
 */
import { COUNTRY_CODES, CURRENCY_CODES, PAYMENT_METHOD_TYPES, type CountryCode, type CurrencyCode, type PaymentMethodType } from '../api/enums.js';
import { isHttpUrl } from '../api/http-url.js';
import type { TermsDocuments } from '../api/terms-consent.js';
import type { ConfigOptionName } from './options.js';

const INT32_MAX = 2_147_483_647;

export interface CartItem {
  product_id: string;
  quantity: number;
  amount?: number;
  name?: string;
  price?: number;
  image?: string;
}

export interface CustomerPrefill {
  email?: string;
  name?: string;
  phone_number?: string;
}

/*
 * The checks below are plain functions rather than schemas, so the first render carries no schema
 * library (the request schema loads with the submit path). Each returns the checked value (known
 * keys only) or the path of the first problem, as `[]` for the value itself.
 */
type Checked<T> = { value: T } | { problem: PropertyKey[]; message?: string };
type Check<T> = (value: unknown) => Checked<T>;

const invalid = (path: PropertyKey[] = []): { problem: PropertyKey[] } => ({ problem: path });

/** A plain object: what JSON gives, or a literal or `Object.create(null)` from a property. */
const isRecord = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const integer = (min: number, max: number): Check<number> => (value) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? { value: value as number } : invalid();

const text = (min: number, max: number, message?: string): Check<string> => (value) =>
  typeof value === 'string' && value.length >= min && value.length <= max ? { value } : message ? { problem: [], message } : invalid();

const oneOf = <T extends string>(values: readonly T[]): Check<T> => (value) => ((values as readonly unknown[]).includes(value) ? { value: value as T } : invalid());

/** An object of the given fields, each optional unless listed in `required`; other keys are dropped. */
function fields<T>(shape: { [K in keyof T]-?: Check<NonNullable<T[K]>> }, required: readonly (keyof T)[] = []): Check<T> {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid();
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape) as Array<[string, Check<unknown>]>) {
      if (input[key] === undefined && !required.includes(key as keyof T)) continue;
      const checked = check(input[key]);
      if ('problem' in checked) return { ...checked, problem: [key, ...checked.problem] };
      out[key] = checked.value;
    }
    return { value: out as T };
  };
}

function list<T>(item: Check<T>, min = 0, max = Infinity): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return invalid();
    const out: T[] = [];
    for (const [index, entry] of value.entries()) {
      const checked = item(entry);
      if ('problem' in checked) return { ...checked, problem: [index, ...checked.problem] };
      out.push(checked.value);
    }
    return out.length >= min && out.length <= max ? { value: out } : invalid();
  };
}

const money = integer(0, INT32_MAX);

export const checkCartItem: Check<CartItem> = fields<CartItem>(
  { product_id: text(1, 256), quantity: integer(1, INT32_MAX), amount: money, name: text(0, 512), price: money, image: text(0, 2048) },
  ['product_id', 'quantity'],
);

export const checkCart: Check<CartItem[]> = list(checkCartItem, 1, 100);

const checkCustomer = fields<CustomerPrefill>({ email: text(0, Infinity), name: text(0, Infinity), phone_number: text(0, Infinity) });

/** String keys and values within the API's limits (256 and 2048 characters). */
const checkMetadata: Check<Record<string, string>> = (value) => {
  if (!isRecord(value)) return invalid();
  for (const [key, entry] of Object.entries(value)) if (key.length > 256 || typeof entry !== 'string' || entry.length > 2048) return invalid([key]);
  return { value: { ...(value as Record<string, string>) } };
};

const checkReturnUrl: Check<string> = (value) => (typeof value === 'string' && isHttpUrl(value) ? { value } : { problem: [], message: 'must be an absolute http(s) URL' });

/** Raw inputs as the element holds them (attribute strings or property values), one per option of the table. */
export type CheckoutInputs = { [K in ConfigOptionName]?: unknown };

export interface CheckoutConfig {
  endpoint: string;
  /** The quote route; without it the element shows display prices and "Tax calculated at payment". */
  quoteEndpoint?: string;
  /** The status route; with it a payment shown again from the tab's record is verified there. */
  statusEndpoint?: string;
  cart: CartItem[];
  currency?: CurrencyCode;
  billingCurrency?: CurrencyCode;
  allowedPaymentMethodTypes?: PaymentMethodType[];
  customerId?: string;
  customer: CustomerPrefill;
  country?: CountryCode;
  discountCode?: string;
  returnUrl?: string;
  /** The documents the consent checkbox asks the shopper to accept; no checkbox without them. */
  terms?: TermsDocuments;
  redirectImmediately: boolean;
  shortLink: boolean;
  force3ds: boolean;
  showSavedPaymentMethods: boolean;
  paymentMethodId?: string;
  collectPhone: boolean;
  collectTaxId: boolean;
  metadata?: Record<string, string>;
  timeout: number;
}

export type ConfigResult = { ok: true; config: CheckoutConfig } | { ok: false; problems: string[] };

export const DEFAULT_TIMEOUT_MS = 30_000;

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** Code-like inputs as upper-case text; a page may set any value, and String() throws on some. */
const upperCode = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** JSON attributes arrive as strings; properties may already be objects. */
function fromJson(name: string, value: unknown, problems: string[]): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    problems.push(`${name} is not valid JSON.`);
    return undefined;
  }
}

function check<T>(name: string, checker: Check<T>, value: unknown, problems: string[]): T | undefined {
  const checked = checker(value);
  if ('value' in checked) return checked.value;
  const path = checked.problem.length ? `${name}[${checked.problem.map(String).join('][')}]` : name;
  problems.push(`${path}: ${checked.message ?? 'Invalid input'}.`);
  return undefined;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Space- or comma-separated list, or an array. */
function splitList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [value];
}

function resolveEndpoint(value: unknown, baseUrl: string | undefined, problems: string[], name = 'endpoint'): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push(`${name} is required: the URL of your payment proxy.`);
    return undefined;
  }
  try {
    const url = new URL(value.trim(), baseUrl);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // reported below
  }
  problems.push(`${name} "${value}" is not an http(s) URL.`);
  return undefined;
}

export function parseCheckoutConfig(inputs: CheckoutInputs, baseUrl?: string): ConfigResult {
  const problems: string[] = [];
  const endpoint = resolveEndpoint(inputs.endpoint, baseUrl, problems);
  // The proxy's other routes, each optional.
  const route = (value: unknown, name: string) => (isBlank(value) ? undefined : resolveEndpoint(value, baseUrl, problems, name));
  const quoteEndpoint = route(inputs.quoteEndpoint, 'quote-endpoint');
  const statusEndpoint = route(inputs.statusEndpoint, 'status-endpoint');

  let cart: CartItem[] | undefined;
  if (isBlank(inputs.cart)) problems.push('cart is required: a JSON array of 1–100 items.');
  else {
    const raw = fromJson('cart', inputs.cart, problems);
    if (raw !== undefined) cart = check('cart', checkCart, raw, problems);
  }

  const currency = isBlank(inputs.currency)
    ? undefined
    : check('currency', oneOf(CURRENCY_CODES), upperCode(inputs.currency), problems);
  const billingCurrency = isBlank(inputs.billingCurrency)
    ? undefined
    : check('billing-currency', oneOf(CURRENCY_CODES), upperCode(inputs.billingCurrency), problems);

  let allowedPaymentMethodTypes: PaymentMethodType[] | undefined;
  // An empty list (every method unticked in a settings screen) means no list: the API offers
  // every method the country and currency allow, as when the attribute is absent.
  const methodList = isBlank(inputs.allowedPaymentMethodTypes) ? [] : splitList(inputs.allowedPaymentMethodTypes);
  if (methodList.length > 0) {
    allowedPaymentMethodTypes = check('allowed-payment-method-types', list(oneOf(PAYMENT_METHOD_TYPES)), methodList, problems);
    if (allowedPaymentMethodTypes) allowedPaymentMethodTypes = [...new Set(allowedPaymentMethodTypes)];
  }

  let customer: CustomerPrefill = {};
  if (!isBlank(inputs.customer)) {
    const raw = fromJson('customer', inputs.customer, problems);
    if (raw !== undefined) customer = check('customer', checkCustomer, raw, problems) ?? {};
  }

  const country = isBlank(inputs.country)
    ? undefined
    : check('country', oneOf(COUNTRY_CODES), upperCode(inputs.country), problems);

  const returnUrl = isBlank(inputs.returnUrl) ? undefined : check('return-url', checkReturnUrl, inputs.returnUrl, problems);

  let terms: TermsDocuments | undefined;
  const documents = { termsUrl: 'terms-url', privacyUrl: 'privacy-url', refundUrl: 'refund-url' } as const;
  for (const [key, name] of Object.entries(documents) as Array<[keyof TermsDocuments, string]>) {
    if (isBlank(inputs[key])) continue;
    const url = check(name, checkReturnUrl, inputs[key], problems);
    if (url) terms = { ...terms, [key]: url } as TermsDocuments;
  }
  if (terms && !terms.termsUrl) {
    if (isBlank(inputs.termsUrl)) problems.push('privacy-url and refund-url need terms-url.');
    terms = undefined;
  }

  let metadata: Record<string, string> | undefined;
  if (!isBlank(inputs.metadata)) {
    const raw = fromJson('metadata', inputs.metadata, problems);
    // A "__proto__" key would be dropped silently on the way to the API; refuse it instead.
    if (raw && typeof raw === 'object' && Object.hasOwn(raw, '__proto__')) problems.push('metadata: the key "__proto__" cannot be sent.');
    else if (raw !== undefined) metadata = check('metadata', checkMetadata, raw, problems);
  }

  let timeout = DEFAULT_TIMEOUT_MS;
  if (!isBlank(inputs.timeout)) {
    const value = typeof inputs.timeout === 'number' || typeof inputs.timeout === 'string' ? Number(inputs.timeout) : NaN;
    if (Number.isFinite(value) && value >= 1 && value <= 600_000) timeout = Math.round(value);
    else problems.push('timeout must be a number of milliseconds between 1 and 600000.');
  }

  // Dodo's identifiers are at most 256 characters: a longer one is the merchant's to fix, not a shopper's field.
  const identifier = text(0, 256, 'must be at most 256 characters');
  const givenCustomerId = optionalString(inputs.customerId);
  const givenPaymentMethodId = optionalString(inputs.paymentMethodId);
  const customerId = givenCustomerId && check('customer-id', identifier, givenCustomerId, problems);
  const paymentMethodId = givenPaymentMethodId && check('payment-method-id', identifier, givenPaymentMethodId, problems);
  if (givenPaymentMethodId && !givenCustomerId) problems.push('payment-method-id needs customer-id.');

  if (problems.length > 0 || !endpoint || !cart) return { ok: false, problems };
  const config: CheckoutConfig = {
    endpoint,
    cart,
    customer,
    redirectImmediately: Boolean(inputs.redirectImmediately),
    shortLink: Boolean(inputs.shortLink),
    force3ds: Boolean(inputs.force3ds),
    showSavedPaymentMethods: Boolean(inputs.showSavedPaymentMethods),
    collectPhone: Boolean(inputs.collectPhone),
    collectTaxId: Boolean(inputs.collectTaxId),
    timeout,
  };
  // Only set what was given, so the request builder never sends empty optional fields.
  const optional = { quoteEndpoint, statusEndpoint, currency, billingCurrency, allowedPaymentMethodTypes, country, returnUrl, terms, metadata, customerId, paymentMethodId, discountCode: optionalString(inputs.discountCode) };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(config, { [key]: value });
  return { ok: true, config };
}

/** The currency prices are shown in: `currency`, else the billing currency. */
export function displayCurrency(config: CheckoutConfig): CurrencyCode | undefined {
  return config.currency ?? config.billingCurrency;
}

