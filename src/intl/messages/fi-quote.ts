/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'ALV',
  tax_gst: 'GST',
  tax_sales: 'Myyntivero',
  tax_jct: 'Kulutusvero',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `sis. ${tax}`,
  discountLine: (code: string) => `Alennus (${code})`,
  apply: 'Käytä',
  discountApplied: (code: string, saving: string) => `${code} käytetty: säästät ${saving}`,
  removeDiscount: (code: string) => `Poista ${code}`,
  discountUnknown: 'Tätä alennuskoodia ei ole olemassa.',
  discountExpired: 'Tämä alennuskoodi on vanhentunut.',
  discountNotYetActive: 'Tämä alennuskoodi ei ole vielä voimassa.',
  discountUsedUp: 'Tätä alennuskoodia ei voi enää käyttää.',
  discountNotApplicable: 'Tämä alennuskoodi ei koske tätä tilausta.',
  billingCurrencyTitle: 'Valuutta',
  payIn: (currency: string) => `Maksa valuutassa ${currency}`,
  convertedFrom: (currency: string) => `Hinnat on muunnettu valuutasta ${currency} Dodo Paymentsin kurssilla.`,
  taxIdValid: (format: string) => `Voimassa oleva ${format}`,
  taxIdRegistered: (name: string) => `rekisteröity: ${name}`,
  taxIdInvalid: (reason: string) => `Tämä verotunniste ei ole voimassa: ${reason}`,
  totalUpdated: (total: string) => `Kokonaissumma päivitetty: ${total}`,
  totalChangedAtPay: (total: string) => `Kokonaissumma muuttui: ${total}. Tarkista tilaus ja maksa uudelleen.`,
  totalPendingAtPay: 'Kokonaissummaa päivitetään. Tarkista se, kun se näkyy, ja maksa uudelleen.',
  totalChargedOther: (total: string, read: string) => `Tämän maksun kokonaissumma on ${total}, ei näytetty ${read}. Tarkista se ennen kuin jatkat maksamaan.`,
} satisfies QuoteMessages;

export default quote;
