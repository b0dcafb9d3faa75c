/**
 * The server renderer of `<dodo-checkout>`: Lit's, with two changes. The shadow root starts with
 * the markup the render call chose for the element's styles: a link to its stylesheet
 * (`dodo-checkout.css`, the same rules as its static styles), which `style-src` allows by the
 * stylesheet's origin, or the rules in a `<style>` the page's policy allows by hash or nonce; and
 * the element gets its attributes from the render call rather than from a template.
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import { renderValue, type RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement } from 'lit';
import { DodoCheckout } from '../dodo-checkout.js';
import { hiddenUntilStyled } from './hidden-until-styled.js';
import { escapeHtml } from '../escape-html.js';

/** The element's rules in a `<style>`, with the page's CSP `nonce` when given. */
export function inlineStyle(text: string, nonce?: string): string {
  // The rules are the element's own; a closing tag inside them would end the element early.
  if (/<\/style/i.test(text)) throw new Error('dodo-checkout/ssr: the element\'s styles hold "</style"');
  return `<style${nonce ? ` nonce="${escapeHtml(nonce)}"` : ''}>${text}</style>`;
}

/** The `<link>` to the element's stylesheet, pinned by `integrity` when given. */
export function stylesheetLink(href: string, integrity?: string): string {
  const pin = integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
  return `<link rel="stylesheet" href="${escapeHtml(href)}"${pin}>`;
}

/**
 * A renderer for one render call: `attributes` on the element, and its styles first in its shadow
 * root: a `<style>`, or a `<link>` (`styles.linked`). Chromium pauses the page's parser at a linked
 * stylesheet until it has arrived; Firefox parses on and would show the form unstyled meanwhile,
 * so with a link the form is hidden until the stylesheet's rules show it.
 */
export function checkoutElementRenderer(attributes: ReadonlyArray<readonly [string, string]>, styles: { markup: string; linked: boolean }): typeof LitElementRenderer {
  return class CheckoutElementRenderer extends LitElementRenderer {
    static override matchesClass(ctor: typeof HTMLElement): boolean {
      return ctor === (DodoCheckout as unknown as typeof HTMLElement);
    }

    override connectedCallback(): void {
      for (const [name, value] of attributes) this.setAttribute(name, value);
      super.connectedCallback();
    }

    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult {
      const element = this.element as unknown as { render(): unknown } & LitElement;
      if (styles.linked) hiddenUntilStyled.add(element);
      return [styles.markup, () => renderValue(element.render(), renderInfo)];
    }
  };
}
