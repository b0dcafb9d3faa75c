/** The live quote's messages in this language; they load with the language's other messages (intl/data-loader.ts). */
import type { QuoteMessages } from './en-quote.js';

const quote = {
  tax_vat: 'áfa',
  tax_gst: 'GST',
  tax_sales: 'Forgalmi adó',
  tax_jct: 'Fogyasztási adó',
  taxRate: (tax: string, rate: string) => `${tax} ${rate}`,
  taxIncluded: (tax: string) => `${tax} benne`,
  discountLine: (code: string) => `Kedvezmény (${code})`,
  apply: 'Beváltás',
  discountApplied: (code: string, saving: string) => `${code} beváltva: ${saving} megtakarítás`,
  removeDiscount: (code: string) => `${code} eltávolítása`,
  discountUnknown: 'Ez a kedvezménykód nem létezik.',
  discountExpired: 'Ez a kedvezménykód lejárt.',
  discountNotYetActive: 'Ez a kedvezménykód még nem aktív.',
  discountUsedUp: 'Ez a kedvezménykód már nem használható.',
  discountNotApplicable: 'Ez a kedvezménykód erre a rendelésre nem érvényes.',
  billingCurrencyTitle: 'Pénznem',
  payIn: (currency: string) => `Fizetés ${currency} pénznemben`,
  convertedFrom: (currency: string) => `Az árak ${currency} pénznemből, a Dodo Payments árfolyamán átszámítva.`,
  taxIdValid: (format: string) => `Érvényes ${format}`,
  taxIdRegistered: (name: string) => `bejegyezve: ${name}`,
  taxIdInvalid: (reason: string) => `Ez az adószám nem érvényes: ${reason}`,
  totalUpdated: (total: string) => `A végösszeg frissült: ${total}`,
  totalChangedAtPay: (total: string) => `A végösszeg megváltozott: ${total}. Ellenőrizze a rendelést, majd fizessen újra.`,
  totalPendingAtPay: 'A végösszeg frissül. Ellenőrizze, amint megjelenik, majd fizessen újra.',
  totalChargedOther: (total: string, read: string) => `Ennek a fizetésnek a végösszege ${total}, nem a megjelenített ${read}. Ellenőrizze, mielőtt továbblép a fizetéshez.`,
} satisfies QuoteMessages;

export default quote;
