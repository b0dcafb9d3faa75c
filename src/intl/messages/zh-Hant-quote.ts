/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: '加值稅',
  tax_gst: 'GST',
  tax_sales: '銷售稅',
  tax_jct: '消費稅',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `含${tax}`,
  discountLine: (code: string) => `折扣（${code}）`,
  apply: '套用',
  discountApplied: (code: string, saving: string) => `已套用 ${code}：節省 ${saving}`,
  removeDiscount: (code: string) => `移除 ${code}`,
  discountUnknown: '此折扣碼不存在。',
  discountExpired: '此折扣碼已過期。',
  discountNotYetActive: '此折扣碼尚未生效。',
  discountUsedUp: '此折扣碼已無法使用。',
  discountNotApplicable: '此折扣碼不適用於此訂單。',
  billingCurrencyTitle: '貨幣',
  payIn: (currency: string) => `以 ${currency} 付款`,
  convertedFrom: (currency: string) => `價格依 Dodo Payments 匯率從 ${currency} 換算。`,
  taxIdValid: (format: string) => `有效的${format}`,
  taxIdRegistered: (name: string) => `登記名稱：${name}`,
  taxIdInvalid: (reason: string) => `此稅號無效：${reason}`,
  totalUpdated: (total: string) => `總額已更新：${total}`,
  totalChangedAtPay: (total: string) => `總額已變更為 ${total}。請確認訂單後再次付款。`,
  totalPendingAtPay: '總額正在更新。顯示後請確認，然後再次付款。',
  totalChargedOther: (total: string, read: string) => `此筆付款的總額為 ${total}，而非先前顯示的 ${read}。請在繼續付款前確認。`,
} satisfies QuoteMessages;

export default quote;
