/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'PVM',
  tax_gst: 'GST',
  tax_sales: 'Pardavimo mokestis',
  tax_jct: 'Vartojimo mokestis',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `įsk. ${tax}`,
  discountLine: (code: string) => `Nuolaida (${code})`,
  apply: 'Taikyti',
  discountApplied: (code: string, saving: string) => `${code} pritaikytas: sutaupote ${saving}`,
  removeDiscount: (code: string) => `Pašalinti ${code}`,
  discountUnknown: 'Tokio nuolaidos kodo nėra.',
  discountExpired: 'Šio nuolaidos kodo galiojimas baigėsi.',
  discountNotYetActive: 'Šis nuolaidos kodas dar negalioja.',
  discountUsedUp: 'Šio nuolaidos kodo nebegalima naudoti.',
  discountNotApplicable: 'Šis nuolaidos kodas šiam užsakymui netaikomas.',
  billingCurrencyTitle: 'Valiuta',
  payIn: (currency: string) => `Mokėti ${currency}`,
  convertedFrom: (currency: string) => `Kainos perskaičiuotos iš ${currency} Dodo Payments kursu.`,
  taxIdValid: (format: string) => `Galiojantis ${format}`,
  taxIdRegistered: (name: string) => `registruotas: ${name}`,
  taxIdInvalid: (reason: string) => `Šis mokesčių mokėtojo kodas negalioja: ${reason}`,
  totalUpdated: (total: string) => `Bendra suma atnaujinta: ${total}`,
  totalChangedAtPay: (total: string) => `Bendra suma pasikeitė į ${total}. Patikrinkite užsakymą ir sumokėkite dar kartą.`,
  totalPendingAtPay: 'Bendra suma atnaujinama. Kai ji bus parodyta, patikrinkite ją ir sumokėkite dar kartą.',
  totalChargedOther: (total: string, read: string) => `Šio mokėjimo bendra suma yra ${total}, o ne rodyta ${read}. Patikrinkite ją prieš pereidami prie mokėjimo.`,
} satisfies QuoteMessages;

export default quote;
