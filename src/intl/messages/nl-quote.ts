/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'btw',
  tax_gst: 'GST',
  tax_sales: 'Omzetbelasting',
  tax_jct: 'Verbruiksbelasting',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `incl. ${tax}`,
  discountLine: (code: string) => `Korting (${code})`,
  apply: 'Toepassen',
  discountApplied: (code: string, saving: string) => `${code} toegepast: je bespaart ${saving}`,
  removeDiscount: (code: string) => `${code} verwijderen`,
  discountUnknown: 'Deze kortingscode bestaat niet.',
  discountExpired: 'Deze kortingscode is verlopen.',
  discountNotYetActive: 'Deze kortingscode is nog niet geldig.',
  discountUsedUp: 'Deze kortingscode kan niet meer worden gebruikt.',
  discountNotApplicable: 'Deze kortingscode geldt niet voor deze bestelling.',
  billingCurrencyTitle: 'Valuta',
  payIn: (currency: string) => `Betalen in ${currency}`,
  convertedFrom: (currency: string) => `Prijzen omgerekend uit ${currency} tegen de koers van Dodo Payments, onze officiële verkoper.`,
  taxIdValid: (format: string) => `Geldig ${format}`,
  taxIdRegistered: (name: string) => `geregistreerd op naam van ${name}`,
  taxIdInvalid: (reason: string) => `Dit belastingnummer is niet geldig: ${reason}`,
  totalUpdated: (total: string) => `Totaal bijgewerkt: ${total}`,
  totalChangedAtPay: (total: string) => `Het totaal is gewijzigd in ${total}. Controleer je bestelling en betaal opnieuw.`,
  totalPendingAtPay: 'Het totaal wordt bijgewerkt. Controleer het zodra het verschijnt en betaal opnieuw.',
  totalChargedOther: (total: string, read: string) => `Het totaal van deze betaling is ${total}, niet de getoonde ${read}. Controleer het voordat je doorgaat naar de betaling.`,
} satisfies QuoteMessages;

export default quote;
