/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'DPH',
  tax_gst: 'GST',
  tax_sales: 'Daň z predaja',
  tax_jct: 'Spotrebná daň',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `vr. ${tax}`,
  discountLine: (code: string) => `Zľava (${code})`,
  apply: 'Použiť',
  discountApplied: (code: string, saving: string) => `${code} použitý: ušetríte ${saving}`,
  removeDiscount: (code: string) => `Odstrániť ${code}`,
  discountUnknown: 'Tento zľavový kód neexistuje.',
  discountExpired: 'Platnosť tohto zľavového kódu vypršala.',
  discountNotYetActive: 'Tento zľavový kód ešte nie je aktívny.',
  discountUsedUp: 'Tento zľavový kód už nemožno použiť.',
  discountNotApplicable: 'Tento zľavový kód neplatí pre túto objednávku.',
  billingCurrencyTitle: 'Mena',
  payIn: (currency: string) => `Zaplatiť v ${currency}`,
  convertedFrom: (currency: string) => `Ceny sú prepočítané z ${currency} kurzom Dodo Payments.`,
  taxIdValid: (format: string) => `Platné ${format}`,
  taxIdRegistered: (name: string) => `registrované na ${name}`,
  taxIdInvalid: (reason: string) => `Toto daňové číslo nie je platné: ${reason}`,
  totalUpdated: (total: string) => `Celková suma aktualizovaná: ${total}`,
  totalChangedAtPay: (total: string) => `Celková suma sa zmenila na ${total}. Skontrolujte objednávku a zaplaťte znova.`,
  totalPendingAtPay: 'Celková suma sa aktualizuje. Keď sa zobrazí, skontrolujte ju a zaplaťte znova.',
  totalChargedOther: (total: string, read: string) => `Celková suma tejto platby je ${total}, a nie zobrazených ${read}. Skontrolujte ju skôr, než budete pokračovať k platbe.`,
} satisfies QuoteMessages;

export default quote;
