/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'TVA',
  tax_gst: 'GST',
  tax_sales: 'Taxe de vente',
  tax_jct: 'Taxe à la consommation',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `dont ${tax}`,
  discountLine: (code: string) => `Remise (${code})`,
  apply: 'Appliquer',
  discountApplied: (code: string, saving: string) => `${code} appliqué : vous économisez ${saving}`,
  removeDiscount: (code: string) => `Retirer ${code}`,
  discountUnknown: 'Ce code de réduction n’existe pas.',
  discountExpired: 'Ce code de réduction a expiré.',
  discountNotYetActive: 'Ce code de réduction n’est pas encore actif.',
  discountUsedUp: 'Ce code de réduction ne peut plus être utilisé.',
  discountNotApplicable: 'Ce code de réduction ne s’applique pas à cette commande.',
  billingCurrencyTitle: 'Devise',
  payIn: (currency: string) => `Payer en ${currency}`,
  convertedFrom: (currency: string) => `Prix convertis depuis ${currency} au taux de Dodo Payments, notre revendeur officiel.`,
  taxIdValid: (format: string) => `${format} valide`,
  taxIdRegistered: (name: string) => `enregistré au nom de ${name}`,
  taxIdInvalid: (reason: string) => `Ce numéro fiscal n’est pas valide : ${reason}`,
  totalUpdated: (total: string) => `Total mis à jour : ${total}`,
  totalChangedAtPay: (total: string) => `Le total est passé à ${total}. Vérifiez votre commande, puis payez à nouveau.`,
  totalPendingAtPay: 'Le total est en cours de mise à jour. Vérifiez-le dès qu’il s’affiche, puis payez à nouveau.',
  totalChargedOther: (total: string, read: string) => `Le total de ce paiement est de ${total}, et non de ${read} comme affiché. Vérifiez-le avant de passer au paiement.`,
} satisfies QuoteMessages;

export default quote;
