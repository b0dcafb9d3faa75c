/**
 * The stand-in's Checkout Sessions: `POST /checkouts` (a session whose hosted page is
 * `/session/{id}`, the same page with complete / decline / cancel as a payment link's) and
 * `GET /checkouts/{id}` (the payment once the shopper acted on it). Each session holds one
 * stand-in payment, priced and settled like `POST /payments`, which the API reveals only once it
 * is attempted. (`POST /checkouts/preview` is the stand-in's own route, on the same pricing.)
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type DodoPayments from 'dodopayments';
import * as z from 'zod/mini';
import { BillingAddressSchema, CreatePaymentRequestSchema, CurrencySchema, CustomerRequestSchema, MetadataSchema, PaymentMethodTypeSchema, ProductCartItemSchema, type CreatePaymentRequest } from '../../api/schemas.js';
import { describeValidationIssues } from '../describe-validation-issue.js';

const SessionRequestSchema = z.strictObject({
  product_cart: z.array(ProductCartItemSchema).check(z.minLength(1), z.maxLength(20)),
  customer: z.optional(z.nullable(CustomerRequestSchema)),
  billing_address: z.optional(z.nullable(BillingAddressSchema)),
  allowed_payment_method_types: z.optional(z.nullable(z.array(PaymentMethodTypeSchema))),
  billing_currency: z.optional(z.nullable(CurrencySchema)),
  customer_business_name: z.optional(z.nullable(z.string())),
  tax_id: z.optional(z.nullable(z.string())),
  discount_codes: z.optional(z.nullable(z.array(z.string()).check(z.maxLength(20)))),
  force_3ds: z.optional(z.nullable(z.boolean())),
  metadata: z.optional(z.nullable(MetadataSchema)),
  return_url: z.optional(z.nullable(z.string())),
  short_link: z.optional(z.boolean()),
  show_saved_payment_methods: z.optional(z.boolean()),
  feature_flags: z.optional(z.looseObject({ redirect_immediately: z.optional(z.boolean()) })),
  customization: z.optional(z.looseObject({ force_language: z.optional(z.nullable(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)))) })),
});

export type StandInSessionRequest = z.infer<typeof SessionRequestSchema>;

/** What the stand-in keeps of a session. */
export interface StandInSession {
  id: string;
  paymentId: string;
  request: StandInSessionRequest;
  createdAt: Date;
}

/** What the sessions need of the stand-in's payments. */
export interface SessionPayments {
  /** Prices and keeps a payment as `POST /payments` does; throws `{status, code, message}` on refusal. */
  create(request: CreatePaymentRequest): { paymentId: string; status: string; total: number; currency: string; customer: { email: string; name: string } };
  status(paymentId: string): string | undefined;
  /** Serves the hosted page of a payment. */
  hostedPage(req: IncomingMessage, res: ServerResponse, paymentId: string): Promise<void>;
}

type Send = (res: ServerResponse, status: number, body: unknown) => void;

const sessionId = () => `cks_${randomBytes(12).toString('base64url')}`;

/** A session request as the stand-in's payment: a session without a customer or address gets the stand-in's. */
function asPaymentRequest(session: StandInSessionRequest): CreatePaymentRequest {
  const request: CreatePaymentRequest = {
    product_cart: session.product_cart,
    customer: session.customer ?? { email: 'checkout.shopper@example.com', name: 'Checkout Shopper' },
    billing: session.billing_address ?? { country: 'US' },
    payment_link: true,
  };
  if (session.billing_currency) request.billing_currency = session.billing_currency;
  if (session.discount_codes?.[0]) request.discount_code = session.discount_codes[0];
  // The preview prices with the tax ID (reverse charge), so the session's payment does too; the
  // business name goes along as it would on `POST /payments`.
  if (session.tax_id) request.tax_id = session.tax_id;
  if (session.customer_business_name) request.customer_business_name = session.customer_business_name;
  if (session.metadata) request.metadata = session.metadata;
  if (session.return_url) request.return_url = session.return_url;
  if (session.allowed_payment_method_types?.length) request.allowed_payment_method_types = session.allowed_payment_method_types;
  return request;
}

export interface StandInCheckoutSessions {
  readonly sessions: ReadonlyMap<string, StandInSession>;
  /** Every `POST /checkouts` body, in order. */
  readonly requests: readonly unknown[];
  /** Handles `/checkouts…` and `/session/…`; false when the path is not theirs. */
  handle(req: IncomingMessage, res: ServerResponse, path: string, body: () => Promise<unknown>, baseUrl: string): Promise<boolean>;
  reset(): void;
}

function isRefusal(error: unknown): error is { status: number; code: string; message: string } {
  return !!error && typeof error === 'object' && typeof (error as { status?: unknown }).status === 'number' && typeof (error as { code?: unknown }).code === 'string';
}

export function createStandInCheckoutSessions(payments: SessionPayments, send: Send, now: () => Date): StandInCheckoutSessions {
  const sessions = new Map<string, StandInSession>();
  const requests: unknown[] = [];

  function parse(res: ServerResponse, value: unknown): StandInSessionRequest | undefined {
    const parsed = SessionRequestSchema.safeParse(value);
    if (parsed.success && (!parsed.data.return_url || CreatePaymentRequestSchema.shape.return_url.safeParse(parsed.data.return_url).success)) return parsed.data;
    send(res, 422, { code: 'INVALID_REQUEST_PARAMETERS', message: parsed.success ? 'return_url must be an absolute http(s) URL.' : describeValidationIssues(parsed.error.issues) });
    return undefined;
  }

  function priced(res: ServerResponse, request: StandInSessionRequest): ReturnType<SessionPayments['create']> | undefined {
    try {
      return payments.create(asPaymentRequest(request));
    } catch (error) {
      if (!isRefusal(error)) throw error;
      send(res, error.status, { code: error.code, message: error.message });
      return undefined;
    }
  }

  return {
    sessions,
    requests,
    async handle(req, res, path, body, baseUrl) {
      if (path === '/checkouts') {
        if (req.method !== 'POST') {
          send(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Use POST.' });
          return true;
        }
        const value = await body();
        requests.push(value);
        const request = parse(res, value);
        if (!request) return true;
        const payment = priced(res, request);
        if (!payment) return true;
        const session: StandInSession = { id: sessionId(), paymentId: payment.paymentId, request, createdAt: now() };
        sessions.set(session.id, session);
        const response: DodoPayments.CheckoutSessionResponse = { session_id: session.id, checkout_url: `${baseUrl}/session/${session.id}` };
        send(res, 200, response);
        return true;
      }
      const retrieve = /^\/checkouts\/(cks_[A-Za-z0-9_-]+)$/.exec(path);
      if (retrieve?.[1]) {
        const session = sessions.get(retrieve[1]);
        if (!session) {
          send(res, 404, { code: 'NOT_FOUND', message: 'Checkout session not found.' });
          return true;
        }
        const status = payments.status(session.paymentId);
        // The API names the payment only once the shopper has submitted the page.
        const attempted = status !== undefined && status !== 'requires_payment';
        const customer = session.request.customer && 'email' in session.request.customer ? session.request.customer : undefined;
        const answer: DodoPayments.CheckoutSessionStatus = {
          id: session.id,
          created_at: session.createdAt.toISOString(),
          customer_email: customer?.email ?? null,
          customer_name: customer?.name ?? null,
          payment_id: attempted ? session.paymentId : null,
          payment_status: attempted ? (status as DodoPayments.IntentStatus) : null,
        };
        send(res, 200, answer);
        return true;
      }
      const hosted = /^\/session\/(cks_[A-Za-z0-9_-]+)$/.exec(path);
      if (hosted?.[1] && (req.method === 'GET' || req.method === 'HEAD')) {
        const session = sessions.get(hosted[1]);
        if (!session) return false;
        await payments.hostedPage(req, res, session.paymentId);
        return true;
      }
      return false;
    },
    reset() {
      sessions.clear();
      requests.length = 0;
    },
  };
}
