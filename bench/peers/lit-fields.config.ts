/**
 * Builds bench/peers/lit-fields.ts into node_modules/.cache/dodo-bench/lit-fields/ (not shipped),
 * as vite.config.ts builds the checkout's CDN script: one minified classic script (IIFE) that
 * opens with V8's compile hint. Needs dist/cdn/dodo-checkout.css (npm run build).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const checkoutCss = readFileSync(fileURLToPath(new URL('../../dist/cdn/dodo-checkout.css', import.meta.url)), 'utf8');

export default defineConfig({
  logLevel: 'warn',
  define: { __CHECKOUT_CSS__: JSON.stringify(checkoutCss) },
  build: {
    outDir: fileURLToPath(new URL('../../node_modules/.cache/dodo-bench/lit-fields', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      entry: fileURLToPath(new URL('./lit-fields.ts', import.meta.url)),
      formats: ['iife'],
      name: 'LitFields',
      fileName: () => 'lit-fields.js',
    },
    rolldownOptions: { output: { postBanner: '//# allFunctionsCalledOnLoad' } },
  },
});
