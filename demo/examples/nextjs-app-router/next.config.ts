import type { NextConfig } from 'next';

const config: NextConfig = {
  // Loaded by Node, not bundled: the element and Lit's server renderer must share one Lit, and
  // Node picks Lit's server build (`isServer`).
  serverExternalPackages: ['dodo-checkout', '@lit-labs/ssr', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
};

export default config;
