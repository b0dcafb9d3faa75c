import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../../scripts/vite/minify-css-literals.js';
import { checkoutStyles } from '../../../src/styles/checkout-styles.js';

describe('minifyCss', () => {
  it('drops comments and the whitespace around braces, semicolons and commas', () => {
    expect(minifyCss('/* a */\n  :host {\n    color: red;\n    font: 1rem / 1.2 a, b;\n  }\n')).toBe(':host{color:red;font:1rem / 1.2 a,b}');
  });

  it('keeps the spaces calc() and descendant pseudo-classes need', () => {
    expect(minifyCss('.a :focus-visible { inline-size: calc(100% - 2rem + 4px); }')).toBe('.a :focus-visible{inline-size:calc(100% - 2rem + 4px)}');
  });

  it('leaves the checkout stylesheet parseable with the same rules', () => {
    const source = checkoutStyles.cssText;
    const before = new CSSStyleSheetLike(source);
    const after = new CSSStyleSheetLike(minifyCss(source));
    expect(after.selectors).toEqual(before.selectors);
    expect(after.declarations).toEqual(before.declarations);
  });
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
