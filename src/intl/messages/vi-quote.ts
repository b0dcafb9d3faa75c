/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'VAT',
  tax_gst: 'GST',
  tax_sales: 'Thuế bán hàng',
  tax_jct: 'Thuế tiêu dùng',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `gồm ${tax}`,
  discountLine: (code: string) => `Giảm giá (${code})`,
  apply: 'Áp dụng',
  discountApplied: (code: string, saving: string) => `Đã áp dụng ${code}: bạn tiết kiệm ${saving}`,
  removeDiscount: (code: string) => `Gỡ ${code}`,
  discountUnknown: 'Mã giảm giá này không tồn tại.',
  discountExpired: 'Mã giảm giá này đã hết hạn.',
  discountNotYetActive: 'Mã giảm giá này chưa có hiệu lực.',
  discountUsedUp: 'Mã giảm giá này không thể dùng nữa.',
  discountNotApplicable: 'Mã giảm giá này không áp dụng cho đơn hàng này.',
  billingCurrencyTitle: 'Tiền tệ',
  payIn: (currency: string) => `Thanh toán bằng ${currency}`,
  convertedFrom: (currency: string) => `Giá được quy đổi từ ${currency} theo tỷ giá của Dodo Payments.`,
  taxIdValid: (format: string) => `${format} hợp lệ`,
  taxIdRegistered: (name: string) => `đăng ký cho ${name}`,
  taxIdInvalid: (reason: string) => `Mã số thuế này không hợp lệ: ${reason}`,
  totalUpdated: (total: string) => `Đã cập nhật tổng: ${total}`,
  totalChangedAtPay: (total: string) => `Tổng tiền đã đổi thành ${total}. Hãy kiểm tra đơn hàng rồi thanh toán lại.`,
  totalPendingAtPay: 'Tổng tiền đang được cập nhật. Hãy kiểm tra khi hiển thị rồi thanh toán lại.',
  totalChargedOther: (total: string, read: string) => `Tổng tiền của khoản thanh toán này là ${total}, không phải ${read} như đã hiển thị. Hãy kiểm tra trước khi tiếp tục thanh toán.`,
} satisfies QuoteMessages;

export default quote;
