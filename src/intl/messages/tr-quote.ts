/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'KDV',
  tax_gst: 'GST',
  tax_sales: 'Satış vergisi',
  tax_jct: 'Tüketim vergisi',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `${tax} dahil`,
  discountLine: (code: string) => `İndirim (${code})`,
  apply: 'Uygula',
  discountApplied: (code: string, saving: string) => `${code} uygulandı: ${saving} tasarruf`,
  removeDiscount: (code: string) => `${code} kaldır`,
  discountUnknown: 'Bu indirim kodu yok.',
  discountExpired: 'Bu indirim kodunun süresi doldu.',
  discountNotYetActive: 'Bu indirim kodu henüz etkin değil.',
  discountUsedUp: 'Bu indirim kodu artık kullanılamaz.',
  discountNotApplicable: 'Bu indirim kodu bu sipariş için geçerli değil.',
  billingCurrencyTitle: 'Para birimi',
  payIn: (currency: string) => `${currency} ile öde`,
  convertedFrom: (currency: string) => `Fiyatlar ${currency} biriminden Dodo Payments kuruyla çevrildi.`,
  taxIdValid: (format: string) => `Geçerli ${format}`,
  taxIdRegistered: (name: string) => `kayıtlı: ${name}`,
  taxIdInvalid: (reason: string) => `Bu vergi numarası geçerli değil: ${reason}`,
  totalUpdated: (total: string) => `Toplam güncellendi: ${total}`,
  totalChangedAtPay: (total: string) => `Toplam ${total} olarak değişti. Siparişinizi kontrol edip yeniden ödeyin.`,
  totalPendingAtPay: 'Toplam güncelleniyor. Göründüğünde kontrol edip yeniden ödeyin.',
  totalChargedOther: (total: string, read: string) => `Bu ödemenin toplamı gösterilen ${read} değil, ${total}. Ödemeye devam etmeden önce kontrol edin.`,
} satisfies QuoteMessages;

export default quote;
