/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'käibemaks',
  tax_gst: 'GST',
  tax_sales: 'Müügimaks',
  tax_jct: 'Tarbimismaks',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `sh ${tax}`,
  discountLine: (code: string) => `Allahindlus (${code})`,
  apply: 'Rakenda',
  discountApplied: (code: string, saving: string) => `${code} rakendatud: säästad ${saving}`,
  removeDiscount: (code: string) => `Eemalda ${code}`,
  discountUnknown: 'Seda sooduskoodi ei ole olemas.',
  discountExpired: 'See sooduskood on aegunud.',
  discountNotYetActive: 'See sooduskood ei ole veel aktiivne.',
  discountUsedUp: 'Seda sooduskoodi ei saa enam kasutada.',
  discountNotApplicable: 'See sooduskood ei kehti selle tellimuse kohta.',
  billingCurrencyTitle: 'Valuuta',
  payIn: (currency: string) => `Maksa valuutas ${currency}`,
  convertedFrom: (currency: string) => `Hinnad on arvestatud ümber valuutast ${currency} Dodo Paymentsi kursiga.`,
  taxIdValid: (format: string) => `Kehtiv ${format}`,
  taxIdRegistered: (name: string) => `registreeritud: ${name}`,
  taxIdInvalid: (reason: string) => `See maksukohustuslase number ei kehti: ${reason}`,
  totalUpdated: (total: string) => `Kogusumma uuendatud: ${total}`,
  totalChangedAtPay: (total: string) => `Kogusumma muutus: ${total}. Kontrolli tellimust ja maksa uuesti.`,
  totalPendingAtPay: 'Kogusummat uuendatakse. Kontrolli seda, kui see ilmub, ja maksa uuesti.',
  totalChargedOther: (total: string, read: string) => `Selle makse kogusumma on ${total}, mitte kuvatud ${read}. Kontrolli seda enne maksmise juurde liikumist.`,
} satisfies QuoteMessages;

export default quote;
