/**
 * Express: the checkout rendered on the server, so the form shows and takes input before any
 * script runs. The page's <head> gets the element's script and stylesheet; the element adopts
 * the server's form when its script arrives, with whatever the shopper typed meanwhile.
 *
 *   npx tsx demo/examples/express-ssr.ts      # http://127.0.0.1:3000/ (PORT overrides)
 *
 * Run on its own it serves the built CDN files (dist/cdn, `npm run build`) at /cdn/ and its own
 * proxy on the embedded Dodo API stand-in; the demo server (`npm run demo`) mounts the same
 * shop at /ssr/.
 */
import { randomBytes } from 'node:crypto';
import express, { type Request } from 'express';
import { createCheckoutHandler, toNodeHandler } from 'dodo-checkout/server';
import { checkoutHeadTags, checkoutStyleHash, renderCheckout, type CheckoutAssets, type CheckoutRenderOptions } from 'dodo-checkout/ssr';

export interface SsrShopOptions {
  /** Where the CDN files are served; omitted: this version on jsDelivr. */
  assets?: CheckoutAssets;
  /** Options added to the checkout's for a request (the demo adds its policies). */
  moreOptions?: (request: Request) => Partial<CheckoutRenderOptions>;
  /**
   * How a request's page carries the checkout's styles: `'link'` (the default: the stylesheet,
   * which `style-src` allows by its origin), or a `<style>` in the shadow root, which shows the
   * form without waiting for the stylesheet and which the policy allows by a fresh nonce per
   * response (`'inline-nonce'`) or by the rules' hash (`'inline-hash'`: the same for every page,
   * so a cached page keeps working).
   */
  styles?: (request: Request) => 'link' | 'inline-nonce' | 'inline-hash';
  /**
   * A Content-Security-Policy for a request's page (the demo's strict one). `styleSource` is what
   * its `style-src` must add for inline styles (`'nonce-…'` or `'sha256-…'`), if anything.
   */
  contentSecurityPolicy?: (request: Request, styleSource: string | undefined) => string | undefined;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function createSsrShop({ assets, moreOptions, styles: stylesFor, contentSecurityPolicy }: SsrShopOptions = {}): express.Express {
  const app = express();
  app.get('/', async (request, response, next) => {
    try {
      const how = stylesFor?.(request) ?? 'link';
      const styles = how === 'link' ? 'link' : 'inline';
      // A fresh nonce per response, or the rules' hash: either lets the policy allow the one <style> this page carries.
      const nonce = how === 'inline-nonce' ? randomBytes(16).toString('base64') : undefined;
      const styleSource = nonce ? `'nonce-${nonce}'` : how === 'inline-hash' ? checkoutStyleHash() : undefined;
      const checkout = await renderCheckout(
        {
          endpoint: '/api/payments',
          currency: 'USD',
          country: 'US',
          cart: [{ product_id: 'pdt_espresso_beans', quantity: 1, name: 'Espresso beans, 1 kg', price: 2400 }],
          ...moreOptions?.(request),
        },
        { acceptLanguage: request.get('accept-language') ?? '', styles, ...(nonce ? { nonce } : {}), ...(assets ? { assets } : {}) },
      );
      const policy = contentSecurityPolicy?.(request, styleSource);
      if (policy) response.set('content-security-policy', policy);
      response.type('html').send(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeText('Espresso beans')}</title>
    ${checkoutHeadTags(assets, { styles })}
  </head>
  <body>
    <main>
      <h1>Espresso beans</h1>
      ${checkout}
    </main>
  </body>
</html>
`);
    } catch (error) {
      next(error);
    }
  });
  return app;
}

if (process.argv[1] && import.meta.filename === (await import('node:path')).resolve(process.argv[1])) {
  const { startDodoApiStandIn, STAND_IN_PRODUCTS } = await import('dodo-checkout/testing');
  const standIn = await startDodoApiStandIn();
  const port = Number(process.env.PORT ?? 3000);
  const app = express();
  app.use('/cdn', express.static(new URL('../../dist/cdn', import.meta.url).pathname));
  app.all(
    '/api/payments',
    toNodeHandler(
      createCheckoutHandler({
        apiKey: 'sk_stand_in',
        baseURL: standIn.url,
        allowedProducts: STAND_IN_PRODUCTS.map((product) => product.product_id),
        pin: { return_url: `http://127.0.0.1:${port}/`, payment_link: true },
      }),
    ),
  );
  app.use(createSsrShop({ assets: { base: '/cdn/' } }));
  app.listen(port, '127.0.0.1', () => console.log(`Server-rendered checkout: http://127.0.0.1:${port}/`));
}
