import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../../scripts/vite/minify-css-literals.js';
import { paymentStatusStyles } from '../../../src/status/payment-status-styles.js';
import { checkoutStyles } from '../../../src/styles/checkout-styles.js';
import { sharedStyles } from '../../../src/styles/shared-styles.js';
import { tokens } from '../../../src/styles/tokens.js';

describe('minifyCss', () => {
  it('drops comments and the whitespace around braces, semicolons and commas', () => {
    expect(minifyCss('/* a */\n  :host {\n    color: red;\n    font: 1rem / 1.2 a, b;\n  }\n')).toBe(':host{color:red;font:1rem / 1.2 a,b}');
  });

  it('keeps the spaces calc() and descendant pseudo-classes need', () => {
    expect(minifyCss('.a :focus-visible { inline-size: calc(100% - 2rem + 4px); }')).toBe('.a :focus-visible{inline-size:calc(100% - 2rem + 4px)}');
  });

  it.each(Object.entries({ tokens, sharedStyles, checkoutStyles, paymentStatusStyles }))(
    'leaves the %s stylesheet parseable with the same rules',
    (_name, styles) => {
      const source = styles.cssText;
      const before = new CSSStyleSheetLike(source);
      const after = new CSSStyleSheetLike(minifyCss(source));
      expect(before.selectors.length).toBeGreaterThan(0);
      expect(after.selectors).toEqual(before.selectors);
      expect(after.declarations).toEqual(before.declarations);
    },
  );
});

/** Just enough of a CSS reader to compare rule selectors and declarations, whitespace aside. */
class CSSStyleSheetLike {
  selectors: string[] = [];
  declarations: string[] = [];
  constructor(text: string) {
    const clean = text.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, selector, body] of clean.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      this.selectors.push(selector!.replace(/\s+/g, ' ').replace(/\s*,\s*/g, ',').trim());
      for (const declaration of body!.split(';')) {
        const normalized = declaration.replace(/\s+/g, ' ').replace(/\s*:\s*/, ':').replace(/\s*,\s*/g, ',').trim();
        if (normalized) this.declarations.push(normalized);
      }
    }
  }
}
