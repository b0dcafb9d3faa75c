/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'PDV',
  tax_gst: 'GST',
  tax_sales: 'Porez na promet',
  tax_jct: 'Porez na potrošnju',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `uklj. ${tax}`,
  discountLine: (code: string) => `Popust (${code})`,
  apply: 'Primijeni',
  discountApplied: (code: string, saving: string) => `${code} primijenjen: štedite ${saving}`,
  removeDiscount: (code: string) => `Ukloni ${code}`,
  discountUnknown: 'Ovaj kôd za popust ne postoji.',
  discountExpired: 'Ovaj kôd za popust je istekao.',
  discountNotYetActive: 'Ovaj kôd za popust još nije aktivan.',
  discountUsedUp: 'Ovaj kôd za popust više se ne može koristiti.',
  discountNotApplicable: 'Ovaj kôd za popust ne vrijedi za ovu narudžbu.',
  billingCurrencyTitle: 'Valuta',
  payIn: (currency: string) => `Plati u ${currency}`,
  convertedFrom: (currency: string) => `Cijene su preračunate iz ${currency} po tečaju Dodo Paymentsa.`,
  taxIdValid: (format: string) => `Valjan ${format}`,
  taxIdRegistered: (name: string) => `registriran na ${name}`,
  taxIdInvalid: (reason: string) => `Ovaj porezni broj nije valjan: ${reason}`,
  totalUpdated: (total: string) => `Ukupni iznos ažuriran: ${total}`,
  totalChangedAtPay: (total: string) => `Ukupni iznos promijenio se na ${total}. Provjerite narudžbu, a zatim ponovno platite.`,
  totalPendingAtPay: 'Ukupni iznos se ažurira. Provjerite ga kad se prikaže, a zatim ponovno platite.',
  totalChargedOther: (total: string, read: string) => `Ukupni iznos ovog plaćanja je ${total}, a ne prikazanih ${read}. Provjerite ga prije nego što nastavite na plaćanje.`,
} satisfies QuoteMessages;

export default quote;
