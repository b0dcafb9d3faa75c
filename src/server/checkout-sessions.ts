/**
 * Checkout Sessions as the proxy's backend (`api: 'checkout-sessions'`): the element's
 * `CreatePaymentRequest` becomes `checkoutSessions.create`, and the session comes back in the
 * create answer the element already understands — `checkout_url` as `payment_link`, the session
 * id as `payment_id` (and `session_id`), the total from `checkoutSessions.preview` of the same
 * cart. No payment exists until the shopper pays on Dodo's page, so nothing is charged twice by
 * an abandoned or repeated session.
 */
import type DodoPayments from 'dodopayments';
import type { CreatePaymentRequest } from '../api/schemas.js';
import type { StoredResponse } from './idempotency-store.js';
import { PROVIDER_PROBLEM, upstreamError, upstreamFailure } from './upstream-error.js';

type CheckoutSessionCreateParams = DodoPayments.CheckoutSessionCreateParams;
type CheckoutSessionPreviewParams = DodoPayments.CheckoutSessionPreviewParams;

/** The languages Dodo's hosted checkout page speaks, as `customization.force_language` names them. */
const PAGE_LANGUAGES = new Set(['en', 'ar', 'ca', 'zh', 'de', 'es', 'fr', 'he', 'id', 'it', 'ja', 'nl', 'pl', 'pt', 'sv', 'tr']);

/**
 * The language the payment page should continue in: the element's UI language, which it sends as
 * `Accept-Language` (the browser's own list when the element is absent). Its primary subtag, as
 * `customization.force_language` takes it ("pt-BR" → "pt"), when the page speaks it; otherwise
 * none, and the page chooses.
 */
export function pageLanguageOf(request: Request): string | undefined {
  const first = request.headers.get('accept-language')?.split(',')[0]?.split(';')[0]?.trim();
  const primary = first?.split('-')[0]?.toLowerCase();
  return primary && PAGE_LANGUAGES.has(primary) ? primary : undefined;
}

/** The element's request as a checkout session: the same shopper, cart and settings. */
export function toCheckoutSessionRequest(body: CreatePaymentRequest, language?: string): CheckoutSessionCreateParams {
  const session: CheckoutSessionCreateParams = {
    product_cart: body.product_cart.map((item) => ({
      product_id: item.product_id,
      quantity: item.quantity,
      ...(item.amount != null ? { amount: item.amount } : {}),
    })),
    customer: body.customer,
    billing_address: body.billing,
    feature_flags: { redirect_immediately: body.redirect_immediately ?? false },
  };
  if (body.allowed_payment_method_types) session.allowed_payment_method_types = body.allowed_payment_method_types;
  if (body.billing_currency) session.billing_currency = body.billing_currency;
  if (body.customer_business_name) session.customer_business_name = body.customer_business_name;
  if (body.tax_id) session.tax_id = body.tax_id;
  if (body.discount_code) session.discount_codes = [body.discount_code];
  if (body.force_3ds != null) session.force_3ds = body.force_3ds;
  if (body.metadata) session.metadata = body.metadata;
  if (body.return_url) session.return_url = body.return_url;
  if (body.short_link != null) session.short_link = body.short_link;
  if (body.show_saved_payment_methods !== undefined) session.show_saved_payment_methods = body.show_saved_payment_methods;
  if (language) session.customization = { force_language: language };
  return session;
}

function previewOf(session: CheckoutSessionCreateParams): CheckoutSessionPreviewParams {
  const { product_cart, billing_address, billing_currency, customer, discount_codes, tax_id } = session;
  return {
    product_cart,
    ...(billing_address ? { billing_address } : {}),
    ...(billing_currency ? { billing_currency } : {}),
    ...(customer ? { customer } : {}),
    ...(discount_codes ? { discount_codes } : {}),
    ...(tax_id ? { tax_id } : {}),
  } as CheckoutSessionPreviewParams;
}

/**
 * Creates the session (and previews its total alongside) and answers in the element's create
 * shape. The customer echoes the request: a session has none of its own until the shopper pays.
 */
export async function createCheckoutSessionAnswer(
  client: DodoPayments,
  body: CreatePaymentRequest,
  requestOptions: Parameters<DodoPayments['checkoutSessions']['create']>[1],
  language: string | undefined,
  secrets: readonly string[],
): Promise<StoredResponse> {
  const params = toCheckoutSessionRequest(body, language);
  let session: Awaited<ReturnType<DodoPayments['checkoutSessions']['create']>>;
  let preview: Awaited<ReturnType<DodoPayments['checkoutSessions']['preview']>>;
  try {
    [session, preview] = await Promise.all([client.checkoutSessions.create(params, requestOptions), client.checkoutSessions.preview(previewOf(params), { maxRetries: requestOptions?.maxRetries, signal: requestOptions?.signal })]);
  } catch (error) {
    return upstreamFailure(error, secrets);
  }
  const link = session?.checkout_url;
  if (typeof session?.session_id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(session.session_id) || typeof link !== 'string' || !Number.isSafeInteger(preview?.current_breakup?.total_amount)) {
    const invalid = upstreamError(PROVIDER_PROBLEM);
    return {
      status: invalid.status,
      body: JSON.stringify({ code: invalid.code, message: invalid.message }),
      headers: { 'x-upstream-cause': 'checkout session answer lacks session_id, checkout_url or the preview current_breakup.total_amount' },
    };
  }
  const customer =
    'customer_id' in body.customer
      ? { customer_id: body.customer.customer_id, email: '', name: '' }
      : { customer_id: '', email: body.customer.email, name: body.customer.name, phone_number: body.customer.phone_number ?? null };
  const answer = {
    payment_id: session.session_id,
    session_id: session.session_id,
    checkout_url: link,
    payment_link: link,
    // What the session charges, as the quote shows it: the breakup's total, after discount and tax.
    total_amount: preview.current_breakup.total_amount,
    currency: preview.currency,
    client_secret: '',
    customer,
    metadata: body.metadata ?? {},
    expires_on: null,
    discount_id: null,
    product_cart: body.product_cart.map((item) => ({ product_id: item.product_id, quantity: item.quantity })),
  };
  return { status: 200, body: JSON.stringify(answer) };
}
