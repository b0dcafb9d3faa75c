/**
 * Which payment methods a billing country and currency allow, by the eligibility table
 * (`data/payment-methods.ts`, passed in once loaded). No Lit here: the submit path filters the
 * merchant's list with it, and the chips (payment-methods.ts) add names and glyphs.
 */
import type { CountryCode, CurrencyCode, PaymentMethodType } from '../api/enums.js';
import type { MessageKey } from './messages/en.js';

export type MethodCategory = 'card' | 'wallet' | 'bank' | 'qr' | 'cash' | 'bnpl';

/** Methods named by a description rather than a brand: their names are UI messages. */
export type MethodNameKey = Extract<
  MessageKey,
  'card' | 'otherCard' | 'bankTransfer' | 'instantBankTransfer' | 'onlineBanking' | 'otherBankPayment' | 'openBanking' | 'sepaDirectDebit' | 'sepaBankTransfer' | 'cryptocurrency' | 'carrierBilling'
>;

export interface MethodRow {
  category: MethodCategory;
  /** Brand name (not translated) … */
  brand?: string;
  /** … or the message naming a generic method. */
  nameKey?: MethodNameKey;
  /** Space-separated ISO 3166-1 codes of billing countries; absent = any. */
  countries?: string;
  /** Space-separated ISO 4217 codes; absent = any. */
  currencies?: string;
}

/** The eligibility table, by method type. */
export type MethodTable = Partial<Record<PaymentMethodType, MethodRow>>;

const listed = (list: string | undefined, code: string | undefined) => list === undefined || code === undefined || ` ${list} `.includes(` ${code} `);

/** Whether `method` can be used with this billing country (and currency, when known). */
export function isMethodEligible(table: MethodTable | undefined, method: PaymentMethodType, country: CountryCode, currency?: CurrencyCode | string): boolean {
  const row = table?.[method];
  return !row || (listed(row.countries, country) && listed(row.currencies, currency?.toUpperCase()));
}

/** The merchant's methods that can be used here, in the merchant's order, without duplicates. */
export function eligibleMethods(table: MethodTable | undefined, allowed: readonly PaymentMethodType[], country: CountryCode, currency?: CurrencyCode | string): PaymentMethodType[] {
  return [...new Set(allowed)].filter((method) => isMethodEligible(table, method, country, currency));
}
