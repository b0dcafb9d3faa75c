import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // Loaded by Node, not bundled: the element and Lit's server renderer must share one Lit.
  vite: { ssr: { external: ['dodo-checkout', '@lit-labs/ssr', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'] } },
});
