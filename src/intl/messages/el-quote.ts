/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'ΦΠΑ',
  tax_gst: 'GST',
  tax_sales: 'Φόρος πωλήσεων',
  tax_jct: 'Φόρος κατανάλωσης',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `συμπ. ${tax}`,
  discountLine: (code: string) => `Έκπτωση (${code})`,
  apply: 'Εφαρμογή',
  discountApplied: (code: string, saving: string) => `Ο κωδικός ${code} εφαρμόστηκε: εξοικονομείτε ${saving}`,
  removeDiscount: (code: string) => `Κατάργηση ${code}`,
  discountUnknown: 'Αυτός ο κωδικός έκπτωσης δεν υπάρχει.',
  discountExpired: 'Αυτός ο κωδικός έκπτωσης έχει λήξει.',
  discountNotYetActive: 'Αυτός ο κωδικός έκπτωσης δεν είναι ακόμη ενεργός.',
  discountUsedUp: 'Αυτός ο κωδικός έκπτωσης δεν μπορεί πλέον να χρησιμοποιηθεί.',
  discountNotApplicable: 'Αυτός ο κωδικός έκπτωσης δεν ισχύει για αυτήν την παραγγελία.',
  billingCurrencyTitle: 'Νόμισμα',
  payIn: (currency: string) => `Πληρωμή σε ${currency}`,
  convertedFrom: (currency: string) => `Οι τιμές μετατράπηκαν από ${currency} με την ισοτιμία της Dodo Payments.`,
  taxIdValid: (format: string) => `Έγκυρο ${format}`,
  taxIdRegistered: (name: string) => `καταχωρισμένο στην ${name}`,
  taxIdInvalid: (reason: string) => `Αυτός ο ΑΦΜ δεν είναι έγκυρος: ${reason}`,
  totalUpdated: (total: string) => `Το σύνολο ενημερώθηκε: ${total}`,
  totalChangedAtPay: (total: string) => `Το σύνολο άλλαξε σε ${total}. Ελέγξτε την παραγγελία σας και πληρώστε ξανά.`,
  totalPendingAtPay: 'Το σύνολο ενημερώνεται. Ελέγξτε το μόλις εμφανιστεί και πληρώστε ξανά.',
  totalChargedOther: (total: string, read: string) => `Το σύνολο αυτής της πληρωμής είναι ${total}, όχι ${read} όπως εμφανιζόταν. Ελέγξτε το πριν συνεχίσετε στην πληρωμή.`,
} satisfies QuoteMessages;

export default quote;
