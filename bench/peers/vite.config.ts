/** Builds bench/peers/adyen-address.ts into node_modules/.cache/dodo-bench/ (not shipped). */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: fileURLToPath(new URL('../../node_modules/.cache/dodo-bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    cssCodeSplit: false,
    lib: {
      entry: fileURLToPath(new URL('./adyen-address.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'adyen-address.js',
      cssFileName: 'adyen-address',
    },
  },
});
