/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'PPN',
  tax_gst: 'GST',
  tax_sales: 'Pajak penjualan',
  tax_jct: 'Pajak konsumsi',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `termasuk ${tax}`,
  discountLine: (code: string) => `Diskon (${code})`,
  apply: 'Terapkan',
  discountApplied: (code: string, saving: string) => `${code} diterapkan: Anda hemat ${saving}`,
  removeDiscount: (code: string) => `Hapus ${code}`,
  discountUnknown: 'Kode diskon ini tidak ada.',
  discountExpired: 'Kode diskon ini sudah kedaluwarsa.',
  discountNotYetActive: 'Kode diskon ini belum aktif.',
  discountUsedUp: 'Kode diskon ini tidak dapat digunakan lagi.',
  discountNotApplicable: 'Kode diskon ini tidak berlaku untuk pesanan ini.',
  billingCurrencyTitle: 'Mata uang',
  payIn: (currency: string) => `Bayar dalam ${currency}`,
  convertedFrom: (currency: string) => `Harga dikonversi dari ${currency} dengan kurs Dodo Payments.`,
  taxIdValid: (format: string) => `${format} valid`,
  taxIdRegistered: (name: string) => `terdaftar atas nama ${name}`,
  taxIdInvalid: (reason: string) => `ID pajak ini tidak valid: ${reason}`,
  totalUpdated: (total: string) => `Total diperbarui: ${total}`,
  totalChangedAtPay: (total: string) => `Total berubah menjadi ${total}. Periksa pesanan Anda, lalu bayar lagi.`,
  totalPendingAtPay: 'Total sedang diperbarui. Periksa setelah muncul, lalu bayar lagi.',
  totalChargedOther: (total: string, read: string) => `Total pembayaran ini adalah ${total}, bukan ${read} seperti yang ditampilkan. Periksa sebelum melanjutkan ke pembayaran.`,
} satisfies QuoteMessages;

export default quote;
