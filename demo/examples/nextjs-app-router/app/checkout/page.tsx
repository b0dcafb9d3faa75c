// Next.js App Router: the checkout rendered by a server component, so the form shows and takes
// input before any script runs; the client component below defines the element, which then adopts
// the server's form with whatever the shopper typed meanwhile. Mount the proxy at
// app/api/payments/route.ts (README, "Your backend").
import { headers } from 'next/headers';
import { renderCheckout } from 'dodo-checkout/ssr';
import { DefineCheckout } from './define-checkout';

export const dynamic = 'force-dynamic'; // rendered per request: the shopper's language

export default async function CheckoutPage() {
  const checkout = await renderCheckout(
    {
      endpoint: '/api/payments',
      currency: 'USD',
      cart: [{ product_id: 'pdt_espresso_beans', quantity: 1, name: 'Espresso beans, 1 kg', price: 2400 }],
    },
    // The shadow root links dodo-checkout.css from jsDelivr (this version, pinned by its hash) unless `assets` says otherwise.
    { acceptLanguage: (await headers()).get('accept-language') ?? '' },
  );
  return (
    <main>
      <h1>Espresso beans</h1>
      {/* Parsed by the browser on the first load, declarative shadow root included; after a client-side navigation the element renders itself. */}
      <div dangerouslySetInnerHTML={{ __html: checkout }} />
      <DefineCheckout />
    </main>
  );
}
