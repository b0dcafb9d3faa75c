/**
 * English UI messages: the reference every other language must match (`satisfies Messages`),
 * and the fallback for any key a loaded locale lacks. Bundled with the element.
 *
 * Address labels follow the data's label kinds: `state_<StateLabelKind>`, `city_<CityLabelKind>`,
 * `zip_<ZipLabelKind>` (see ../address-format.ts). Functions only interpolate their arguments;
 * forms that depend on a value are `choice`s.
 */
import type enQuote from './en-quote.js';
import { choice } from './message-format.js';

const en = {
  checkout: 'Checkout',

  // Section titles
  contact: 'Contact',
  billingAddress: 'Billing address',
  orderSummary: 'Order summary',
  discount: 'Discount',
  paymentMethod: 'Payment method',

  // Field labels
  email: 'Email',
  fullName: 'Full name',
  phone: 'Phone',
  country: 'Country or region',
  street: 'Street address',
  city: 'City',
  taxId: 'Tax ID',
  businessName: 'Business name',
  discountCode: 'Discount code',
  optional: '(optional)',
  selectOption: 'Select…',

  state_province: 'Province',
  state_state: 'State',
  state_county: 'County',
  state_prefecture: 'Prefecture',
  state_emirate: 'Emirate',
  state_region: 'Region',
  state_island: 'Island',
  state_department: 'Department',
  state_parish: 'Parish',
  state_oblast: 'Oblast',
  state_district: 'District',
  state_area: 'Area',
  state_do_si: 'Do/Si',
  city_city: 'City',
  city_post_town: 'Town or city',
  city_suburb: 'Suburb',
  city_district: 'District',
  zip_postal: 'Postal code',
  zip_postcode: 'Postcode',
  zip_zip: 'ZIP code',
  zip_pin: 'PIN code',
  zip_eircode: 'Eircode',

  // Country combobox
  countrySearchPlaceholder: 'Search countries',
  noCountriesFound: 'No matching country',
  countryListLabel: 'Countries',
  countryResults: choice<number>({
    one: (count) => `${count} result`,
    other: (count) => `${count} results`,
  }),

  // Order summary
  subtotal: 'Subtotal',
  total: 'Total',
  each: (price: string) => `${price} each`,
  haveDiscountCode: 'Have a discount code?',
  discountAtPayment: (code: string) => `${code} will be applied at payment`,
  taxAtPayment: 'Tax calculated at payment',


  // Payment methods without a brand name
  card: 'Card',
  otherCard: 'Other card',
  bankTransfer: 'Bank transfer',
  instantBankTransfer: 'Instant bank transfer',
  onlineBanking: 'Online banking',
  otherBankPayment: 'Other bank payment',
  openBanking: 'Pay by bank',
  sepaDirectDebit: 'SEPA Direct Debit',
  sepaBankTransfer: 'SEPA bank transfer',
  cryptocurrency: 'Cryptocurrency',
  carrierBilling: 'Pay with your phone bill',

  // Submit and after
  pay: (total: string) => `Pay ${total}`,
  payNoTotal: 'Pay',
  processing: 'Processing…',
  redirecting: 'Redirecting to payment…',
  paymentCreated: 'Your payment is ready.',
  confirmationTitle: 'Complete your payment',
  paymentReceived: 'Payment received',
  continueToPayment: 'Continue to payment',
  linkExpires: (date: string) => `This link is valid until ${date}.`,
  paymentExpired: 'This payment link has expired.',
  startOver: 'Start over',
  paymentStale: 'Your order changed. Check the new total and pay again.',
  customerIdNote: 'You are checking out with your existing account.',

  // Terms consent: the sentence takes the linked documents as one list, joined in the language's own way
  termsConsent: (documents: string) => `I agree to the ${documents}.`,
  termsOfService: 'Terms of service',
  privacyPolicy: 'Privacy policy',
  refundPolicy: 'Refund policy',
  acceptTerms: 'To pay, accept the terms.',

  // Errors
  required: (field: string) => `${field} is required.`,
  invalidEmail: 'Enter a valid email address.',
  invalidPostalCode: choice<string>({
    '=': () => 'Enter a valid postal code.',
    other: (example) => `Enter a valid postal code, for example ${example}.`,
  }),
  invalidPhone: 'Enter a valid phone number.',
  unknownSubdivision: (value: string) => `“${value}” is not on the list. Choose one of its options.`,
  invalidValue: 'Check this value.',
  networkError: 'We couldn’t reach the payment service. Check your connection and try again.',
  timeoutError: 'The payment service took too long to answer. Please try again.',
  requestTimeout: 'Your connection was too slow to send the payment details. Check your connection and try again.',
  serverError: 'Something went wrong on our side. Please try again.',
  responseError: 'We received an unexpected response. Please try again.',
  unsafeLink: 'The payment link we received is not safe to open.',
  rateLimited: choice<number>({
    '=0': () => 'Too many attempts. Wait a moment and try again.',
    one: (seconds) => `Too many attempts. Try again in ${seconds} second.`,
    other: (seconds) => `Too many attempts. Try again in ${seconds} seconds.`,
  }),
  configurationError: 'This checkout is not set up correctly.',

  // Announcements
  formHasErrors: choice<number>({
    one: (count) => `${count} field needs your attention.`,
    other: (count) => `${count} fields need your attention.`,
  }),
};

/** The messages every locale file holds. */
export type CoreMessages = typeof en;
/** Every message: these, and those of the live quote, which its module brings (`<lang>-quote.ts`). */
export type Messages = CoreMessages & typeof enQuote;
export type MessageKey = keyof Messages;
export default en;
