/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'DDV',
  tax_gst: 'GST',
  tax_sales: 'Prometni davek',
  tax_jct: 'Davek na potrošnjo',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `vklj. ${tax}`,
  discountLine: (code: string) => `Popust (${code})`,
  apply: 'Uporabi',
  discountApplied: (code: string, saving: string) => `${code} uporabljen: prihranite ${saving}`,
  removeDiscount: (code: string) => `Odstrani ${code}`,
  discountUnknown: 'Ta koda za popust ne obstaja.',
  discountExpired: 'Ta koda za popust je potekla.',
  discountNotYetActive: 'Ta koda za popust še ni aktivna.',
  discountUsedUp: 'Te kode za popust ni več mogoče uporabiti.',
  discountNotApplicable: 'Ta koda za popust ne velja za to naročilo.',
  billingCurrencyTitle: 'Valuta',
  payIn: (currency: string) => `Plačaj v ${currency}`,
  convertedFrom: (currency: string) => `Cene so preračunane iz ${currency} po tečaju Dodo Payments.`,
  taxIdValid: (format: string) => `Veljavna ${format}`,
  taxIdRegistered: (name: string) => `registrirana na ${name}`,
  taxIdInvalid: (reason: string) => `Ta davčna številka ni veljavna: ${reason}`,
  totalUpdated: (total: string) => `Skupni znesek posodobljen: ${total}`,
  totalChangedAtPay: (total: string) => `Skupni znesek se je spremenil na ${total}. Preverite naročilo in nato znova plačajte.`,
  totalPendingAtPay: 'Skupni znesek se posodablja. Preverite ga, ko se prikaže, in nato znova plačajte.',
  totalChargedOther: (total: string, read: string) => `Skupni znesek tega plačila je ${total}, ne prikazanih ${read}. Preverite ga, preden nadaljujete s plačilom.`,
} satisfies QuoteMessages;

export default quote;
