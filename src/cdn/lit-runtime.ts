/**
 * The Lit (with the palette and the API's code lists) the CDN script shares with the modules it
 * imports later. The script publishes it under `LIT_RUNTIME_KEY` before the first import; the
 * chunk build resolves every `lit` import to `lit-shim.ts` and `api/enums.js` to `enums-shim.ts`,
 * which read it back. One Lit instance, one copy on the wire.
 */
import type { LitElement, css, html, nothing, svg } from 'lit';
import type { property, query, state } from 'lit/decorators.js';
import type { ifDefined } from 'lit/directives/if-defined.js';
import type { live } from 'lit/directives/live.js';
import type { tokens } from '../styles/tokens.js';
import type { COUNTRY_CODES, CURRENCY_CODES, PAYMENT_METHOD_TYPES } from '../api/enums.js';

export const LIT_RUNTIME_KEY: unique symbol = Symbol.for('dodo-checkout.lit-runtime') as never;

export interface LitRuntime {
  LitElement: typeof LitElement;
  css: typeof css;
  html: typeof html;
  nothing: typeof nothing;
  svg: typeof svg;
  property: typeof property;
  query: typeof query;
  state: typeof state;
  ifDefined: typeof ifDefined;
  live: typeof live;
  /** The checkout's palette (styles/tokens.ts), so the picker does not carry a second copy. */
  tokens: typeof tokens;
  /** The API's code lists (api/enums.ts), which the submit path and the live quote check against. */
  COUNTRY_CODES: typeof COUNTRY_CODES;
  CURRENCY_CODES: typeof CURRENCY_CODES;
  PAYMENT_METHOD_TYPES: typeof PAYMENT_METHOD_TYPES;
}
