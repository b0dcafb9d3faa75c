/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'ПДВ',
  tax_gst: 'GST',
  tax_sales: 'Податок з продажу',
  tax_jct: 'Податок на споживання',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `вкл. ${tax}`,
  discountLine: (code: string) => `Знижка (${code})`,
  apply: 'Застосувати',
  discountApplied: (code: string, saving: string) => `${code} застосовано: ви заощаджуєте ${saving}`,
  removeDiscount: (code: string) => `Видалити ${code}`,
  discountUnknown: 'Такого коду знижки немає.',
  discountExpired: 'Термін дії цього коду знижки минув.',
  discountNotYetActive: 'Цей код знижки ще не діє.',
  discountUsedUp: 'Цей код знижки більше не можна використати.',
  discountNotApplicable: 'Цей код знижки не діє для цього замовлення.',
  billingCurrencyTitle: 'Валюта',
  payIn: (currency: string) => `Оплатити в ${currency}`,
  convertedFrom: (currency: string) => `Ціни перераховано з ${currency} за курсом Dodo Payments.`,
  taxIdValid: (format: string) => `Дійсний ${format}`,
  taxIdRegistered: (name: string) => `зареєстровано на ${name}`,
  taxIdInvalid: (reason: string) => `Цей податковий номер недійсний: ${reason}`,
  totalUpdated: (total: string) => `Підсумок оновлено: ${total}`,
  totalChangedAtPay: (total: string) => `Підсумок змінився: ${total}. Перевірте замовлення й оплатіть ще раз.`,
  totalPendingAtPay: 'Підсумок оновлюється. Перевірте його, коли він з’явиться, і оплатіть ще раз.',
  totalChargedOther: (total: string, read: string) => `Підсумок цього платежу — ${total}, а не показані ${read}. Перевірте його, перш ніж перейти до оплати.`,
} satisfies QuoteMessages;

export default quote;
