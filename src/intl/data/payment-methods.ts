/**
 * Where each API payment method type can be used, and its name.
 *
 * Sources: the schemes' and providers' public documentation of supported customer countries and
 * currencies (Stripe's and Adyen's payment-method pages; EPC's list of SEPA scheme countries;
 * Klarna, Afterpay/Clearpay, Affirm, Zip and Alma market lists; the konbini, Indonesian, Malaysian,
 * Thai and Vietnamese method pages of Hyperswitch, whose type names the API uses), as of 2025.
 * When in doubt a market is included: a method wrongly shown is refused by the API with a clear
 * message, a method wrongly hidden is a lost sale. Rows without `countries`/`currencies` are
 * usable anywhere; a type without a row (one the API adds later) stays visible and the API decides.
 *
 * Eligibility only decides which chips to offer, so the table loads after the form is on screen:
 * the npm build imports this module, the CDN build fetches it as `data/payment-methods.json`
 * (written by scripts/write-cdn-data.ts).
 */
import type { PaymentMethodType } from '../../api/enums.js';
import type { MethodCategory, MethodRow } from '../payment-methods.js';

const EU =
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK ' +
  // EU outermost regions and Åland, which have their own ISO codes.
  'AX GF GP MQ RE YT MF';
const EEA = `${EU} IS LI NO`;
/** SEPA scheme countries (EPC), including the 2024–25 accessions (AL MD ME MK). */
const SEPA = `${EEA} CH GB MC SM VA AD GI GG JE IM PM BL AL MD ME MK`;
const KLARNA_MARKETS = 'AT AU BE CA CH CZ DE DK ES FI FR GB GR HU IE IT LU NL NO NZ PL PT RO SE SK US';
const KLARNA_CURRENCIES = 'AUD CAD CHF CZK DKK EUR GBP HUF NOK NZD PLN RON SEK USD';
const CROSS_BORDER_CHINA_CURRENCIES = 'AUD CAD CHF CNY DKK EUR GBP HKD JPY KRW MYR NOK NZD SEK SGD THB USD';

const id = (category: MethodCategory, brand: string): MethodRow => ({ category, brand, countries: 'ID', currencies: 'IDR' });
const local = (category: MethodCategory, brand: string, countries: string, currencies: string): MethodRow => ({ category, brand, countries, currencies });
const konbini = (brand: string) => local('cash', brand, 'JP', 'JPY');

export const PAYMENT_METHODS: Partial<Record<PaymentMethodType, MethodRow>> = {
  // Cards and card-like
  credit: { category: 'card', nameKey: 'card' },
  debit: { category: 'card', nameKey: 'card' },
  card_redirect: { category: 'card', nameKey: 'otherCard' },
  bancontact_card: local('card', 'Bancontact', 'BE', 'EUR'),
  givex: { category: 'card', brand: 'Givex' },
  // Global wallets
  apple_pay: { category: 'wallet', brand: 'Apple Pay' },
  google_pay: { category: 'wallet', brand: 'Google Pay' },
  samsung_pay: { category: 'wallet', brand: 'Samsung Pay' },
  amazon_pay: { category: 'wallet', brand: 'Amazon Pay' },
  paypal: { category: 'wallet', brand: 'PayPal' },
  revolut_pay: { category: 'wallet', brand: 'Revolut Pay' },
  mifinity: { category: 'wallet', brand: 'MiFinity' },
  crypto_currency: { category: 'wallet', nameKey: 'cryptocurrency' },
  direct_carrier_billing: { category: 'wallet', nameKey: 'carrierBilling' },
  ali_pay: { category: 'wallet', brand: 'Alipay', currencies: CROSS_BORDER_CHINA_CURRENCIES },
  we_chat_pay: { category: 'wallet', brand: 'WeChat Pay', currencies: CROSS_BORDER_CHINA_CURRENCIES },
  // Americas
  ach: local('bank', 'ACH Direct Debit', 'US', 'USD'),
  cashapp: local('wallet', 'Cash App Pay', 'US', 'USD'),
  venmo: local('wallet', 'Venmo', 'US', 'USD'),
  paze: local('wallet', 'Paze', 'US', 'USD'),
  affirm: local('bnpl', 'Affirm', 'US CA', 'USD CAD'),
  zip: local('bnpl', 'Zip', 'US AU NZ', 'USD AUD NZD'),
  interac: local('bank', 'Interac', 'CA', 'CAD'),
  pay_bright: local('bnpl', 'PayBright', 'CA', 'CAD'),
  oxxo: local('cash', 'OXXO', 'MX', 'MXN'),
  pix: local('qr', 'Pix', 'BR', 'BRL'),
  boleto: local('cash', 'Boleto', 'BR', 'BRL'),
  efecty: local('cash', 'Efecty', 'CO', 'COP'),
  pse: local('bank', 'PSE', 'CO', 'COP'),
  red_compra: local('bank', 'Redcompra', 'CL', 'CLP'),
  red_pagos: local('cash', 'RedPagos', 'UY', 'UYU'),
  pago_efectivo: local('cash', 'PagoEfectivo', 'PE', 'PEN USD'),
  // Europe
  sepa: { category: 'bank', nameKey: 'sepaDirectDebit', countries: SEPA, currencies: 'EUR' },
  sepa_bank_transfer: { category: 'bank', nameKey: 'sepaBankTransfer', countries: SEPA, currencies: 'EUR' },
  bacs: local('bank', 'Bacs Direct Debit', 'GB', 'GBP'),
  open_banking_uk: local('bank', 'Pay by bank (UK)', 'GB', 'GBP'),
  ideal: local('bank', 'iDEAL', 'NL', 'EUR'),
  eps: local('bank', 'EPS', 'AT', 'EUR'),
  giropay: local('bank', 'giropay', 'DE', 'EUR'),
  sofort: local('bank', 'Sofort', 'AT BE CH DE ES IT NL PL', 'EUR CHF PLN'),
  trustly: local('bank', 'Trustly', 'AT BE CZ DE DK EE ES FI GB LT LV NL NO PL SE SK US', 'CZK DKK EUR GBP NOK PLN SEK USD'),
  blik: local('wallet', 'BLIK', 'PL', 'PLN'),
  przelewy24: local('bank', 'Przelewy24', 'PL', 'PLN EUR'),
  online_banking_poland: { category: 'bank', nameKey: 'onlineBanking', countries: 'PL', currencies: 'PLN' },
  online_banking_czech_republic: { category: 'bank', nameKey: 'onlineBanking', countries: 'CZ', currencies: 'CZK' },
  online_banking_slovakia: { category: 'bank', nameKey: 'onlineBanking', countries: 'SK', currencies: 'EUR' },
  online_banking_finland: { category: 'bank', nameKey: 'onlineBanking', countries: 'FI', currencies: 'EUR' },
  bizum: local('wallet', 'Bizum', 'ES', 'EUR'),
  mb_way: local('wallet', 'MB WAY', 'PT', 'EUR'),
  multibanco: local('bank', 'Multibanco', 'PT', 'EUR'),
  satispay: local('wallet', 'Satispay', 'IT LU DE FR BE', 'EUR'),
  swish: local('wallet', 'Swish', 'SE', 'SEK'),
  vipps: local('wallet', 'Vipps', 'NO', 'NOK'),
  mobile_pay: local('wallet', 'MobilePay', 'DK FI', 'DKK EUR'),
  twint: local('wallet', 'TWINT', 'CH LI', 'CHF'),
  walley: local('bnpl', 'Walley', 'SE NO DK FI', 'SEK NOK DKK EUR'),
  alma: local('bnpl', 'Alma', 'FR BE IT ES DE NL LU PT IE AT', 'EUR'),
  billie: { category: 'bnpl', brand: 'Billie' },
  klarna: local('bnpl', 'Klarna', KLARNA_MARKETS, KLARNA_CURRENCIES),
  afterpay_clearpay: local('bnpl', 'Afterpay', 'US CA AU NZ GB', 'USD CAD AUD NZD GBP'),
  pay_safe_card: { category: 'cash', brand: 'paysafecard' },
  classic: { category: 'cash', brand: 'CashtoCode' },
  evoucher: { category: 'cash', brand: 'CashtoCode eVoucher' },
  // Middle East and Africa
  benefit: local('bank', 'BENEFIT', 'BH', 'BHD'),
  knet: local('bank', 'KNET', 'KW', 'KWD'),
  eft: local('bank', 'EFT', 'ZA', 'ZAR'),
  // Asia-Pacific
  becs: local('bank', 'BECS Direct Debit', 'AU', 'AUD'),
  upi_collect: local('qr', 'UPI', 'IN', 'INR'),
  upi_intent: local('qr', 'UPI', 'IN', 'INR'),
  ali_pay_hk: local('wallet', 'AlipayHK', 'HK', 'HKD'),
  fps: local('qr', 'FPS', 'HK', 'HKD'),
  kakao_pay: local('wallet', 'Kakao Pay', 'KR', 'KRW'),
  naver_pay: local('wallet', 'Naver Pay', 'KR', 'KRW'),
  payco: local('wallet', 'PAYCO', 'KR', 'KRW'),
  prompt_pay: local('qr', 'PromptPay', 'TH', 'THB'),
  online_banking_thailand: { category: 'bank', nameKey: 'onlineBanking', countries: 'TH', currencies: 'THB' },
  duit_now: local('qr', 'DuitNow', 'MY', 'MYR'),
  touch_n_go: local('wallet', "Touch 'n Go", 'MY', 'MYR'),
  online_banking_fpx: local('bank', 'FPX', 'MY', 'MYR'),
  gcash: local('wallet', 'GCash', 'PH', 'PHP'),
  momo: local('wallet', 'MoMo', 'VN', 'VND'),
  momo_atm: local('bank', 'MoMo ATM', 'VN', 'VND'),
  viet_qr: local('qr', 'VietQR', 'VN', 'VND'),
  atome: local('bnpl', 'Atome', 'SG MY ID HK TH PH VN TW', 'SGD MYR IDR HKD THB PHP VND TWD'),
  alfamart: id('cash', 'Alfamart'),
  indomaret: id('cash', 'Indomaret'),
  dana: id('wallet', 'DANA'),
  go_pay: id('wallet', 'GoPay'),
  bca_bank_transfer: id('bank', 'BCA Virtual Account'),
  bni_va: id('bank', 'BNI Virtual Account'),
  bri_va: id('bank', 'BRI Virtual Account'),
  cimb_va: id('bank', 'CIMB Niaga Virtual Account'),
  danamon_va: id('bank', 'Danamon Virtual Account'),
  mandiri_va: id('bank', 'Mandiri Virtual Account'),
  permata_bank_transfer: id('bank', 'Permata Virtual Account'),
  seven_eleven: konbini('7-Eleven'),
  lawson: konbini('Lawson'),
  family_mart: konbini('FamilyMart'),
  mini_stop: konbini('Ministop'),
  seicomart: konbini('Seicomart'),
  pay_easy: local('bank', 'Pay-easy', 'JP', 'JPY'),
  // Generic methods, available wherever the merchant's processor offers them
  // Not "Online banking": the country lists above (Poland, Czechia…) are offered beside it.
  local_bank_redirect: { category: 'bank', nameKey: 'otherBankPayment' },
  local_bank_transfer: { category: 'bank', nameKey: 'bankTransfer' },
  instant_bank_transfer: { category: 'bank', nameKey: 'instantBankTransfer' },
  open_banking_pis: { category: 'bank', nameKey: 'openBanking' },
};
