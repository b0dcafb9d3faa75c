/**
 * The peer for the startup benchmark: Adyen Web's Address component alone, imported the
 * tree-shakable way (`AdyenCheckout` + `Address`), bundled and minified like our CDN build.
 * No network: the bench answers Adyen's hosts with 404s, so this measures the code, not Adyen's CDN.
 */
import { AdyenCheckout, Address } from '@adyen/adyen-web';
import '@adyen/adyen-web/styles/adyen.css';

const checkout = await AdyenCheckout({
  clientKey: 'test_BENCHMARK0000000000000000000000',
  environment: 'test',
  locale: 'en-US',
  countryCode: 'US',
  analytics: { enabled: false },
});
// A merchant passes onChange to read the address; here nothing reads it.
new Address(checkout, { countryCode: 'US', onChange: () => undefined }).mount('#form');
