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
  apply: 'Primeni',
  discountApplied: (code: string, saving: string) => `${code} primenjen: štedite ${saving}`,
  removeDiscount: (code: string) => `Ukloni ${code}`,
  discountUnknown: 'Ovaj kod za popust ne postoji.',
  discountExpired: 'Ovaj kod za popust je istekao.',
  discountNotYetActive: 'Ovaj kod za popust još nije aktivan.',
  discountUsedUp: 'Ovaj kod za popust više ne može da se koristi.',
  discountNotApplicable: 'Ovaj kod za popust ne važi za ovu porudžbinu.',
  billingCurrencyTitle: 'Valuta',
  payIn: (currency: string) => `Plati u ${currency}`,
  convertedFrom: (currency: string) => `Cene su preračunate iz ${currency} po kursu Dodo Payments.`,
  taxIdValid: (format: string) => `Važeći ${format}`,
  taxIdRegistered: (name: string) => `registrovan na ${name}`,
  taxIdInvalid: (reason: string) => `Ovaj poreski broj nije važeći: ${reason}`,
  totalUpdated: (total: string) => `Ukupan iznos ažuriran: ${total}`,
  totalChangedAtPay: (total: string) => `Ukupan iznos je promenjen na ${total}. Proverite porudžbinu, pa platite ponovo.`,
} satisfies QuoteMessages;

export default quote;
