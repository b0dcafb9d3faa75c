/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'MwSt.',
  tax_gst: 'GST',
  tax_sales: 'Umsatzsteuer',
  tax_jct: 'Verbrauchsteuer',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `inkl. ${tax}`,
  discountLine: (code: string) => `Rabatt (${code})`,
  apply: 'Einlösen',
  discountApplied: (code: string, saving: string) => `${code} eingelöst: Sie sparen ${saving}`,
  removeDiscount: (code: string) => `${code} entfernen`,
  discountUnknown: 'Diesen Rabattcode gibt es nicht.',
  discountExpired: 'Dieser Rabattcode ist abgelaufen.',
  discountNotYetActive: 'Dieser Rabattcode ist noch nicht gültig.',
  discountUsedUp: 'Dieser Rabattcode kann nicht mehr eingelöst werden.',
  discountNotApplicable: 'Dieser Rabattcode gilt nicht für diese Bestellung.',
  billingCurrencyTitle: 'Währung',
  payIn: (currency: string) => `In ${currency} zahlen`,
  convertedFrom: (currency: string) => `Preise aus ${currency} umgerechnet zum Kurs von Dodo Payments, unserem Verkäufer.`,
  taxIdValid: (format: string) => `Gültige ${format}`,
  taxIdRegistered: (name: string) => `registriert für ${name}`,
  taxIdInvalid: (reason: string) => `Diese Steuernummer ist ungültig: ${reason}`,
  totalUpdated: (total: string) => `Gesamtbetrag aktualisiert: ${total}`,
  totalChangedAtPay: (total: string) => `Der Gesamtbetrag hat sich auf ${total} geändert. Prüfen Sie Ihre Bestellung und zahlen Sie dann erneut.`,
  totalPendingAtPay: 'Der Gesamtbetrag wird aktualisiert. Prüfen Sie ihn, sobald er angezeigt wird, und zahlen Sie dann erneut.',
  totalChargedOther: (total: string, read: string) => `Der Gesamtbetrag dieser Zahlung ist ${total}, nicht die angezeigten ${read}. Prüfen Sie ihn, bevor Sie mit der Zahlung fortfahren.`,
} satisfies QuoteMessages;

export default quote;
