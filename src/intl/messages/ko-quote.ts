/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: '부가가치세',
  tax_gst: 'GST',
  tax_sales: '판매세',
  tax_jct: '소비세',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `${tax} 포함`,
  discountLine: (code: string) => `할인 (${code})`,
  apply: '적용',
  discountApplied: (code: string, saving: string) => `${code} 적용됨: ${saving} 절약`,
  removeDiscount: (code: string) => `${code} 삭제`,
  discountUnknown: '존재하지 않는 할인 코드입니다.',
  discountExpired: '만료된 할인 코드입니다.',
  discountNotYetActive: '아직 사용할 수 없는 할인 코드입니다.',
  discountUsedUp: '더 이상 사용할 수 없는 할인 코드입니다.',
  discountNotApplicable: '이 주문에는 사용할 수 없는 할인 코드입니다.',
  billingCurrencyTitle: '통화',
  payIn: (currency: string) => `${currency}(으)로 결제`,
  convertedFrom: (currency: string) => `가격은 Dodo Payments 환율로 ${currency}에서 환산되었습니다.`,
  taxIdValid: (format: string) => `유효한 ${format}`,
  taxIdRegistered: (name: string) => `등록 명의: ${name}`,
  taxIdInvalid: (reason: string) => `유효하지 않은 세금 ID입니다: ${reason}`,
  totalUpdated: (total: string) => `합계 업데이트: ${total}`,
  totalChangedAtPay: (total: string) => `총액이 ${total}(으)로 변경되었습니다. 주문을 확인한 후 다시 결제하세요.`,
  totalPendingAtPay: '총액을 업데이트하는 중입니다. 표시되면 확인한 후 다시 결제하세요.',
  totalChargedOther: (total: string, read: string) => `이 결제의 총액은 표시된 ${read}이(가) 아닌 ${total}입니다. 결제를 계속하기 전에 확인하세요.`,
} satisfies QuoteMessages;

export default quote;
