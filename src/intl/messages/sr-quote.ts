/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'ПДВ',
  tax_gst: 'GST',
  tax_sales: 'Порез на промет',
  tax_jct: 'Порез на потрошњу',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `укљ. ${tax}`,
  discountLine: (code: string) => `Попуст (${code})`,
  apply: 'Примени',
  discountApplied: (code: string, saving: string) => `${code} примењен: штедите ${saving}`,
  removeDiscount: (code: string) => `Уклони ${code}`,
  discountUnknown: 'Овај код за попуст не постоји.',
  discountExpired: 'Овај код за попуст је истекао.',
  discountNotYetActive: 'Овај код за попуст још није активан.',
  discountUsedUp: 'Овај код за попуст више не може да се користи.',
  discountNotApplicable: 'Овај код за попуст не важи за ову поруџбину.',
  billingCurrencyTitle: 'Валута',
  payIn: (currency: string) => `Плати у ${currency}`,
  convertedFrom: (currency: string) => `Цене су прерачунате из ${currency} по курсу Dodo Payments.`,
  taxIdValid: (format: string) => `Важећи ${format}`,
  taxIdRegistered: (name: string) => `регистрован на ${name}`,
  taxIdInvalid: (reason: string) => `Овај порески број није важећи: ${reason}`,
  totalUpdated: (total: string) => `Укупан износ ажуриран: ${total}`,
  totalChangedAtPay: (total: string) => `Укупан износ је промењен на ${total}. Проверите поруџбину, па платите поново.`,
  totalPendingAtPay: 'Укупан износ се ажурира. Проверите га када се прикаже, па платите поново.',
  totalChargedOther: (total: string, read: string) => `Укупан износ овог плаћања је ${total}, а не приказаних ${read}. Проверите га пре него што наставите на плаћање.`,
} satisfies QuoteMessages;

export default quote;
