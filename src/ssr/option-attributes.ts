/** The element's options as the attributes a server writes (config/options.ts says how each kind is written). */
import { attributeName, CHECKOUT_OPTIONS, type CheckoutOptionValues, type OptionName } from '../config/options.js';

export type CheckoutRenderOptions = Partial<CheckoutOptionValues>;

/** `[attribute, value]` pairs for `options`; a flag is present or absent. An unknown option throws, so a typo is not a silent omission. */
export function optionAttributes(options: CheckoutRenderOptions): Array<[string, string]> {
  const attributes: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(options)) {
    if (!Object.hasOwn(CHECKOUT_OPTIONS, name)) throw new TypeError(`dodo-checkout/ssr: unknown option "${name}" (the options are the element's properties: ${Object.keys(CHECKOUT_OPTIONS).join(', ')})`);
    if (value === undefined || value === null || value === false) continue;
    const kind = CHECKOUT_OPTIONS[name as OptionName].kind;
    const text =
      kind === 'flag' ? ''
      : typeof value === 'string' ? value
      : kind === 'list' && Array.isArray(value) ? value.join(' ')
      : kind.startsWith('json') ? JSON.stringify(value)
      : String(value);
    attributes.push([attributeName(name as OptionName), text]);
  }
  return attributes;
}
