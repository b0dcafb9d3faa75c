/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'ДДС',
  tax_gst: 'GST',
  tax_sales: 'Данък върху продажбите',
  tax_jct: 'Потребителски данък',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `вкл. ${tax}`,
  discountLine: (code: string) => `Отстъпка (${code})`,
  apply: 'Приложи',
  discountApplied: (code: string, saving: string) => `${code} е приложен: спестявате ${saving}`,
  removeDiscount: (code: string) => `Премахни ${code}`,
  discountUnknown: 'Този код за отстъпка не съществува.',
  discountExpired: 'Този код за отстъпка е изтекъл.',
  discountNotYetActive: 'Този код за отстъпка още не е активен.',
  discountUsedUp: 'Този код за отстъпка вече не може да се използва.',
  discountNotApplicable: 'Този код за отстъпка не важи за тази поръчка.',
  billingCurrencyTitle: 'Валута',
  payIn: (currency: string) => `Плащане в ${currency}`,
  convertedFrom: (currency: string) => `Цените са превалутирани от ${currency} по курса на Dodo Payments.`,
  taxIdValid: (format: string) => `Валиден ${format}`,
  taxIdRegistered: (name: string) => `регистриран на ${name}`,
  taxIdInvalid: (reason: string) => `Този данъчен номер не е валиден: ${reason}`,
  totalUpdated: (total: string) => `Общата сума е обновена: ${total}`,
  totalChangedAtPay: (total: string) => `Общата сума се промени на ${total}. Проверете поръчката си и платете отново.`,
  totalPendingAtPay: 'Общата сума се обновява. Проверете я, когато се покаже, и платете отново.',
  totalChargedOther: (total: string, read: string) => `Общата сума на това плащане е ${total}, а не показаните ${read}. Проверете я, преди да продължите към плащането.`,
} satisfies QuoteMessages;

export default quote;
