/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'DPH',
  tax_gst: 'GST',
  tax_sales: 'Daň z prodeje',
  tax_jct: 'Spotřební daň',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `vč. ${tax}`,
  discountLine: (code: string) => `Sleva (${code})`,
  apply: 'Použít',
  discountApplied: (code: string, saving: string) => `${code} použit: ušetříte ${saving}`,
  removeDiscount: (code: string) => `Odebrat ${code}`,
  discountUnknown: 'Tento slevový kód neexistuje.',
  discountExpired: 'Platnost tohoto slevového kódu vypršela.',
  discountNotYetActive: 'Tento slevový kód ještě není aktivní.',
  discountUsedUp: 'Tento slevový kód už nelze použít.',
  discountNotApplicable: 'Tento slevový kód neplatí pro tuto objednávku.',
  billingCurrencyTitle: 'Měna',
  payIn: (currency: string) => `Zaplatit v ${currency}`,
  convertedFrom: (currency: string) => `Ceny převedeny z ${currency} kurzem Dodo Payments.`,
  taxIdValid: (format: string) => `Platné ${format}`,
  taxIdRegistered: (name: string) => `registrováno na ${name}`,
  taxIdInvalid: (reason: string) => `Toto daňové číslo není platné: ${reason}`,
  totalUpdated: (total: string) => `Celková částka aktualizována: ${total}`,
  totalChangedAtPay: (total: string) => `Celková částka se změnila na ${total}. Zkontrolujte objednávku a zaplaťte znovu.`,
  totalPendingAtPay: 'Celková částka se aktualizuje. Až se zobrazí, zkontrolujte ji a zaplaťte znovu.',
  totalChargedOther: (total: string, read: string) => `Celková částka této platby je ${total}, a ne zobrazených ${read}. Zkontrolujte ji, než budete pokračovat k platbě.`,
} satisfies QuoteMessages;

export default quote;
