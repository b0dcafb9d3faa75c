/**
 * The element's static styles as text, on the server: the rules `dodo-checkout.css` holds
 * (`scripts/write-checkout-css.ts` writes them, minified) and an inline `<style>` carries.
 */
import { DodoCheckout } from '../dodo-checkout.js';

let rules: string[] | undefined;

/** Each of the element's style sheets, as its `css` literal wrote it. */
export function checkoutStyleRules(): readonly string[] {
  if (!rules) {
    // `finalize` collects the class's styles into `elementStyles`, as defining the element does.
    (DodoCheckout as unknown as { finalize(): void }).finalize();
    rules = DodoCheckout.elementStyles.map((style) => (style as { cssText: string }).cssText);
  }
  return rules;
}

/** The element's rules as one stylesheet. */
export const checkoutStyleText = (): string => checkoutStyleRules().join('\n');
