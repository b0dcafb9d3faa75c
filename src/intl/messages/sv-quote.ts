/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'moms',
  tax_gst: 'GST',
  tax_sales: 'Försäljningsskatt',
  tax_jct: 'Konsumtionsskatt',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `inkl. ${tax}`,
  discountLine: (code: string) => `Rabatt (${code})`,
  apply: 'Använd',
  discountApplied: (code: string, saving: string) => `${code} används: du sparar ${saving}`,
  removeDiscount: (code: string) => `Ta bort ${code}`,
  discountUnknown: 'Rabattkoden finns inte.',
  discountExpired: 'Rabattkoden har gått ut.',
  discountNotYetActive: 'Rabattkoden gäller inte än.',
  discountUsedUp: 'Rabattkoden kan inte användas längre.',
  discountNotApplicable: 'Rabattkoden gäller inte för den här beställningen.',
  billingCurrencyTitle: 'Valuta',
  payIn: (currency: string) => `Betala i ${currency}`,
  convertedFrom: (currency: string) => `Priserna är omräknade från ${currency} till Dodo Payments kurs (vår återförsäljare).`,
  taxIdValid: (format: string) => `Giltigt ${format}`,
  taxIdRegistered: (name: string) => `registrerat på ${name}`,
  taxIdInvalid: (reason: string) => `Skatte-id:t är inte giltigt: ${reason}`,
  totalUpdated: (total: string) => `Totalen är uppdaterad: ${total}`,
  totalChangedAtPay: (total: string) => `Totalen ändrades till ${total}. Kontrollera din beställning och betala sedan igen.`,
  totalPendingAtPay: 'Totalen uppdateras. Kontrollera den när den visas och betala sedan igen.',
  totalChargedOther: (total: string, read: string) => `Totalen för den här betalningen är ${total}, inte de visade ${read}. Kontrollera den innan du går vidare till betalningen.`,
} satisfies QuoteMessages;

export default quote;
