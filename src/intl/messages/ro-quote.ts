/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'TVA',
  tax_gst: 'GST',
  tax_sales: 'Taxă pe vânzări',
  tax_jct: 'Taxă pe consum',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `incl. ${tax}`,
  discountLine: (code: string) => `Reducere (${code})`,
  apply: 'Aplică',
  discountApplied: (code: string, saving: string) => `${code} aplicat: economisești ${saving}`,
  removeDiscount: (code: string) => `Elimină ${code}`,
  discountUnknown: 'Acest cod de reducere nu există.',
  discountExpired: 'Acest cod de reducere a expirat.',
  discountNotYetActive: 'Acest cod de reducere nu este încă activ.',
  discountUsedUp: 'Acest cod de reducere nu mai poate fi folosit.',
  discountNotApplicable: 'Acest cod de reducere nu se aplică acestei comenzi.',
  billingCurrencyTitle: 'Monedă',
  payIn: (currency: string) => `Plătește în ${currency}`,
  convertedFrom: (currency: string) => `Prețuri convertite din ${currency} la cursul Dodo Payments.`,
  taxIdValid: (format: string) => `${format} valid`,
  taxIdRegistered: (name: string) => `înregistrat pe numele ${name}`,
  taxIdInvalid: (reason: string) => `Acest cod fiscal nu este valid: ${reason}`,
  totalUpdated: (total: string) => `Total actualizat: ${total}`,
  totalChangedAtPay: (total: string) => `Totalul s-a schimbat la ${total}. Verificați comanda, apoi plătiți din nou.`,
  totalPendingAtPay: 'Totalul se actualizează. Verificați-l când apare, apoi plătiți din nou.',
  totalChargedOther: (total: string, read: string) => `Totalul acestei plăți este ${total}, nu ${read}, cum era afișat. Verificați-l înainte de a continua către plată.`,
} satisfies QuoteMessages;

export default quote;
