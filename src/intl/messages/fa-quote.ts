/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'مالیات بر ارزش افزوده',
  tax_gst: 'GST',
  tax_sales: 'مالیات فروش',
  tax_jct: 'مالیات مصرف',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `شامل ${tax}`,
  discountLine: (code: string) => `تخفیف (${code})`,
  apply: 'اعمال',
  discountApplied: (code: string, saving: string) => `${code} اعمال شد: ${saving} صرفه‌جویی می‌کنید`,
  removeDiscount: (code: string) => `حذف ${code}`,
  discountUnknown: 'این کد تخفیف وجود ندارد.',
  discountExpired: 'این کد تخفیف منقضی شده است.',
  discountNotYetActive: 'این کد تخفیف هنوز فعال نیست.',
  discountUsedUp: 'دیگر نمی‌توان از این کد تخفیف استفاده کرد.',
  discountNotApplicable: 'این کد تخفیف برای این سفارش معتبر نیست.',
  billingCurrencyTitle: 'ارز',
  payIn: (currency: string) => `پرداخت به ${currency}`,
  convertedFrom: (currency: string) => `قیمت‌ها از ${currency} با نرخ Dodo Payments تبدیل شده‌اند.`,
  taxIdValid: (format: string) => `${format} معتبر`,
  taxIdRegistered: (name: string) => `ثبت‌شده به نام ${name}`,
  taxIdInvalid: (reason: string) => `این شناسه مالیاتی معتبر نیست: ${reason}`,
  totalUpdated: (total: string) => `مبلغ کل به‌روز شد: ${total}`,
  totalChangedAtPay: (total: string) => `مبلغ کل به ${total} تغییر کرد. سفارش خود را بررسی کنید و دوباره پرداخت کنید.`,
  totalPendingAtPay: 'مبلغ کل در حال به‌روزرسانی است. وقتی نمایش داده شد آن را بررسی کنید و دوباره پرداخت کنید.',
  totalChargedOther: (total: string, read: string) => `مبلغ کل این پرداخت ${total} است، نه ${read} که نمایش داده شد. پیش از ادامه به پرداخت آن را بررسی کنید.`,
} satisfies QuoteMessages;

export default quote;
