/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'VAT',
  tax_gst: 'GST',
  tax_sales: 'Sales tax',
  tax_jct: 'Consumption tax',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `kasama ang ${tax}`,
  discountLine: (code: string) => `Diskwento (${code})`,
  apply: 'Gamitin',
  discountApplied: (code: string, saving: string) => `Nagamit ang ${code}: makakatipid ka ng ${saving}`,
  removeDiscount: (code: string) => `Alisin ang ${code}`,
  discountUnknown: 'Walang ganitong discount code.',
  discountExpired: 'Expired na ang discount code na ito.',
  discountNotYetActive: 'Hindi pa aktibo ang discount code na ito.',
  discountUsedUp: 'Hindi na magagamit ang discount code na ito.',
  discountNotApplicable: 'Hindi puwede ang discount code na ito sa order na ito.',
  billingCurrencyTitle: 'Currency',
  payIn: (currency: string) => `Magbayad sa ${currency}`,
  convertedFrom: (currency: string) => `Na-convert ang mga presyo mula sa ${currency} sa rate ng Dodo Payments.`,
  taxIdValid: (format: string) => `Valid na ${format}`,
  taxIdRegistered: (name: string) => `nakarehistro kay ${name}`,
  taxIdInvalid: (reason: string) => `Hindi valid ang tax ID na ito: ${reason}`,
  totalUpdated: (total: string) => `Na-update ang kabuuan: ${total}`,
  totalChangedAtPay: (total: string) => `Nagbago ang kabuuan sa ${total}. Suriin ang iyong order, saka magbayad muli.`,
  totalPendingAtPay: 'Ina-update ang kabuuan. Suriin ito kapag lumabas na, saka magbayad muli.',
  totalChargedOther: (total: string, read: string) => `Ang kabuuan ng bayad na ito ay ${total}, hindi ang ipinakitang ${read}. Suriin ito bago magpatuloy sa pagbabayad.`,
} satisfies QuoteMessages;

export default quote;
