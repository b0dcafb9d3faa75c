/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'mva.',
  tax_gst: 'GST',
  tax_sales: 'Omsetningsavgift',
  tax_jct: 'Forbruksavgift',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `inkl. ${tax}`,
  discountLine: (code: string) => `Rabatt (${code})`,
  apply: 'Bruk',
  discountApplied: (code: string, saving: string) => `${code} brukt: du sparer ${saving}`,
  removeDiscount: (code: string) => `Fjern ${code}`,
  discountUnknown: 'Denne rabattkoden finnes ikke.',
  discountExpired: 'Denne rabattkoden har utløpt.',
  discountNotYetActive: 'Denne rabattkoden er ikke aktiv ennå.',
  discountUsedUp: 'Denne rabattkoden kan ikke brukes lenger.',
  discountNotApplicable: 'Denne rabattkoden gjelder ikke for denne bestillingen.',
  billingCurrencyTitle: 'Valuta',
  payIn: (currency: string) => `Betal i ${currency}`,
  convertedFrom: (currency: string) => `Prisene er regnet om fra ${currency} til Dodo Payments' kurs.`,
  taxIdValid: (format: string) => `Gyldig ${format}`,
  taxIdRegistered: (name: string) => `registrert på ${name}`,
  taxIdInvalid: (reason: string) => `Dette skatte-ID-et er ikke gyldig: ${reason}`,
  totalUpdated: (total: string) => `Totalen er oppdatert: ${total}`,
  totalChangedAtPay: (total: string) => `Totalen er endret til ${total}. Sjekk bestillingen, og betal på nytt.`,
  totalPendingAtPay: 'Totalen oppdateres. Sjekk den når den vises, og betal på nytt.',
  totalChargedOther: (total: string, read: string) => `Totalen for denne betalingen er ${total}, ikke ${read} som ble vist. Sjekk den før du går videre til betaling.`,
} satisfies QuoteMessages;

export default quote;
