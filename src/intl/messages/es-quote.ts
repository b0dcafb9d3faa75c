/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'IVA',
  tax_gst: 'GST',
  tax_sales: 'Impuesto sobre las ventas',
  tax_jct: 'Impuesto al consumo',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `${tax} incluido`,
  discountLine: (code: string) => `Descuento (${code})`,
  apply: 'Aplicar',
  discountApplied: (code: string, saving: string) => `${code} aplicado: ahorras ${saving}`,
  removeDiscount: (code: string) => `Quitar ${code}`,
  discountUnknown: 'Este código de descuento no existe.',
  discountExpired: 'Este código de descuento ha caducado.',
  discountNotYetActive: 'Este código de descuento aún no está activo.',
  discountUsedUp: 'Este código de descuento ya no se puede usar.',
  discountNotApplicable: 'Este código de descuento no se aplica a este pedido.',
  billingCurrencyTitle: 'Moneda',
  payIn: (currency: string) => `Pagar en ${currency}`,
  convertedFrom: (currency: string) => `Precios convertidos desde ${currency} al tipo de cambio de Dodo Payments, nuestro vendedor registrado.`,
  taxIdValid: (format: string) => `${format} válido`,
  taxIdRegistered: (name: string) => `registrado a nombre de ${name}`,
  taxIdInvalid: (reason: string) => `Este número fiscal no es válido: ${reason}`,
  totalUpdated: (total: string) => `Total actualizado: ${total}`,
  totalChangedAtPay: (total: string) => `El total ha cambiado a ${total}. Revisa tu pedido y vuelve a pagar.`,
  totalPendingAtPay: 'El total se está actualizando. Revísalo cuando aparezca y vuelve a pagar.',
  totalChargedOther: (total: string, read: string) => `El total de este pago es ${total}, no los ${read} que se mostraban. Revísalo antes de continuar al pago.`,
} satisfies QuoteMessages;

export default quote;
