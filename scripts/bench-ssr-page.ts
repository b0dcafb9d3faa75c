/**
 * The startup bench's server-rendered pages: bench/cdn.html with its `<dodo-checkout>` rendered by
 * `dodo-checkout/ssr` as the package ships it (`dist/ssr`, whose styles the build minified), with
 * the same attributes, read from that page, and the same script tag; with
 * `styles: 'link'` the stylesheet is preloaded in `<head>`, with `'inline'` the rules are in the
 * shadow root. Written at bench time, from the build the bench measures (`npm run build` after a change).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { attributeName, CHECKOUT_OPTIONS, type OptionName } from '../src/config/options.js';
import type { CheckoutRenderOptions, CheckoutStyles, renderCheckout as RenderCheckout } from '../src/ssr/index.js';

const ELEMENT = /<dodo-checkout\b[\s\S]*?<\/dodo-checkout>/;

export async function writeSsrBenchPage(cdnPage: string, outFile: string, cdnBase: string, styles: CheckoutStyles = 'link'): Promise<void> {
  const page = readFileSync(cdnPage, 'utf8');
  const written = ELEMENT.exec(page)?.[0];
  if (!written) throw new Error(`${cdnPage} has no <dodo-checkout>`);
  const element = parseFragment(written).childNodes[0] as DefaultTreeAdapterMap['element'];
  const byAttribute = new Map((Object.keys(CHECKOUT_OPTIONS) as OptionName[]).map((name) => [attributeName(name), name]));
  const options: Record<string, unknown> = {};
  const others: string[] = [];
  for (const { name, value } of element.attrs) {
    const option = byAttribute.get(name);
    if (option) options[option] = CHECKOUT_OPTIONS[option].kind === 'flag' ? true : value;
    else others.push(` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  }
  const { renderCheckout } = (await import(pathToFileURL(resolve(import.meta.dirname, '../dist/ssr/index.js')).href)) as { renderCheckout: typeof RenderCheckout };
  const rendered = await renderCheckout(options as CheckoutRenderOptions, { assets: { base: cdnBase }, styles });
  const html = page
    .replace(ELEMENT, () => rendered.replace('<dodo-checkout', `<dodo-checkout${others.join('')}`))
    .replace('</title>', styles === 'inline' ? ' (server-rendered, inline styles)</title>' : ' (server-rendered)</title>')
    .replace('</head>', styles === 'inline' ? '</head>' : `  <link rel="preload" as="style" href="${cdnBase}dodo-checkout.css" />\n  </head>`);
  writeFileSync(outFile, html);
}
