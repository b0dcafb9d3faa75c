/**
 * The server renderer of `<dodo-checkout>`: Lit's, with two changes. The shadow root links the
 * element's stylesheet (`dodo-checkout.css`, the same rules as its static styles) instead of
 * inlining them in a `<style>`, which a `style-src` without 'unsafe-inline' blocks; and the
 * element gets its attributes from the render call rather than from a template.
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import { renderValue, type RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement } from 'lit';
import { DodoCheckout } from '../dodo-checkout.js';
import { escapeHtml } from '../escape-html.js';

/** The `<link>` to the element's stylesheet, pinned by `integrity` when given. */
export function stylesheetLink(href: string, integrity?: string): string {
  const pin = integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
  return `<link rel="stylesheet" href="${escapeHtml(href)}"${pin}>`;
}

/** A renderer for one render call: `attributes` on the element, `stylesheet` (a `<link>`) in its shadow root. */
export function checkoutElementRenderer(attributes: ReadonlyArray<readonly [string, string]>, stylesheet: string): typeof LitElementRenderer {
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
      return [stylesheet, () => renderValue(element.render(), renderInfo)];
    }
  };
}
