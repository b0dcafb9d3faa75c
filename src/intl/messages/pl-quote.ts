/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'VAT',
  tax_gst: 'GST',
  tax_sales: 'Podatek od sprzedaży',
  tax_jct: 'Podatek konsumpcyjny',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `w tym ${tax}`,
  discountLine: (code: string) => `Rabat (${code})`,
  apply: 'Zastosuj',
  discountApplied: (code: string, saving: string) => `Zastosowano ${code}: oszczędzasz ${saving}`,
  removeDiscount: (code: string) => `Usuń ${code}`,
  discountUnknown: 'Ten kod rabatowy nie istnieje.',
  discountExpired: 'Ten kod rabatowy wygasł.',
  discountNotYetActive: 'Ten kod rabatowy nie jest jeszcze aktywny.',
  discountUsedUp: 'Tego kodu rabatowego nie można już użyć.',
  discountNotApplicable: 'Ten kod rabatowy nie dotyczy tego zamówienia.',
  billingCurrencyTitle: 'Waluta',
  payIn: (currency: string) => `Zapłać w ${currency}`,
  convertedFrom: (currency: string) => `Ceny przeliczone z ${currency} po kursie Dodo Payments.`,
  taxIdValid: (format: string) => `Prawidłowy ${format}`,
  taxIdRegistered: (name: string) => `zarejestrowany na ${name}`,
  taxIdInvalid: (reason: string) => `Ten numer podatkowy jest nieprawidłowy: ${reason}`,
  totalUpdated: (total: string) => `Suma zaktualizowana: ${total}`,
  totalChangedAtPay: (total: string) => `Łączna kwota zmieniła się na ${total}. Sprawdź zamówienie, a następnie zapłać ponownie.`,
  totalPendingAtPay: 'Łączna kwota jest aktualizowana. Sprawdź ją, gdy się pojawi, a następnie zapłać ponownie.',
  totalChargedOther: (total: string, read: string) => `Łączna kwota tej płatności to ${total}, a nie wyświetlone ${read}. Sprawdź ją, zanim przejdziesz do płatności.`,
} satisfies QuoteMessages;

export default quote;
