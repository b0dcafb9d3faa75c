/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: '增值税',
  tax_gst: 'GST',
  tax_sales: '销售税',
  tax_jct: '消费税',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `含${tax}`,
  discountLine: (code: string) => `折扣（${code}）`,
  apply: '使用',
  discountApplied: (code: string, saving: string) => `已使用 ${code}：节省 ${saving}`,
  removeDiscount: (code: string) => `移除 ${code}`,
  discountUnknown: '此优惠码不存在。',
  discountExpired: '此优惠码已过期。',
  discountNotYetActive: '此优惠码尚未生效。',
  discountUsedUp: '此优惠码已无法使用。',
  discountNotApplicable: '此优惠码不适用于此订单。',
  billingCurrencyTitle: '货币',
  payIn: (currency: string) => `以 ${currency} 付款`,
  convertedFrom: (currency: string) => `价格按 Dodo Payments 汇率从 ${currency} 换算。`,
  taxIdValid: (format: string) => `有效的${format}`,
  taxIdRegistered: (name: string) => `注册名称：${name}`,
  taxIdInvalid: (reason: string) => `此税号无效：${reason}`,
  totalUpdated: (total: string) => `总额已更新：${total}`,
  totalChangedAtPay: (total: string) => `总额已变为 ${total}。请核对订单后再次付款。`,
  totalPendingAtPay: '总额正在更新。显示后请核对，然后再次付款。',
  totalChargedOther: (total: string, read: string) => `此笔付款的总额为 ${total}，而不是之前显示的 ${read}。请在继续付款前核对。`,
} satisfies QuoteMessages;

export default quote;
