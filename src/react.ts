/**
 * `dodo-checkout/react`: `<dodo-checkout>` as a React component (via `@lit/react`), with the
 * element's events as `on…` props. Importing it defines the element. React is an optional peer.
 *
 * ```tsx
 * import { DodoCheckout } from 'dodo-checkout/react';
 * <DodoCheckout endpoint="/api/payments" cart={cart} currency="USD" onPaymentCreated={(e) => track(e.detail.response)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { DodoCheckout as DodoCheckoutElement } from './index.js';
import type { CheckoutOptionAttributes } from './config/options.js';
import type { CheckoutErrorEvent, CheckoutPaymentCreatedEvent, CheckoutPaymentStaleEvent, CheckoutQuoteEvent, CheckoutRedirectEvent, CheckoutSubmitEvent } from './events.js';

export const DodoCheckout = createComponent({
  tagName: 'dodo-checkout',
  elementClass: DodoCheckoutElement,
  react: React,
  displayName: 'DodoCheckout',
  events: {
    /** `dodo-checkout-submit`: call `preventDefault()` to send nothing. */
    onSubmit: 'dodo-checkout-submit' as EventName<CheckoutSubmitEvent>,
    onPaymentCreated: 'dodo-checkout-payment-created' as EventName<CheckoutPaymentCreatedEvent>,
    /** `dodo-checkout-redirect`: call `preventDefault()` to navigate yourself. */
    onRedirect: 'dodo-checkout-redirect' as EventName<CheckoutRedirectEvent>,
    /** `dodo-checkout-payment-stale`: the created payment was withdrawn because the cart or request changed. */
    onPaymentStale: 'dodo-checkout-payment-stale' as EventName<CheckoutPaymentStaleEvent>,
    onError: 'dodo-checkout-error' as EventName<CheckoutErrorEvent>,
    /** `dodo-checkout-quote`: what Dodo will charge, each time the quote changes. */
    onQuote: 'dodo-checkout-quote' as EventName<CheckoutQuoteEvent>,
  },
});

export type DodoCheckoutProps = React.ComponentProps<typeof DodoCheckout>;

/** Attributes of `<dodo-checkout>` as written in JSX without the wrapper (strings, like HTML), from the option table. */
export interface DodoCheckoutAttributes extends React.HTMLAttributes<DodoCheckoutElement>, CheckoutOptionAttributes {
  ref?: React.Ref<DodoCheckoutElement>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'dodo-checkout': DodoCheckoutAttributes;
    }
  }
}
