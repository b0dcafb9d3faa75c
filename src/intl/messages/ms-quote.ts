/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'VAT',
  tax_gst: 'GST',
  tax_sales: 'Cukai jualan',
  tax_jct: 'Cukai penggunaan',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `termasuk ${tax}`,
  discountLine: (code: string) => `Diskaun (${code})`,
  apply: 'Guna',
  discountApplied: (code: string, saving: string) => `${code} digunakan: anda jimat ${saving}`,
  removeDiscount: (code: string) => `Buang ${code}`,
  discountUnknown: 'Kod diskaun ini tidak wujud.',
  discountExpired: 'Kod diskaun ini telah tamat tempoh.',
  discountNotYetActive: 'Kod diskaun ini belum aktif.',
  discountUsedUp: 'Kod diskaun ini tidak boleh digunakan lagi.',
  discountNotApplicable: 'Kod diskaun ini tidak sah untuk pesanan ini.',
  billingCurrencyTitle: 'Mata wang',
  payIn: (currency: string) => `Bayar dalam ${currency}`,
  convertedFrom: (currency: string) => `Harga ditukar daripada ${currency} pada kadar Dodo Payments.`,
  taxIdValid: (format: string) => `${format} sah`,
  taxIdRegistered: (name: string) => `didaftarkan atas nama ${name}`,
  taxIdInvalid: (reason: string) => `ID cukai ini tidak sah: ${reason}`,
  totalUpdated: (total: string) => `Jumlah dikemas kini: ${total}`,
  totalChangedAtPay: (total: string) => `Jumlah telah berubah kepada ${total}. Semak pesanan anda, kemudian bayar sekali lagi.`,
  totalPendingAtPay: 'Jumlah sedang dikemas kini. Semak apabila ia dipaparkan, kemudian bayar sekali lagi.',
  totalChargedOther: (total: string, read: string) => `Jumlah pembayaran ini ialah ${total}, bukan ${read} seperti yang dipaparkan. Semaknya sebelum anda meneruskan ke pembayaran.`,
} satisfies QuoteMessages;

export default quote;
