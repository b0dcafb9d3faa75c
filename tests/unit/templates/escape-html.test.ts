/**
 * The one HTML escaper of markup built as strings (the native country list, the server renderer's
 * tags, the stand-in's hosted page): whatever the text, an HTML parser reads back exactly that text,
 * as element text and inside double- and single-quoted attribute values, and no element is created.
 */
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/escape-html.js';

type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

describe('escapeHtml', () => {
  it('writes the five markup characters as character references', () => {
    expect(escapeHtml(`<b class="x" title='y'>Tom & Jerry</b>`)).toBe('&lt;b class=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/b&gt;');
    expect(escapeHtml('Côte d’Ivoire')).toBe('Côte d’Ivoire');
  });

  it('round-trips any text through an HTML parser as text and as attribute values', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '=', '/', ';', '#', 'a', 'amp', 'lt', ' ', 'é', '\u{1F600}') }), (text) => {
        const escaped = escapeHtml(text);
        const [option] = parseFragment(`<option value="${escaped}" label='${escaped}'>${escaped}</option>`).childNodes as Element[];
        expect(option!.childNodes.every((node) => node.nodeName === '#text')).toBe(true);
        expect(option!.childNodes.map((node) => (node as TextNode).value).join('')).toBe(text);
        expect(option!.attrs).toEqual([{ name: 'value', value: text }, { name: 'label', value: text }]);
      }),
      { numRuns: 500 },
    );
  });
});
