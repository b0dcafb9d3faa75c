/**
 * Type tests of the public typings, checked by `tsc --noEmit` (never executed). Each
 * `@ts-expect-error` marks a use the typings must refuse: if they stop refusing it, the
 * directive itself becomes an error and the type-check fails.
 */
import type { ReactElement } from 'react';
import { expectTypeOf } from 'vitest';
import {
  DodoCheckout,
  type CheckoutErrorEvent,
  type CheckoutErrorKind,
  type CheckoutPaymentCreatedEvent,
  type CheckoutRedirectEvent,
  type CheckoutSubmitEvent,
  type CreatePaymentRequest,
  type CreatePaymentResponse,
} from '../../src/index.js';
import { DodoCheckout as DodoCheckoutReact, type DodoCheckoutProps } from '../../src/react.js';
import {
  createCheckoutHandler,
  toNodeHandler,
  createMemoryRateLimitStore,
  CheckoutPolicyError,
  type CheckoutHandler,
  type CheckoutHandlerOptions,
  type IdempotencyStore,
} from '../../src/server/index.js';

// The tag name maps to the class, from createElement and querySelector alike.
const element = document.createElement('dodo-checkout');
expectTypeOf(element).toEqualTypeOf<DodoCheckout>();
expectTypeOf(document.querySelector('dodo-checkout')).toEqualTypeOf<DodoCheckout | null>();

// Every event is in HTMLElementEventMap: listeners get the typed CustomEvent without a cast.
element.addEventListener('dodo-checkout-error', (event) => {
  expectTypeOf(event).toEqualTypeOf<CheckoutErrorEvent>();
  expectTypeOf(event.detail.kind).toEqualTypeOf<CheckoutErrorKind>();
  expectTypeOf(event.detail.status).toEqualTypeOf<number | undefined>();
  // @ts-expect-error an error has no `response`
  void event.detail.response;
  // @ts-expect-error `kind` is a closed union, not any string
  const kind: 'validation' | 'network' = event.detail.kind;
  void kind;
});
element.addEventListener('dodo-checkout-submit', (event) => {
  expectTypeOf(event).toEqualTypeOf<CheckoutSubmitEvent>();
  expectTypeOf(event.detail.request).toEqualTypeOf<CreatePaymentRequest>();
  event.preventDefault();
});
element.addEventListener('dodo-checkout-payment-created', (event) => {
  expectTypeOf(event.detail.response).toEqualTypeOf<CreatePaymentResponse>();
  expectTypeOf(event.detail.response.payment_id).toEqualTypeOf<string>();
});
element.addEventListener('dodo-checkout-payment-stale', (event) => {
  expectTypeOf(event.detail.previous.payment_id).toEqualTypeOf<string>();
  expectTypeOf(event.detail.reason).toEqualTypeOf<'cart' | 'request'>();
});
element.addEventListener('dodo-checkout-redirect', (event) => {
  expectTypeOf(event).toEqualTypeOf<CheckoutRedirectEvent>();
  expectTypeOf(event.detail.url).toEqualTypeOf<string>();
  // @ts-expect-error the redirect detail has no `kind`
  void event.detail.kind;
});
// Through a plain HTMLElement reference too: the map is global, not tied to the class.
document.body.addEventListener('dodo-checkout-payment-created', (event) => {
  // @ts-expect-error a created payment has no `url` in its detail
  void event.detail.url;
});

// The element's inputs as properties.
element.redirectImmediately = true;
element.cart = [{ product_id: 'pdt_1', quantity: 1 }];
element.cart = '[{"product_id":"pdt_1","quantity":1}]';
element.theme = 'dark';
// @ts-expect-error theme is light, dark or auto
element.theme = 'blue';
// @ts-expect-error a boolean attribute takes a boolean property
element.redirectImmediately = 'true';

// The React wrapper: element properties as props, events as typed `on…` props.
expectTypeOf<DodoCheckoutProps['cart']>().toEqualTypeOf<string | object[] | undefined>();
expectTypeOf<DodoCheckoutProps['onPaymentCreated']>().toEqualTypeOf<((event: CheckoutPaymentCreatedEvent) => void) | undefined>();
expectTypeOf<DodoCheckoutProps['onError']>().toEqualTypeOf<((event: CheckoutErrorEvent) => void) | undefined>();
export const wrapped: ReactElement = (
  <DodoCheckoutReact
    endpoint="/api/payments"
    currency="USD"
    cart={[{ product_id: 'pdt_1', quantity: 2 }]}
    redirectImmediately
    onPaymentCreated={(event) => expectTypeOf(event.detail.response.payment_link).toEqualTypeOf<string | null | undefined>()}
    onSubmit={(event) => event.preventDefault()}
    onRedirect={(event) => expectTypeOf(event.detail.url).toEqualTypeOf<string>()}
    onError={(event) => expectTypeOf(event.detail.kind).toEqualTypeOf<CheckoutErrorKind>()}
    onPaymentStale={(event) => expectTypeOf(event.detail.reason).toEqualTypeOf<'cart' | 'request'>()}
  />
);
// @ts-expect-error `cart` is JSON text or an array, not a number
export const wrongCart: ReactElement = <DodoCheckoutReact endpoint="/api/payments" cart={3} />;
export const wrongEvent: ReactElement = (
  // @ts-expect-error a created payment has no `url` in its detail
  <DodoCheckoutReact endpoint="/api/payments" onPaymentCreated={(event) => event.detail.url} />
);

// The element straight in JSX, without the wrapper: attributes as strings, like HTML.
export const intrinsic: ReactElement = (
  <dodo-checkout endpoint="/api/payments" cart='[{"product_id":"pdt_1","quantity":1}]' currency="USD" redirect-immediately theme="dark" />
);
// @ts-expect-error theme is light, dark or auto
export const wrongTheme: ReactElement = <dodo-checkout endpoint="/api/payments" theme="blue" />;
// @ts-expect-error a boolean attribute is written bare or as a boolean
export const wrongBoolean: ReactElement = <dodo-checkout endpoint="/api/payments" collect-phone={1} />;

// The server: options are checked, the handler is a fetch-style function.
const store: IdempotencyStore = {} as IdempotencyStore;
const options: CheckoutHandlerOptions = {
  apiKey: 'sk_test',
  environment: 'test_mode',
  allowedProducts: ['pdt_1'],
  allowedPaymentMethodTypes: ['credit', 'debit'],
  pin: { return_url: 'https://shop.example/thanks', metadata: { source: 'web' } },
  allowedOrigins: '*',
  idempotencyStore: store,
  logger: null,
  transform: (body, request) => {
    expectTypeOf(body).toEqualTypeOf<CreatePaymentRequest>();
    expectTypeOf(request).toEqualTypeOf<Request>();
    if (!body.product_cart.length) throw new CheckoutPolicyError(422, 'EMPTY_CART', 'The cart is empty');
    return body;
  },
};
const handler = createCheckoutHandler(options);
expectTypeOf(handler).toEqualTypeOf<CheckoutHandler>();
expectTypeOf(handler).parameter(0).toEqualTypeOf<Request>();
expectTypeOf(handler).returns.toEqualTypeOf<Promise<Response>>();
expectTypeOf(toNodeHandler(handler)).toBeFunction();
expectTypeOf(createCheckoutHandler).toBeCallableWith();
// @ts-expect-error the environment is test_mode or live_mode
createCheckoutHandler({ environment: 'production' });
// @ts-expect-error payment methods are the API's enum
createCheckoutHandler({ allowedPaymentMethodTypes: ['mind_reading'] });
// @ts-expect-error pinned metadata values are strings
createCheckoutHandler({ pin: { metadata: { count: 1 } } });
// @ts-expect-error an unknown option is refused, not ignored
createCheckoutHandler({ allowedProduct: ['pdt_1'] });
createCheckoutHandler({ rateLimit: false, bodyReadTimeoutMs: 5_000 });
createCheckoutHandler({ rateLimit: { max: 10, windowMs: 60_000, clientKey: (request) => request.headers.get('cf-connecting-ip'), store: createMemoryRateLimitStore() } });
// @ts-expect-error a rate limit needs its window
createCheckoutHandler({ rateLimit: { max: 10 } });
expectTypeOf(toNodeHandler(handler, { trustProxy: 2, allowedMethods: ['POST', 'OPTIONS'] })).toBeFunction();
