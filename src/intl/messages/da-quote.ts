/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'moms',
  tax_gst: 'GST',
  tax_sales: 'Salgsafgift',
  tax_jct: 'Forbrugsafgift',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `inkl. ${tax}`,
  discountLine: (code: string) => `Rabat (${code})`,
  apply: 'Anvend',
  discountApplied: (code: string, saving: string) => `${code} anvendt: du sparer ${saving}`,
  removeDiscount: (code: string) => `Fjern ${code}`,
  discountUnknown: 'Denne rabatkode findes ikke.',
  discountExpired: 'Denne rabatkode er udløbet.',
  discountNotYetActive: 'Denne rabatkode er ikke aktiv endnu.',
  discountUsedUp: 'Denne rabatkode kan ikke længere bruges.',
  discountNotApplicable: 'Denne rabatkode gælder ikke for denne ordre.',
  billingCurrencyTitle: 'Valuta',
  payIn: (currency: string) => `Betal i ${currency}`,
  convertedFrom: (currency: string) => `Priserne er omregnet fra ${currency} til Dodo Payments' kurs.`,
  taxIdValid: (format: string) => `Gyldigt ${format}`,
  taxIdRegistered: (name: string) => `registreret til ${name}`,
  taxIdInvalid: (reason: string) => `Dette skatte-id er ikke gyldigt: ${reason}`,
  totalUpdated: (total: string) => `Totalen er opdateret: ${total}`,
  totalChangedAtPay: (total: string) => `Totalen er ændret til ${total}. Tjek din ordre, og betal igen.`,
  totalPendingAtPay: 'Totalen bliver opdateret. Tjek den, når den vises, og betal igen.',
  totalChargedOther: (total: string, read: string) => `Totalen for denne betaling er ${total}, ikke de viste ${read}. Tjek den, før du fortsætter til betaling.`,
} satisfies QuoteMessages;

export default quote;
