import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_CODES, PAYMENT_METHOD_TYPES, type PaymentMethodType } from '../../../src/api/enums.js';
import en, { type Messages } from '../../../src/intl/messages/en.js';
import { UI_LANGUAGES } from '../../../src/intl/ui-languages.js';
import { PAYMENT_METHODS } from '../../../src/intl/data/payment-methods.js';
import { loadPaymentMethods } from '../../../src/intl/data-loader.js';
import { eligibleMethods, isMethodEligible, paymentMethodChips, type MethodNameKey, type MethodTable } from '../../../src/intl/payment-methods.js';

describe('without the table', () => {
  it('filters nothing, so the merchant list goes to the API as it is', () => {
    expect(eligibleMethods(undefined, ['ideal', 'pix'], 'US', 'USD')).toEqual(['ideal', 'pix']);
  });
});

let table: MethodTable;

const countriesWhere = (method: PaymentMethodType, currency?: string) => COUNTRY_CODES.filter((country) => isMethodEligible(table, method, country, currency));

describe('payment method eligibility', () => {
  beforeAll(async () => {
    table = await loadPaymentMethods();
    expect(table).toBe(PAYMENT_METHODS);
  });

  it('iDEAL only in the Netherlands, in euros', () => {
    expect(countriesWhere('ideal', 'EUR')).toEqual(['NL']);
    expect(isMethodEligible(table, 'ideal', 'NL', 'USD')).toBe(false);
  });

  it('Pix only in Brazil, UPI only in India, konbini only in Japan', () => {
    expect(countriesWhere('pix')).toEqual(['BR']);
    expect(countriesWhere('upi_intent')).toEqual(['IN']);
    expect(countriesWhere('upi_collect', 'INR')).toEqual(['IN']);
    for (const store of ['seven_eleven', 'lawson', 'family_mart', 'mini_stop', 'seicomart', 'pay_easy'] as const) {
      expect(countriesWhere(store, 'JPY'), store).toEqual(['JP']);
      expect(isMethodEligible(table, store, 'JP', 'USD'), store).toBe(false);
    }
  });

  it('cards and global wallets everywhere, in any currency', () => {
    for (const method of ['credit', 'debit', 'apple_pay', 'google_pay', 'paypal'] as const) {
      expect(countriesWhere(method, 'XOF'), method).toHaveLength(COUNTRY_CODES.length);
    }
  });

  it('SEPA Direct Debit in the SEPA area in euros only', () => {
    expect(isMethodEligible(table, 'sepa', 'DE', 'EUR')).toBe(true);
    expect(isMethodEligible(table, 'sepa', 'NO', 'EUR')).toBe(true);
    expect(isMethodEligible(table, 'sepa', 'US', 'EUR')).toBe(false);
    expect(isMethodEligible(table, 'sepa', 'DE', 'USD')).toBe(false);
  });

  it('filters the merchant list, keeps its order, drops duplicates, keeps unknown types', () => {
    const future = 'future_method' as PaymentMethodType;
    const allowed: PaymentMethodType[] = ['ideal', 'credit', 'pix', future, 'debit', 'credit', 'bancontact_card'];
    expect(eligibleMethods(table, allowed, 'NL', 'EUR')).toEqual(['ideal', 'credit', future, 'debit']);
    expect(eligibleMethods(table, allowed, 'BR', 'BRL')).toEqual(['credit', 'pix', future, 'debit']);
    expect(eligibleMethods(table, allowed, 'BE')).toEqual(['credit', future, 'debit', 'bancontact_card']);
  });

  it('has a row, a name and valid codes for every API method type', () => {
    const countries = new Set<string>(COUNTRY_CODES);
    for (const method of PAYMENT_METHOD_TYPES) {
      const row = PAYMENT_METHODS[method];
      expect(row, method).toBeDefined();
      expect(Boolean(row!.brand) !== Boolean(row!.nameKey), method).toBe(true);
      for (const code of row!.countries?.split(' ') ?? []) expect(countries.has(code), `${method} ${code}`).toBe(true);
      for (const code of row!.currencies?.split(' ') ?? []) expect(code, method).toMatch(/^[A-Z]{3}$/);
    }
  });
});

describe('payment method chips', () => {
  it('merge credit and debit into one card chip, and same-brand types into one chip', () => {
    const chips = paymentMethodChips(table, ['debit', 'ideal', 'credit', 'upi_collect', 'upi_intent', 'klarna'], 'NL', 'EUR');
    expect(chips.map((chip) => [chip.id, chip.methods])).toEqual([
      ['card', ['debit', 'credit']],
      ['ideal', ['ideal']],
      ['klarna', ['klarna']],
    ]);
    expect(chips[0]).toMatchObject({ name: en.card, nameKey: 'card', category: 'card' });
    expect(chips[1]).toMatchObject({ name: 'iDEAL', category: 'bank' });
    expect(chips[1]!.nameKey).toBeUndefined();

    const india = paymentMethodChips(table, ['upi_collect', 'upi_intent', 'credit'], 'IN', 'INR');
    expect(india.map((chip) => [chip.id, chip.methods])).toEqual([
      ['upi_collect', ['upi_collect', 'upi_intent']],
      ['card', ['credit']],
    ]);
  });

  it('name generic methods by message key and give every chip a decorative glyph', () => {
    const chips = paymentMethodChips(table, ['sepa', 'local_bank_transfer'], 'FR', 'EUR');
    expect(chips.map((chip) => [chip.nameKey, chip.name])).toEqual([
      ['sepaDirectDebit', 'SEPA Direct Debit'],
      ['bankTransfer', 'Bank transfer'],
    ]);
    for (const chip of chips) expect(chip.icon.strings.join('')).toContain('aria-hidden="true"');
  });

  it('are empty when nothing is eligible', () => {
    expect(paymentMethodChips(table, ['pix', 'ideal'], 'US', 'USD')).toEqual([]);
  });
});

describe('payment method names', () => {
  /** Every distinct set of chips a shopper can see together, when the merchant accepts every type. */
  const offered = (() => {
    const currencies = new Set<string | undefined>([undefined, 'XOF']);
    for (const row of Object.values(PAYMENT_METHODS)) for (const code of row?.currencies?.split(' ') ?? []) currencies.add(code);
    const sets = new Map<string, { where: string; chips: ReturnType<typeof paymentMethodChips> }>();
    for (const country of COUNTRY_CODES) {
      for (const currency of currencies) {
        const chips = paymentMethodChips(PAYMENT_METHODS, PAYMENT_METHOD_TYPES, country, currency);
        const key = chips.map((chip) => chip.id).join(' ');
        if (!sets.has(key)) sets.set(key, { where: `${country} ${currency ?? '(any currency)'}`, chips });
      }
    }
    return [...sets.values()];
  })();

  /** Each chip's accessible name: the brand, or the localized message. */
  const chipName = (messages: Pick<Messages, MethodNameKey>, chip: (typeof offered)[number]['chips'][number]) => (chip.nameKey ? (messages[chip.nameKey] as string) : chip.name);

  it.each(UI_LANGUAGES)('no two chips offered together share a name in %s', async (lang) => {
    const messages: Messages = (await import(`../../../src/intl/messages/${lang}.ts`)).default;
    const clashes: string[] = [];
    for (const { where, chips } of offered) {
      const names = chips.map((chip) => chipName(messages, chip).toLocaleLowerCase(lang));
      const repeated = names.filter((name, index) => names.indexOf(name) !== index);
      if (repeated.length > 0) clashes.push(`${where}: ${[...new Set(repeated)].join(', ')}`);
    }
    expect(clashes).toEqual([]);
  });

  it('tell Polish online banking from a local bank redirect', () => {
    const chips = paymentMethodChips(table, ['online_banking_poland', 'local_bank_redirect'], 'PL', 'PLN');
    expect(chips.map((chip) => chipName(en, chip))).toEqual([en.onlineBanking, en.otherBankPayment]);
  });
});

describe('the table as the CDN build ships it', () => {
  it('reads back as the table, row for row', async () => {
    const { decodeMethodTable, encodeMethodTable } = await import('../../../src/intl/method-table-json.js');
    const json = JSON.parse(JSON.stringify(encodeMethodTable(PAYMENT_METHODS)));
    expect(decodeMethodTable(json)).toEqual(PAYMENT_METHODS);
    // Grouped by category, one string a row: every type once.
    expect(Object.values(json).flatMap((rows) => Object.keys(rows as object)).sort()).toEqual(Object.keys(PAYMENT_METHODS).sort());
    expect(json.card.credit).toBe('=card');
    expect(json.card.bancontact_card).toBe('Bancontact|BE|EUR');
  });

  it('keeps a row with currencies but no countries, and one with neither', async () => {
    const { decodeMethodTable, encodeMethodTable } = await import('../../../src/intl/method-table-json.js');
    const table: MethodTable = { ali_pay: { category: 'wallet', brand: 'Alipay', currencies: 'CNY USD' }, givex: { category: 'card', brand: 'Givex' } };
    expect(encodeMethodTable(table)).toEqual({ wallet: { ali_pay: 'Alipay||CNY USD' }, card: { givex: 'Givex' } });
    expect(decodeMethodTable(encodeMethodTable(table))).toEqual(table);
  });

  it('takes a __proto__ type in the file as a row, not as the prototype of the table', async () => {
    const { decodeMethodTable } = await import('../../../src/intl/method-table-json.js');
    const decoded = decodeMethodTable(JSON.parse('{"wallet":{"__proto__":"Evil|XX|XXX","paypal":"PayPal"}}'));
    expect(Object.getPrototypeOf(decoded)).toBeNull();
    expect(Object.keys(decoded).sort()).toEqual(['__proto__', 'paypal']);
    expect((decoded as Record<string, unknown>)['paypal']).toEqual({ category: 'wallet', brand: 'PayPal' });
  });
});
