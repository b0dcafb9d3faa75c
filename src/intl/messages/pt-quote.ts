/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'IVA',
  tax_gst: 'GST',
  tax_sales: 'Imposto sobre vendas',
  tax_jct: 'Imposto sobre consumo',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `${tax} incluído`,
  discountLine: (code: string) => `Desconto (${code})`,
  apply: 'Aplicar',
  discountApplied: (code: string, saving: string) => `${code} aplicado: você economiza ${saving}`,
  removeDiscount: (code: string) => `Remover ${code}`,
  discountUnknown: 'Este código de desconto não existe.',
  discountExpired: 'Este código de desconto expirou.',
  discountNotYetActive: 'Este código de desconto ainda não está ativo.',
  discountUsedUp: 'Este código de desconto não pode mais ser usado.',
  discountNotApplicable: 'Este código de desconto não vale para este pedido.',
  billingCurrencyTitle: 'Moeda',
  payIn: (currency: string) => `Pagar em ${currency}`,
  convertedFrom: (currency: string) => `Preços convertidos de ${currency} pela taxa da Dodo Payments, nossa revendedora oficial.`,
  taxIdValid: (format: string) => `${format} válido`,
  taxIdRegistered: (name: string) => `registrado em nome de ${name}`,
  taxIdInvalid: (reason: string) => `Este número fiscal não é válido: ${reason}`,
  totalUpdated: (total: string) => `Total atualizado: ${total}`,
  totalChangedAtPay: (total: string) => `O total mudou para ${total}. Verifique a sua encomenda e pague novamente.`,
  totalPendingAtPay: 'O total está a ser atualizado. Verifique-o quando aparecer e pague novamente.',
  totalChargedOther: (total: string, read: string) => `O total deste pagamento é ${total}, e não ${read} como foi apresentado. Verifique-o antes de continuar para o pagamento.`,
} satisfies QuoteMessages;

export default quote;
