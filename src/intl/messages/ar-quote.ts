/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'ضريبة القيمة المضافة',
  tax_gst: 'ضريبة السلع والخدمات',
  tax_sales: 'ضريبة المبيعات',
  tax_jct: 'ضريبة الاستهلاك',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `شامل ${tax}`,
  discountLine: (code: string) => `الخصم (${code})`,
  apply: 'تطبيق',
  discountApplied: (code: string, saving: string) => `تم تطبيق ${code}: توفّر ${saving}`,
  removeDiscount: (code: string) => `إزالة ${code}`,
  discountUnknown: 'رمز الخصم غير موجود.',
  discountExpired: 'انتهت صلاحية رمز الخصم.',
  discountNotYetActive: 'رمز الخصم غير مُفعَّل بعد.',
  discountUsedUp: 'لم يعد رمز الخصم صالحًا.',
  discountNotApplicable: 'رمز الخصم لا ينطبق على طلبك.',
  billingCurrencyTitle: 'العملة',
  payIn: (currency: string) => `الدفع بـ ${currency}`,
  convertedFrom: (currency: string) => `الأسعار محوّلة من ${currency} بسعر Dodo Payments.`,
  taxIdValid: (format: string) => `${format} صالح`,
  taxIdRegistered: (name: string) => `مسجّل باسم ${name}`,
  taxIdInvalid: (reason: string) => `الرقم الضريبي غير صالح: ${reason}`,
  totalUpdated: (total: string) => `تم تحديث الإجمالي: ${total}`,
  totalChangedAtPay: (total: string) => `تغيّر الإجمالي إلى ${total}. راجع طلبك، ثم ادفع مرة أخرى.`,
  totalPendingAtPay: 'يجري تحديث الإجمالي. راجعه عند ظهوره، ثم ادفع مرة أخرى.',
  totalChargedOther: (total: string, read: string) => `إجمالي هذه الدفعة ${total}، وليس ${read} الذي عُرض عليك. راجعه قبل المتابعة إلى الدفع.`,
} satisfies QuoteMessages;

export default quote;
