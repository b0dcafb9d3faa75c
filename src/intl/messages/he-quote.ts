/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'מע״מ',
  tax_gst: 'GST',
  tax_sales: 'מס מכירה',
  tax_jct: 'מס צריכה',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `כולל ${tax}`,
  discountLine: (code: string) => `הנחה (${code})`,
  apply: 'החלה',
  discountApplied: (code: string, saving: string) => `${code} הוחל: חסכת ${saving}`,
  removeDiscount: (code: string) => `הסרת ${code}`,
  discountUnknown: 'קוד ההנחה הזה לא קיים.',
  discountExpired: 'תוקף קוד ההנחה הזה פג.',
  discountNotYetActive: 'קוד ההנחה הזה עדיין לא פעיל.',
  discountUsedUp: 'כבר אי אפשר להשתמש בקוד ההנחה הזה.',
  discountNotApplicable: 'קוד ההנחה הזה לא חל על ההזמנה הזו.',
  billingCurrencyTitle: 'מטבע',
  payIn: (currency: string) => `תשלום ב-${currency}`,
  convertedFrom: (currency: string) => `המחירים הומרו מ-${currency} לפי השער של Dodo Payments.`,
  taxIdValid: (format: string) => `${format} תקין`,
  taxIdRegistered: (name: string) => `רשום על שם ${name}`,
  taxIdInvalid: (reason: string) => `מספר המס הזה לא תקין: ${reason}`,
  totalUpdated: (total: string) => `הסכום הכולל עודכן: ${total}`,
  totalChangedAtPay: (total: string) => `הסכום הכולל השתנה ל-${total}. יש לבדוק את ההזמנה ולשלם שוב.`,
  totalPendingAtPay: 'הסכום הכולל מתעדכן. יש לבדוק אותו כשיוצג ולשלם שוב.',
  totalChargedOther: (total: string, read: string) => `הסכום הכולל של תשלום זה הוא ${total}, ולא ${read} כפי שהוצג. יש לבדוק אותו לפני המעבר לתשלום.`,
} satisfies QuoteMessages;

export default quote;
