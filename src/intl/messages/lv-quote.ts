/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'PVN',
  tax_gst: 'GST',
  tax_sales: 'Tirdzniecības nodoklis',
  tax_jct: 'Patēriņa nodoklis',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `ieskaitot ${tax}`,
  discountLine: (code: string) => `Atlaide (${code})`,
  apply: 'Lietot',
  discountApplied: (code: string, saving: string) => `${code} izmantots: jūs ietaupāt ${saving}`,
  removeDiscount: (code: string) => `Noņemt ${code}`,
  discountUnknown: 'Šāds atlaides kods nepastāv.',
  discountExpired: 'Šī atlaides koda derīgums ir beidzies.',
  discountNotYetActive: 'Šis atlaides kods vēl nav aktīvs.',
  discountUsedUp: 'Šo atlaides kodu vairs nevar izmantot.',
  discountNotApplicable: 'Šis atlaides kods neattiecas uz šo pasūtījumu.',
  billingCurrencyTitle: 'Valūta',
  payIn: (currency: string) => `Maksāt ${currency}`,
  convertedFrom: (currency: string) => `Cenas pārrēķinātas no ${currency} pēc Dodo Payments kursa.`,
  taxIdValid: (format: string) => `Derīgs ${format}`,
  taxIdRegistered: (name: string) => `reģistrēts uz ${name}`,
  taxIdInvalid: (reason: string) => `Šis nodokļu maksātāja numurs nav derīgs: ${reason}`,
  totalUpdated: (total: string) => `Kopsumma atjaunināta: ${total}`,
  totalChangedAtPay: (total: string) => `Kopsumma mainījās uz ${total}. Pārbaudiet pasūtījumu un maksājiet vēlreiz.`,
  totalPendingAtPay: 'Kopsumma tiek atjaunināta. Kad tā parādīsies, pārbaudiet to un maksājiet vēlreiz.',
  totalChargedOther: (total: string, read: string) => `Šī maksājuma kopsumma ir ${total}, nevis parādītā ${read}. Pārbaudiet to, pirms pārejat pie maksājuma.`,
} satisfies QuoteMessages;

export default quote;
