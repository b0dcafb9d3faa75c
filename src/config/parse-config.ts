/**
 * Turns the element's attributes and properties into a validated configuration. Nothing here
 * throws: problems come back as readable messages the element shows and announces.
 */
import * as z from 'zod/mini';
import {
  CountryCodeSchema,
  CurrencySchema,
  HttpUrlSchema,
  MetadataSchema,
  PaymentMethodTypeSchema,
  type CountryCode,
  type CurrencyCode,
  type PaymentMethodType,
} from '../api/schemas.js';
import type { ConfigOptionName } from './options.js';

const INT32_MAX = 2_147_483_647;
const money = z.int().check(z.minimum(0), z.maximum(INT32_MAX));

export const CartItemSchema = z.object({
  product_id: z.string().check(z.minLength(1), z.maxLength(256)),
  quantity: z.int().check(z.minimum(1), z.maximum(INT32_MAX)),
  amount: z.optional(money),
  name: z.optional(z.string().check(z.maxLength(512))),
  price: z.optional(money),
  image: z.optional(z.string().check(z.maxLength(2048))),
});

export const CartSchema = z.array(CartItemSchema).check(z.minLength(1), z.maxLength(100));

const CustomerPrefillSchema = z.object({
  email: z.optional(z.string()),
  name: z.optional(z.string()),
  phone_number: z.optional(z.string()),
});

export type CartItem = z.infer<typeof CartItemSchema>;
export type CustomerPrefill = z.infer<typeof CustomerPrefillSchema>;

/** Raw inputs as the element holds them (attribute strings or property values), one per option of the table. */
export type CheckoutInputs = { [K in ConfigOptionName]?: unknown };

export interface CheckoutConfig {
  endpoint: string;
  /** The quote route; without it the element shows display prices and "Tax calculated at payment". */
  quoteEndpoint?: string;
  cart: CartItem[];
  currency?: CurrencyCode;
  billingCurrency?: CurrencyCode;
  allowedPaymentMethodTypes?: PaymentMethodType[];
  customerId?: string;
  customer: CustomerPrefill;
  country?: CountryCode;
  discountCode?: string;
  returnUrl?: string;
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

function describe(name: string, error: z.core.$ZodError): string {
  const issue = error.issues[0];
  const path = issue?.path.length ? `${name}[${issue.path.map(String).join('][')}]` : name;
  return `${path}: ${issue?.message ?? 'invalid value'}.`;
}

function check<T>(name: string, schema: z.ZodMiniType<T>, value: unknown, problems: string[]): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push(describe(name, parsed.error));
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
  const quoteEndpoint = isBlank(inputs.quoteEndpoint) ? undefined : resolveEndpoint(inputs.quoteEndpoint, baseUrl, problems, 'quote-endpoint');

  let cart: CartItem[] | undefined;
  if (isBlank(inputs.cart)) problems.push('cart is required: a JSON array of 1–100 items.');
  else {
    const raw = fromJson('cart', inputs.cart, problems);
    if (raw !== undefined) cart = check('cart', CartSchema, raw, problems);
  }

  const currency = isBlank(inputs.currency)
    ? undefined
    : check('currency', CurrencySchema, upperCode(inputs.currency), problems);
  const billingCurrency = isBlank(inputs.billingCurrency)
    ? undefined
    : check('billing-currency', CurrencySchema, upperCode(inputs.billingCurrency), problems);

  let allowedPaymentMethodTypes: PaymentMethodType[] | undefined;
  // An empty list (every method unticked in a settings screen) means no list: the API offers
  // every method the country and currency allow, as when the attribute is absent.
  const methodList = isBlank(inputs.allowedPaymentMethodTypes) ? [] : splitList(inputs.allowedPaymentMethodTypes);
  if (methodList.length > 0) {
    allowedPaymentMethodTypes = check('allowed-payment-method-types', z.array(PaymentMethodTypeSchema), methodList, problems);
    if (allowedPaymentMethodTypes) allowedPaymentMethodTypes = [...new Set(allowedPaymentMethodTypes)];
  }

  let customer: CustomerPrefill = {};
  if (!isBlank(inputs.customer)) {
    const raw = fromJson('customer', inputs.customer, problems);
    if (raw !== undefined) customer = check('customer', CustomerPrefillSchema, raw, problems) ?? {};
  }

  const country = isBlank(inputs.country)
    ? undefined
    : check('country', CountryCodeSchema, upperCode(inputs.country), problems);

  const returnUrl = isBlank(inputs.returnUrl) ? undefined : check('return-url', HttpUrlSchema, inputs.returnUrl, problems);

  let metadata: Record<string, string> | undefined;
  if (!isBlank(inputs.metadata)) {
    const raw = fromJson('metadata', inputs.metadata, problems);
    // A "__proto__" key would be dropped silently on the way to the API; refuse it instead.
    if (raw && typeof raw === 'object' && Object.hasOwn(raw, '__proto__')) problems.push('metadata: the key "__proto__" cannot be sent.');
    else if (raw !== undefined) metadata = check('metadata', MetadataSchema, raw, problems);
  }

  let timeout = DEFAULT_TIMEOUT_MS;
  if (!isBlank(inputs.timeout)) {
    const value = typeof inputs.timeout === 'number' || typeof inputs.timeout === 'string' ? Number(inputs.timeout) : NaN;
    if (Number.isFinite(value) && value >= 1 && value <= 600_000) timeout = Math.round(value);
    else problems.push('timeout must be a number of milliseconds between 1 and 600000.');
  }

  const customerId = optionalString(inputs.customerId);
  const paymentMethodId = optionalString(inputs.paymentMethodId);
  if (paymentMethodId && !customerId) problems.push('payment-method-id needs customer-id.');

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
  const optional = { quoteEndpoint, currency, billingCurrency, allowedPaymentMethodTypes, country, returnUrl, metadata, customerId, paymentMethodId, discountCode: optionalString(inputs.discountCode) };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(config, { [key]: value });
  return { ok: true, config };
}

/** The currency prices are shown in: `currency`, else the billing currency. */
export function displayCurrency(config: CheckoutConfig): CurrencyCode | undefined {
  return config.currency ?? config.billingCurrency;
}

/**
 * The currency of the response's `total_amount`, when it is known. The API states the amount in
 * minor units without naming a currency; when the shopper is billed in a currency other than the
 * one prices are shown in, the amount is not stated in the display currency, so it is not shown
 * in it.
 */
export function totalCurrency(config: CheckoutConfig): CurrencyCode | undefined {
  const { currency, billingCurrency } = config;
  if (currency && billingCurrency && currency !== billingCurrency) return undefined;
  return currency ?? billingCurrency;
}
