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
import type { CheckoutErrorEvent, CheckoutPaymentCreatedEvent, CheckoutPaymentStaleEvent, CheckoutRedirectEvent, CheckoutSubmitEvent } from './events.js';

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
  },
});

export type DodoCheckoutProps = React.ComponentProps<typeof DodoCheckout>;

/** Attributes of `<dodo-checkout>` as written in JSX without the wrapper (strings, like HTML). */
export interface DodoCheckoutAttributes extends React.HTMLAttributes<DodoCheckoutElement> {
  endpoint?: string;
  cart?: string;
  currency?: string;
  'billing-currency'?: string;
  'allowed-payment-method-types'?: string;
  'customer-id'?: string;
  customer?: string;
  country?: string;
  'discount-code'?: string;
  'return-url'?: string;
  'redirect-immediately'?: boolean;
  'short-link'?: boolean;
  'force-3ds'?: boolean;
  'show-saved-payment-methods'?: boolean;
  'payment-method-id'?: string;
  'collect-phone'?: boolean;
  'collect-tax-id'?: boolean;
  metadata?: string;
  locale?: string;
  timeout?: string | number;
  theme?: 'light' | 'dark' | 'auto';
  ref?: React.Ref<DodoCheckoutElement>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'dodo-checkout': DodoCheckoutAttributes;
    }
  }
}
