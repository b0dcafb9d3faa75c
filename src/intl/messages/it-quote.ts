/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'IVA',
  tax_gst: 'GST',
  tax_sales: 'Imposta sulle vendite',
  tax_jct: 'Imposta sui consumi',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `${tax} inclusa`,
  discountLine: (code: string) => `Sconto (${code})`,
  apply: 'Applica',
  discountApplied: (code: string, saving: string) => `${code} applicato: risparmi ${saving}`,
  removeDiscount: (code: string) => `Rimuovi ${code}`,
  discountUnknown: 'Questo codice sconto non esiste.',
  discountExpired: 'Questo codice sconto è scaduto.',
  discountNotYetActive: 'Questo codice sconto non è ancora attivo.',
  discountUsedUp: 'Questo codice sconto non può più essere usato.',
  discountNotApplicable: 'Questo codice sconto non vale per questo ordine.',
  billingCurrencyTitle: 'Valuta',
  payIn: (currency: string) => `Paga in ${currency}`,
  convertedFrom: (currency: string) => `Prezzi convertiti da ${currency} al cambio di Dodo Payments.`,
  taxIdValid: (format: string) => `${format} valido`,
  taxIdRegistered: (name: string) => `registrato a nome di ${name}`,
  taxIdInvalid: (reason: string) => `Questo codice fiscale non è valido: ${reason}`,
  totalUpdated: (total: string) => `Totale aggiornato: ${total}`,
  totalChangedAtPay: (total: string) => `Il totale è cambiato in ${total}. Controlla l’ordine, poi paga di nuovo.`,
  totalPendingAtPay: 'Il totale è in aggiornamento. Controllalo quando compare, poi paga di nuovo.',
  totalChargedOther: (total: string, read: string) => `Il totale di questo pagamento è ${total}, non ${read} come mostrato. Controllalo prima di procedere al pagamento.`,
} satisfies QuoteMessages;

export default quote;
