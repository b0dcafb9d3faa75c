/**
 * Stands in for `api/enums.ts` in the CDN chunks (see `lit-runtime.ts`): the code lists are the
 * CDN script's own, so the submit path and the live quote do not carry a second copy.
 */
import type * as enums from '../api/enums.js';
import { LIT_RUNTIME_KEY, type LitRuntime } from './lit-runtime.js';

export type { CountryCode, CurrencyCode, PaymentMethodType } from '../api/enums.js';

const runtime = (globalThis as Record<symbol, LitRuntime | undefined>)[LIT_RUNTIME_KEY];
if (!runtime?.COUNTRY_CODES) throw new Error('dodo-checkout: load this module through dodo-checkout.js of the same version');

export const COUNTRY_CODES: typeof enums.COUNTRY_CODES = runtime.COUNTRY_CODES;
export const CURRENCY_CODES: typeof enums.CURRENCY_CODES = runtime.CURRENCY_CODES;
export const PAYMENT_METHOD_TYPES: typeof enums.PAYMENT_METHOD_TYPES = runtime.PAYMENT_METHOD_TYPES;
