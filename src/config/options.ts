/**
 * The element's configuration surface, written once. This table generates the reactive
 * properties and their attributes, the inputs `parseCheckoutConfig` reads, the keys whose change
 * re-parses the configuration, the React wrapper's JSX attribute types and the manifest entries
 * (`custom-elements-manifest.config.mjs` reads it, with the descriptions in `option-docs.ts`,
 * which stay out of the bundle). An option added here works everywhere.
 */

/**
 * How an option is written: `text` a string; `list` space- or comma-separated text or an array;
 * `json-array`/`json-object` JSON text or the value itself; `flag` a boolean attribute; `number`
 * a number or its text; `choice` one of `choices`.
 */
export type OptionKind = 'text' | 'list' | 'json-array' | 'json-object' | 'json-record' | 'flag' | 'number' | 'choice';

interface OptionSpec {
  kind: OptionKind;
  choices?: readonly string[];
  /** The default, for `choice` options (others start empty or false). */
  initial?: string;
  /** Reflected to the attribute, for styling or for the page to read. */
  reflect?: boolean;
  /** Not part of the payment configuration: a change does not re-parse it (the UI language, the theme). */
  presentation?: boolean;
}

// Shared by the options of a kind, so the table stays a few bytes in the bundle.
const text = { kind: 'text' } as const;
const flag = { kind: 'flag' } as const;

/** Every option, by property name; its attribute is the kebab-case name (`billingCurrency` → `billing-currency`, `force3ds` → `force-3ds`). */
export const CHECKOUT_OPTIONS = {
  endpoint: text,
  quoteEndpoint: text,
  statusEndpoint: text,
  cart: { kind: 'json-array' },
  currency: text,
  billingCurrency: text,
  allowedPaymentMethodTypes: { kind: 'list' },
  customerId: text,
  customer: { kind: 'json-object' },
  country: text,
  discountCode: text,
  returnUrl: text,
  termsUrl: text,
  privacyUrl: text,
  refundUrl: text,
  redirectImmediately: flag,
  shortLink: flag,
  force3ds: flag,
  showSavedPaymentMethods: flag,
  paymentMethodId: text,
  collectPhone: flag,
  collectTaxId: flag,
  metadata: { kind: 'json-record' },
  locale: { kind: 'text', reflect: true, presentation: true },
  timeout: { kind: 'number' },
  theme: { kind: 'choice', choices: ['light', 'dark', 'auto'], initial: 'auto', reflect: true, presentation: true },
} as const satisfies Record<string, OptionSpec>;

type Options = typeof CHECKOUT_OPTIONS;
export type OptionName = keyof Options;

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
/** An option's attribute name, as `attributeName` writes it. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Digit ? `-${Head}` : Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : '';

/** An option's attribute: its kebab-case name. */
export const attributeName = (name: OptionName): string => name.replace(/[A-Z]|\d/g, (char) => `-${char.toLowerCase()}`);

/** The property type of each kind. */
type PropertyValue<O> = O extends { kind: 'flag' }
  ? boolean
  : O extends { kind: 'number' }
    ? string | number
    : O extends { kind: 'list' }
      ? string | string[]
      : O extends { kind: 'json-array' }
        ? string | object[]
        : O extends { kind: 'json-object' }
          ? string | object
          : O extends { kind: 'json-record' }
            ? string | Record<string, string>
            : O extends { choices: readonly (infer C)[] }
              ? C
              : string;

/** The element's option properties, typed by kind. */
export type CheckoutOptionValues = { -readonly [K in OptionName]: PropertyValue<Options[K]> };

/** The options as attributes, as written in HTML or JSX without the wrapper (flags bare or boolean). */
export type CheckoutOptionAttributes = {
  [K in OptionName as Kebab<K>]?: Options[K] extends { kind: 'flag' } ? boolean : Options[K] extends { kind: 'number' } ? string | number : PropertyValue<Options[K]> extends string ? PropertyValue<Options[K]> : string;
};

/** The options that make up the payment configuration; a change of any re-parses it. */
export const CONFIG_OPTION_NAMES = (Object.keys(CHECKOUT_OPTIONS) as OptionName[]).filter(
  (name) => !('presentation' in CHECKOUT_OPTIONS[name]),
) as Array<Exclude<OptionName, 'locale' | 'theme'>>;
export type ConfigOptionName = (typeof CONFIG_OPTION_NAMES)[number];

/** The TypeScript type of a kind, as the manifest and README state it. */
export function optionTypeText(name: OptionName): string {
  const option: OptionSpec = CHECKOUT_OPTIONS[name];
  const texts: Record<OptionKind, string> = {
    text: 'string', list: 'string | string[]', 'json-array': 'string | object[]', 'json-object': 'string | object',
    'json-record': 'string | Record<string, string>', flag: 'boolean', number: 'string | number',
    choice: (option.choices ?? []).map((choice) => `'${choice}'`).join(' | '),
  };
  return texts[option.kind];
}

/** The value an option starts with. */
export function initialValue(name: OptionName): string | boolean {
  const option: OptionSpec = CHECKOUT_OPTIONS[name];
  return option.kind === 'flag' ? false : (option.initial ?? '');
}

/** Lit's `static properties` for the options. */
export function optionProperties(): Record<OptionName, { attribute: string; type?: BooleanConstructor; reflect?: boolean }> {
  return Object.fromEntries(
    (Object.keys(CHECKOUT_OPTIONS) as OptionName[]).map((name) => {
      const option: OptionSpec = CHECKOUT_OPTIONS[name];
      return [name, { attribute: attributeName(name), ...(option.kind === 'flag' ? { type: Boolean } : {}), ...(option.reflect ? { reflect: true } : {}) }];
    }),
  ) as Record<OptionName, { attribute: string; type?: BooleanConstructor; reflect?: boolean }>;
}
