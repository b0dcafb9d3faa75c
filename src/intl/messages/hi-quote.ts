/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'VAT',
  tax_gst: 'GST',
  tax_sales: 'बिक्री कर',
  tax_jct: 'उपभोग कर',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `${tax} सहित`,
  discountLine: (code: string) => `छूट (${code})`,
  apply: 'लागू करें',
  discountApplied: (code: string, saving: string) => `${code} लागू हुआ: आप ${saving} बचाते हैं`,
  removeDiscount: (code: string) => `${code} हटाएँ`,
  discountUnknown: 'यह डिस्काउंट कोड मौजूद नहीं है।',
  discountExpired: 'यह डिस्काउंट कोड समाप्त हो गया है।',
  discountNotYetActive: 'यह डिस्काउंट कोड अभी सक्रिय नहीं है।',
  discountUsedUp: 'यह डिस्काउंट कोड अब इस्तेमाल नहीं हो सकता।',
  discountNotApplicable: 'यह डिस्काउंट कोड इस ऑर्डर पर लागू नहीं होता।',
  billingCurrencyTitle: 'मुद्रा',
  payIn: (currency: string) => `${currency} में भुगतान करें`,
  convertedFrom: (currency: string) => `कीमतें ${currency} से Dodo Payments की दर पर बदली गई हैं।`,
  taxIdValid: (format: string) => `मान्य ${format}`,
  taxIdRegistered: (name: string) => `${name} के नाम पंजीकृत`,
  taxIdInvalid: (reason: string) => `यह टैक्स आईडी मान्य नहीं है: ${reason}`,
  totalUpdated: (total: string) => `कुल राशि अपडेट हुई: ${total}`,
  totalChangedAtPay: (total: string) => `कुल राशि बदलकर ${total} हो गई है। अपना ऑर्डर जाँचें, फिर दोबारा भुगतान करें।`,
  totalPendingAtPay: 'कुल राशि अपडेट हो रही है। दिखने पर उसे जाँचें, फिर दोबारा भुगतान करें।',
  totalChargedOther: (total: string, read: string) => `इस भुगतान की कुल राशि ${total} है, दिखाई गई ${read} नहीं। भुगतान पर आगे बढ़ने से पहले इसे जाँचें।`,
} satisfies QuoteMessages;

export default quote;
