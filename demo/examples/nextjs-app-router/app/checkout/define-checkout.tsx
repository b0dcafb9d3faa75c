'use client';
// Defines <dodo-checkout> in the browser (the npm entry, hydration support included). Importing
// it while Next renders this component on the server touches no browser API.
import 'dodo-checkout';

export function DefineCheckout() {
  return null;
}
