/**
 * The demo shop's server: the demo page (and the test fixtures) through Vite's dev middleware,
 * the built CDN bundle under /cdn/ (built at start when missing), the merchant proxy at
 * POST /api/payments with its quote route at POST /api/quote, the return page's status route at
 * POST /api/payment-status, the webhook endpoint at POST /api/webhooks and the orders it fulfils
 * at GET /api/orders. /ssr/ is the server-rendered checkout of demo/examples/express-ssr.ts
 * (`?terms=1` adds the shop's policies, `?csp=strict` the strict policy, `?styles=inline` or
 * `?styles=inline-hash` the checkout's styles in the page, allowed by a nonce or by their hash).
 *
 *   npm run demo            # http://127.0.0.1:5173/ (PORT overrides)
 *
 * The proxy talks to the embedded Dodo API stand-in (no account, no network; adaptive pricing on,
 * so shoppers abroad are billed in their own currency) unless
 * DODO_PAYMENTS_API_KEY is set; then it uses Dodo's test mode and sells the products listed in
 * DEMO_PRODUCTS (see demo/demo-payments.ts). The stand-in signs its webhooks with
 * STAND_IN_WEBHOOK_SECRET and delivers a share of them twice (DEMO_WEBHOOK_DUPLICATE_RATE, 0–1,
 * default 0.5); in test mode, set DODO_PAYMENTS_WEBHOOK_KEY to receive Dodo's.
 * DEMO_CHECKOUT_API=checkout-sessions creates Checkout Sessions instead of payments. DEMO_TERMS=1
 * asks the shopper to accept the shop's terms, privacy and refund policies (demo/policies.html),
 * and the proxy records the acceptance on the payment.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import express from 'express';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer as createViteServer, type Plugin } from 'vite';
import { createCheckoutHandler, createQuoteHandler, createStatusHandler, createWebhookHandler, toNodeHandler, type CheckoutHandlerOptions, type QuoteHandlerOptions } from '../src/server/index.js';
import { startDodoApiStandIn, STAND_IN_PRODUCTS, STAND_IN_WEBHOOK_SECRET, type DodoApiStandIn } from '../src/testing.js';
import type { TermsDocuments } from '../src/api/terms-consent.js';
import { createDemoOrders, type DemoOrders } from './demo-orders.js';
import { decideDemoPayments, DemoProductsError, type DemoPaymentsPlan } from './demo-payments.js';
import { createSsrShop } from './examples/express-ssr.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cdnDir = join(root, 'dist', 'cdn');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface DemoServer {
  url: string;
  server: Server;
  /** Where POST /api/payments creates payments. */
  mode: 'stand-in' | 'test_mode' | 'custom';
  /** What the shop sells and what to print at start-up about it. */
  plan: DemoPaymentsPlan;
  /** The embedded Dodo API stand-in, in `stand-in` mode (tests inject faults through it). */
  standIn?: DodoApiStandIn;
  /** The orders the webhooks fulfilled. */
  orders: DemoOrders;
  close(): Promise<void>;
}

export interface DemoServerOptions {
  port?: number;
  host?: string;
  /** Handles POST /api/payments instead of the built-in proxy (stand-in, or test mode with DODO_PAYMENTS_API_KEY). */
  paymentsRoute?: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
  /** Where the payments plan is read from. Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

type PaymentsRoute = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** What the demo creates: payments (default) or checkout sessions (DEMO_CHECKOUT_API=checkout-sessions). */
function demoApi(env: DemoServerOptions['env']): NonNullable<CheckoutHandlerOptions['api']> {
  return env?.DEMO_CHECKOUT_API?.trim() === 'checkout-sessions' ? 'checkout-sessions' : 'payments';
}

/** The shop's policies when the demo asks for consent (DEMO_TERMS=1): absolute URLs on this server. */
function demoTerms(origin: string, env: DemoServerOptions['env']): TermsDocuments | undefined {
  if (env?.DEMO_TERMS?.trim() !== '1') return undefined;
  const page = (section: string) => new URL(`/demo/policies.html#${section}`, origin).href;
  return { termsUrl: page('terms'), privacyUrl: page('privacy'), refundUrl: page('refunds') };
}

/** Writes the demo's policies into demo/terms.ts as it is served, for `__DEMO_TERMS__`; they are known once the server listens. */
function demoTermsPlugin(terms: () => TermsDocuments | undefined): Plugin {
  return {
    name: 'dodo-checkout-demo-terms',
    transform(code, id) {
      const documents = terms();
      return documents && id.split('?')[0]!.endsWith('/demo/terms.ts') ? code.replaceAll('__DEMO_TERMS__', JSON.stringify(documents)) : null;
    },
  };
}

/**
 * The merchant proxy of the demo shop, its create and quote routes on one set of options: the
 * catalogue as allowlist (the stand-in's, or the products of DEMO_PRODUCTS in test mode),
 * return_url pinned to the thanks page.
 */
function createDemoProxyRoutes(
  origin: string,
  standIn: DodoApiStandIn | undefined,
  plan: DemoPaymentsPlan,
  env: DemoServerOptions['env'],
): { payments: PaymentsRoute; quote: PaymentsRoute; status: PaymentsRoute } {
  const payWhatYouWant = standIn ? STAND_IN_PRODUCTS.filter((product) => product.pay_what_you_want) : [];
  const options: QuoteHandlerOptions = {
    ...(standIn ? { apiKey: 'sk_demo_stand_in', baseURL: standIn.url } : { apiKey: env?.DODO_PAYMENTS_API_KEY?.trim(), environment: 'test_mode' as const }),
    allowedProducts: standIn ? STAND_IN_PRODUCTS.map((product) => product.product_id) : plan.products.map((product) => product.id),
    payWhatYouWantMinimums: Object.fromEntries(payWhatYouWant.map((product) => [product.product_id, product.pay_what_you_want?.minimum_price ?? 0])),
    pin: { return_url: new URL('/demo/thanks.html', origin).href, payment_link: true },
    // The stand-in charges nobody, and the browser tests pay and quote many times a minute from one address.
    ...(standIn ? { rateLimit: { max: 1_000, windowMs: 60_000 }, quoteRateLimit: { max: 5_000, windowMs: 60_000 } } : {}),
  };
  const api = demoApi(env);
  const terms = demoTerms(origin, env);
  return {
    payments: toNodeHandler(createCheckoutHandler({ ...options, api, ...(terms ? { terms } : {}) })),
    quote: toNodeHandler(createQuoteHandler(options)),
    // The return page's route, on the same key and mode as the proxy, so their status tokens agree.
    status: toNodeHandler(createStatusHandler({ ...options, api })),
  };
}

/**
 * The shop's webhook endpoint: verified by the stand-in's demo secret (or DODO_PAYMENTS_WEBHOOK_KEY
 * in test mode), each event handled once by the orders list, each verified delivery counted.
 */
function createDemoWebhookRoute(webhookKey: string, orders: DemoOrders): PaymentsRoute {
  const handler = createWebhookHandler({ webhookKey, onEvent: orders.handleEvent });
  return toNodeHandler(async (request) => {
    const webhookId = request.headers.get('webhook-id');
    const response = await handler(request);
    // 200: handled now or earlier; 409: another delivery of it is running. Both passed the signature check.
    if (webhookId && (response.status === 200 || response.status === 409)) orders.countDelivery(webhookId);
    return response;
  });
}

function duplicateRate(env: DemoServerOptions['env']): number {
  const rate = Number(env?.DEMO_WEBHOOK_DUPLICATE_RATE ?? 0.5);
  return Number.isFinite(rate) ? Math.min(1, Math.max(0, rate)) : 0.5;
}

/** Writes the products of DEMO_PRODUCTS into demo/catalogue.ts as it is served, for `__DEMO_PRODUCTS__`. */
function demoProductsPlugin(products: DemoPaymentsPlan['products']): Plugin {
  const json = JSON.stringify(products);
  return {
    name: 'dodo-checkout-demo-products',
    transform(code, id) {
      return id.split('?')[0]!.endsWith('/demo/catalogue.ts') ? code.replaceAll('__DEMO_PRODUCTS__', json) : null;
    },
  };
}

/**
 * The policy a strict merchant page sends: no inline code or styles, no eval, Trusted Types
 * enforced. Pages get it with `?csp=strict` (the demo at `/?csp=strict`, fixtures under /tests/).
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";

function serveStatic(dir: string, path: string, res: ServerResponse, headers: Record<string, string> = {}): boolean {
  const file = normalize(join(dir, decodeURIComponent(path)));
  if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return false;
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'access-control-allow-origin': '*',
    'cache-control': 'no-store',
    ...headers,
  });
  createReadStream(file).pipe(res);
  return true;
}

/** The plain-HTML example loads /cdn/dodo-checkout.js; a fresh clone has no dist/ yet, so build it once. */
function buildCdnBundleIfMissing(): void {
  if (existsSync(join(cdnDir, 'dodo-checkout.js')) && existsSync(join(cdnDir, 'dodo-checkout.css'))) return;
  console.log('dodo-checkout demo: building the CDN bundle for /cdn/ (node scripts/build.mjs --cdn)…');
  execFileSync(process.execPath, ['scripts/build.mjs', '--cdn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  buildCdnBundleIfMissing();
  const host = options.host ?? '127.0.0.1';
  const env = options.env ?? process.env;
  const plan = decideDemoPayments(env);
  let terms: TermsDocuments | undefined;
  const vite = await createViteServer({
    root,
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    // The shop page sells what the proxy allows: DEMO_PRODUCTS in test mode.
    plugins: [...(plan.productsFromEnvironment ? [demoProductsPlugin(plan.products)] : []), demoTermsPlugin(() => terms)],
  });

  let paymentsRoute: PaymentsRoute | undefined = options.paymentsRoute;
  let quoteRoute: PaymentsRoute | undefined;
  let statusRoute: PaymentsRoute | undefined;
  const mode: DemoServer['mode'] = options.paymentsRoute ? 'custom' : plan.mode;
  // Webhooks go to this server's /api/webhooks once it listens; retries come quickly, for the tester's sake.
  const standIn = mode === 'stand-in' ? await startDodoApiStandIn({ adaptivePricing: true, webhooks: { duplicateRate: duplicateRate(env), retryDelaysMs: [1_000, 5_000, 30_000, 120_000] } }) : undefined;
  const orders = createDemoOrders();
  const webhookKey = standIn ? STAND_IN_WEBHOOK_SECRET : env.DODO_PAYMENTS_WEBHOOK_KEY?.trim();
  const webhookRoute = webhookKey ? createDemoWebhookRoute(webhookKey, orders) : undefined;

  // The server-rendered shop, its files pinned by the hashes of the build it serves at /cdn/.
  const sri = JSON.parse(readFileSync(join(cdnDir, 'sri.json'), 'utf8')) as Record<string, string>;
  const ssrShop = express().use(
    '/ssr',
    createSsrShop({
      assets: { base: '/cdn/', integrity: { script: sri['dodo-checkout.js'], stylesheet: sri['dodo-checkout.css'], hydrate: sri['chunks/hydrate.js'] } },
      moreOptions: (request) => (request.query.terms === '1' ? { termsUrl: `${request.protocol}://${request.get('host')}/demo/policies.html#terms` } : {}),
      styles: (request) => (request.query.styles === 'inline' ? 'inline-nonce' : request.query.styles === 'inline-hash' ? 'inline-hash' : 'link'),
      // With inline styles, the strict policy allows that one <style> by its nonce or its hash.
      contentSecurityPolicy: (request, styleSource) =>
        request.query.csp === 'strict' ? (styleSource ? STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${styleSource}`) : STRICT_CSP) : undefined,
    }),
  );

  const server = createHttpServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/healthz') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      }
      if (url.pathname === '/favicon.ico') {
        // No icon, and no 404 in the console of pages that are tested for console errors.
        res.writeHead(204).end();
        return;
      }
      if (url.pathname === '/api/payments') {
        if (paymentsRoute) await paymentsRoute(req, res);
        else res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'PROXY_NOT_CONFIGURED', message: 'No payment proxy is mounted.' }));
        return;
      }
      if (url.pathname === '/api/payment-status') {
        if (statusRoute) await statusRoute(req, res);
        else res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'STATUS_NOT_CONFIGURED', message: 'No status route is mounted.' }));
        return;
      }
      if (url.pathname === '/api/quote' && quoteRoute) {
        await quoteRoute(req, res);
        return;
      }
      if (url.pathname === '/api/webhooks') {
        if (webhookRoute) await webhookRoute(req, res);
        else res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'WEBHOOKS_NOT_CONFIGURED', message: 'Set DODO_PAYMENTS_WEBHOOK_KEY to receive webhooks.' }));
        return;
      }
      if (url.pathname === '/api/orders') {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify({ orders: orders.list() }));
        return;
      }
      if (url.pathname === '/ssr' || url.pathname.startsWith('/ssr/')) {
        ssrShop(req, res);
        return;
      }
      if (url.pathname.startsWith('/cdn/')) {
        if (serveStatic(cdnDir, url.pathname.slice('/cdn/'.length), res)) return;
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const page = url.pathname === '/' ? '/demo/index.html' : url.pathname;
      if (page.endsWith('.html') && (page.startsWith('/demo/') || page.startsWith('/tests/'))) {
        // Pages are sent as written: no injected inline scripts, so strict CSP pages stay strict.
        const csp: Record<string, string> = url.searchParams.get('csp') === 'strict' ? { 'content-security-policy': STRICT_CSP } : {};
        if (serveStatic(root, page, res, csp)) return;
      }
      vite.middlewares(req, res, () => {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      });
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal error');
    }
  });

  await new Promise<void>((done) => server.listen(options.port ?? 5173, host, done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${host}:${port}/`;
  terms = demoTerms(new URL(url).origin, env);
  if (mode !== 'custom') ({ payments: paymentsRoute, quote: quoteRoute, status: statusRoute } = createDemoProxyRoutes(new URL(url).origin, standIn, plan, env));
  standIn?.webhooks.setUrl(new URL('/api/webhooks', url).href);
  return {
    url,
    server,
    mode,
    plan,
    ...(standIn ? { standIn } : {}),
    orders,
    async close() {
      await vite.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await standIn?.close();
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let demo: DemoServer;
  try {
    demo = await startDemoServer({ port: Number(process.env.PORT ?? 5173) });
  } catch (error) {
    if (!(error instanceof DemoProductsError)) throw error;
    console.error(`dodo-checkout demo: ${error.message}`);
    process.exit(1);
  }
  console.log(`dodo-checkout demo: ${demo.url}`);
  const [first, ...rest] = demo.plan.notes;
  console.log(first);
  if (demo.standIn) {
    console.log(`Stand-in API: ${demo.standIn.url}`);
    console.log(`Webhooks: the stand-in posts to /api/webhooks, signed with ${STAND_IN_WEBHOOK_SECRET}; orders at ${new URL('/demo/orders.html', demo.url).href}`);
  }
  for (const line of rest) (demo.plan.misconfigured ? console.warn : console.log)(line);
}
