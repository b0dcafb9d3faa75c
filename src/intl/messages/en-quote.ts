/**
 * The live quote's English messages, the reference of every language's `<lang>-quote.ts`. They
 * load with the quote module (src/quote/quote-messages.ts), which adds them to the element's
 * messages when it arrives, so the first render does not carry them; another language's load with
 * that language's messages (intl/data-loader.ts).
 */
const enQuote = {
  tax_vat: 'VAT',
  tax_gst: 'GST',
  tax_sales: 'Sales tax',
  tax_jct: 'Consumption tax',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `incl. ${tax}`,
  discountLine: (code: string) => `Discount (${code})`,
  apply: 'Apply',
  discountApplied: (code: string, saving: string) => `${code} applied: you save ${saving}`,
  removeDiscount: (code: string) => `Remove ${code}`,
  discountUnknown: 'This discount code does not exist.',
  discountExpired: 'This discount code has expired.',
  discountNotYetActive: 'This discount code is not active yet.',
  discountUsedUp: 'This discount code can no longer be used.',
  discountNotApplicable: 'This discount code does not apply to this order.',
  billingCurrencyTitle: 'Currency',
  payIn: (currency: string) => `Pay in ${currency}`,
  convertedFrom: (currency: string) => `Prices converted from ${currency} at the rate of Dodo Payments, our merchant of record.`,
  taxIdValid: (format: string) => `Valid ${format}`,
  taxIdRegistered: (name: string) => `registered to ${name}`,
  taxIdInvalid: (reason: string) => `This tax ID is not valid: ${reason}`,
  totalUpdated: (total: string) => `Total updated: ${total}`,
  totalChangedAtPay: (total: string) => `The total changed to ${total}. Check your order, then pay again.`,
  totalPendingAtPay: 'The total is being updated. Check it once it shows, then pay again.',
  totalChargedOther: (total: string, read: string) => `This payment's total is ${total}, not the ${read} you were shown. Check it before you continue to payment.`,
};

export type QuoteMessages = typeof enQuote;
export default enQuote;
