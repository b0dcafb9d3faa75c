/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'VAT',
  tax_gst: 'GST',
  tax_sales: '売上税',
  tax_jct: '消費税',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `${tax}込み`,
  discountLine: (code: string) => `割引 (${code})`,
  apply: '適用',
  discountApplied: (code: string, saving: string) => `${code} を適用しました: ${saving} 割引`,
  removeDiscount: (code: string) => `${code} を取り消す`,
  discountUnknown: 'この割引コードは存在しません。',
  discountExpired: 'この割引コードは期限切れです。',
  discountNotYetActive: 'この割引コードはまだ使えません。',
  discountUsedUp: 'この割引コードはもう使えません。',
  discountNotApplicable: 'このご注文には使えない割引コードです。',
  billingCurrencyTitle: '通貨',
  payIn: (currency: string) => `${currency} で支払う`,
  convertedFrom: (currency: string) => `${currency} から Dodo Payments のレートで換算した価格です。`,
  taxIdValid: (format: string) => `有効な ${format}`,
  taxIdRegistered: (name: string) => `登録名: ${name}`,
  taxIdInvalid: (reason: string) => `この税番号は無効です: ${reason}`,
  totalUpdated: (total: string) => `合計が更新されました: ${total}`,
  totalChangedAtPay: (total: string) => `合計が ${total} に変わりました。ご注文内容を確認してから、もう一度お支払いください。`,
  totalPendingAtPay: '合計を更新しています。表示されたら確認して、もう一度お支払いください。',
  totalChargedOther: (total: string, read: string) => `このお支払いの合計は ${total} で、表示されていた ${read} ではありません。お支払いに進む前にご確認ください。`,
} satisfies QuoteMessages;

export default quote;
