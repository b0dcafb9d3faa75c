/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'IVA',
  tax_gst: 'GST',
  tax_sales: 'Impost sobre les vendes',
  tax_jct: 'Impost sobre el consum',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `${tax} inclòs`,
  discountLine: (code: string) => `Descompte (${code})`,
  apply: 'Aplica',
  discountApplied: (code: string, saving: string) => `${code} aplicat: estalvies ${saving}`,
  removeDiscount: (code: string) => `Treu ${code}`,
  discountUnknown: 'Aquest codi de descompte no existeix.',
  discountExpired: 'Aquest codi de descompte ha caducat.',
  discountNotYetActive: 'Aquest codi de descompte encara no és actiu.',
  discountUsedUp: 'Aquest codi de descompte ja no es pot fer servir.',
  discountNotApplicable: 'Aquest codi de descompte no s\'aplica a aquesta comanda.',
  billingCurrencyTitle: 'Moneda',
  payIn: (currency: string) => `Paga en ${currency}`,
  convertedFrom: (currency: string) => `Preus convertits de ${currency} al canvi de Dodo Payments.`,
  taxIdValid: (format: string) => `${format} vàlid`,
  taxIdRegistered: (name: string) => `registrat a nom de ${name}`,
  taxIdInvalid: (reason: string) => `Aquest número fiscal no és vàlid: ${reason}`,
  totalUpdated: (total: string) => `Total actualitzat: ${total}`,
  totalChangedAtPay: (total: string) => `El total ha canviat a ${total}. Revisa la comanda i torna a pagar.`,
  totalPendingAtPay: 'El total s’està actualitzant. Revisa’l quan aparegui i torna a pagar.',
  totalChargedOther: (total: string, read: string) => `El total d’aquest pagament és ${total}, no els ${read} que es mostraven. Revisa’l abans de continuar al pagament.`,
} satisfies QuoteMessages;

export default quote;
