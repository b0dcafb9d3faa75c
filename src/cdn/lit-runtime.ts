/**
 * The Lit (and the palette) the CDN script shares with the modules it imports later. The script publishes it
 * under `LIT_RUNTIME_KEY` before the first import; the chunk build resolves every `lit` import
 * to `lit-shim.ts`, which reads it back. One Lit instance, one copy on the wire.
 */
import type { LitElement, css, html, nothing, svg } from 'lit';
import type { property, query, state } from 'lit/decorators.js';
import type { ifDefined } from 'lit/directives/if-defined.js';
import type { live } from 'lit/directives/live.js';
import type { tokens } from '../styles/tokens.js';

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
}
