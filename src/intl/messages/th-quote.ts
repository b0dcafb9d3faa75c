/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'VAT',
  tax_gst: 'GST',
  tax_sales: 'ภาษีการขาย',
  tax_jct: 'ภาษีการบริโภค',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `รวม ${tax}`,
  discountLine: (code: string) => `ส่วนลด (${code})`,
  apply: 'ใช้',
  discountApplied: (code: string, saving: string) => `ใช้ ${code} แล้ว: ประหยัด ${saving}`,
  removeDiscount: (code: string) => `นำ ${code} ออก`,
  discountUnknown: 'ไม่มีโค้ดส่วนลดนี้',
  discountExpired: 'โค้ดส่วนลดนี้หมดอายุแล้ว',
  discountNotYetActive: 'โค้ดส่วนลดนี้ยังไม่เปิดใช้',
  discountUsedUp: 'โค้ดส่วนลดนี้ใช้ไม่ได้อีกแล้ว',
  discountNotApplicable: 'โค้ดส่วนลดนี้ใช้กับคำสั่งซื้อนี้ไม่ได้',
  billingCurrencyTitle: 'สกุลเงิน',
  payIn: (currency: string) => `ชำระเป็น ${currency}`,
  convertedFrom: (currency: string) => `ราคาแปลงจาก ${currency} ตามอัตราของ Dodo Payments`,
  taxIdValid: (format: string) => `${format} ที่ถูกต้อง`,
  taxIdRegistered: (name: string) => `จดทะเบียนในนาม ${name}`,
  taxIdInvalid: (reason: string) => `เลขประจำตัวผู้เสียภาษีนี้ไม่ถูกต้อง: ${reason}`,
  totalUpdated: (total: string) => `อัปเดตยอดรวมแล้ว: ${total}`,
  totalChangedAtPay: (total: string) => `ยอดรวมเปลี่ยนเป็น ${total} โปรดตรวจสอบคำสั่งซื้อ แล้วชำระเงินอีกครั้ง`,
  totalPendingAtPay: 'กำลังอัปเดตยอดรวม โปรดตรวจสอบเมื่อยอดรวมแสดงขึ้น แล้วชำระเงินอีกครั้ง',
  totalChargedOther: (total: string, read: string) => `ยอดรวมของการชำระเงินนี้คือ ${total} ไม่ใช่ ${read} ตามที่แสดงไว้ โปรดตรวจสอบก่อนดำเนินการชำระเงินต่อ`,
} satisfies QuoteMessages;

export default quote;
