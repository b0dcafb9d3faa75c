/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'НДС',
  tax_gst: 'GST',
  tax_sales: 'Налог с продаж',
  tax_jct: 'Налог на потребление',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `вкл. ${tax}`,
  discountLine: (code: string) => `Скидка (${code})`,
  apply: 'Применить',
  discountApplied: (code: string, saving: string) => `${code} применён: вы экономите ${saving}`,
  removeDiscount: (code: string) => `Удалить ${code}`,
  discountUnknown: 'Такого кода скидки нет.',
  discountExpired: 'Срок действия этого кода скидки истёк.',
  discountNotYetActive: 'Этот код скидки ещё не действует.',
  discountUsedUp: 'Этот код скидки больше нельзя использовать.',
  discountNotApplicable: 'Этот код скидки не действует для этого заказа.',
  billingCurrencyTitle: 'Валюта',
  payIn: (currency: string) => `Оплатить в ${currency}`,
  convertedFrom: (currency: string) => `Цены пересчитаны из ${currency} по курсу Dodo Payments.`,
  taxIdValid: (format: string) => `Действительный ${format}`,
  taxIdRegistered: (name: string) => `зарегистрирован на ${name}`,
  taxIdInvalid: (reason: string) => `Этот налоговый номер недействителен: ${reason}`,
  totalUpdated: (total: string) => `Итог обновлён: ${total}`,
  totalChangedAtPay: (total: string) => `Итог изменился: ${total}. Проверьте заказ и оплатите ещё раз.`,
  totalPendingAtPay: 'Итог обновляется. Проверьте его, когда он появится, и оплатите ещё раз.',
  totalChargedOther: (total: string, read: string) => `Итог этого платежа — ${total}, а не показанные ${read}. Проверьте его, прежде чем перейти к оплате.`,
} satisfies QuoteMessages;

export default quote;
