/**
 * Three builds of one source tree, chosen by `--mode` (scripts/build.mjs runs them all):
 * - `npm`:    ES modules for bundlers; runtime dependencies stay imports, data loads by import().
 * - `cdn-chunks`: the modules the CDN script imports later, from `chunks/` next to it
 *             (the country picker, its load-….cdn.ts loader; `cdn-submit-chunk` adds the submit
 *             path, `cdn-quote-chunk` the live quote, `cdn-hydrate-chunk` Lit's hydration of a
 *             server-rendered form); they use the script's Lit and code lists
 *             (src/cdn/lit-runtime.ts) instead of copies of their own. Built first: the script
 *             carries their SRI hashes.
 * - `cdn`:    one minified classic script with everything the form needs inlined; data is
 *             fetched as JSON from `data/` next to the script (src/intl/data-loader.cdn.ts).
 * - `cdn-status`: `<dodo-payment-status>` for return pages, one classic script of its own.
 * - `server`: the proxy (`dodo-checkout/server`) for Node and other fetch-standard runtimes, and
 *             the Dodo API stand-in for offline tests (`dodo-checkout/testing`).
 * - `ssr`:    the server renderer (`dodo-checkout/ssr`), with Lit and Lit's server renderer as
 *             imports; it carries the CDN files' SRI hashes, so `cdn` and the stylesheet come first.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Alias, type BuildOptions, type UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { minifyCssLiterals } from './scripts/vite/minify-css-literals.js';
import { terserAfterMinify } from './scripts/vite/terser-after-minify.js';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id: string) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));
/** The React wrapper's peer stays an import, like the dependencies. */
const isReact = (id: string) => id === 'react' || id.startsWith('react/');

/** The SRI hash of a built CDN file (`dist/cdn/<file>`), which a later build pins. */
function cdnIntegrity(file: string, builtBy: string): string {
  const path = fileURLToPath(new URL(`./dist/cdn/${file}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`vite.config.ts: ${path} is missing; run ${builtBy} first`);
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

/** The SRI hash of a built CDN chunk, which the CDN script pins (`cdn-chunks` builds first). */
const chunkIntegrity = (file: string): string => cdnIntegrity(`chunks/${file}`, '`vite build --mode cdn-chunks`');

/** What a CDN build states: its modules swapped by `alias`, its build-time constants, its output. */
interface CdnBuild {
  alias?: Alias[];
  define?: Record<string, string>;
  build: BuildOptions;
}

/**
 * What every CDN build shares: css`` literals minified, Lit in production mode, ES2022 with source
 * maps, written into dist/cdn without emptying it (scripts/build.mjs empties it before the first).
 */
const cdnBuild = ({ alias = [], define, build }: CdnBuild): UserConfig => ({
  plugins: [minifyCssLiterals(), terserAfterMinify()],
  resolve: { alias },
  define: { 'process.env.NODE_ENV': '"production"', ...define },
  build: { outDir: 'dist/cdn', emptyOutDir: false, target: 'es2022', sourcemap: true, ...build },
});

/** ES modules of `chunks/`, with the CDN script's Lit, palette and code lists (src/cdn/lit-shim.ts, enums-shim.ts) instead of copies. */
const cdnChunks = (entry: Record<string, string>, emptyOutDir: boolean, alias: Alias[] = []): UserConfig =>
  cdnBuild({
    alias: [
      ...alias,
      { find: /^lit(\/.*)?$/, replacement: src('cdn/lit-shim.ts') },
      { find: /^(.*)\/styles\/tokens\.js$/, replacement: src('cdn/lit-shim.ts') },
      { find: /^(.*\/api|\.)\/enums\.js$/, replacement: src('cdn/enums-shim.ts') },
    ],
    build: {
      outDir: 'dist/cdn/chunks',
      emptyOutDir,
      lib: { entry, formats: ['es'] },
      // Library mode leaves ES output unminified; these files are served as they are.
      rolldownOptions: { output: { minify: true } },
    },
  });

/**
 * V8's explicit compile hint (Chrome 136+): every function of the file is compiled eagerly, on a
 * background thread while the script streams in, instead of on the main thread at its first call.
 * A CDN script runs nearly all of its functions while its element starts; other engines read a comment.
 */
const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad';

/** A classic script of dist/cdn (`file`): one minified IIFE of `entry`, exposed as `name`, marked for eager compilation. */
const cdnScript = (entry: string, name: string, file: string, options: Omit<CdnBuild, 'build'> = {}): UserConfig =>
  cdnBuild({
    ...options,
    build: {
      minify: true,
      lib: { entry: src(entry), formats: ['iife'], name, fileName: () => file },
      // After minification, which drops comments; the hint must open the file.
      rolldownOptions: { output: { postBanner: COMPILE_ALL_ON_LOAD } },
    },
  });

const builds: Record<string, () => UserConfig> = {
  npm: () => ({
    plugins: [minifyCssLiterals()],
    build: {
      outDir: 'dist/npm',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: { index: src('index.ts'), react: src('react.ts'), 'payment-status': src('payment-status.ts') }, formats: ['es'] },
      rolldownOptions: {
        external: (id) => isDependency(id) || isReact(id),
        output: {
          // The chunk that holds src/index.ts (shared by both entries) calls customElements.define;
          // it gets a stable prefix so package.json `sideEffects` can name it.
          chunkFileNames: (chunk) =>
            chunk.moduleIds.some((id) => id === src('index.ts')) ? 'chunks/define-[hash].js' : 'chunks/[name]-[hash].js',
        },
      },
    },
  }),
  // chunks/ is already built (its files' hashes are pinned here).
  cdn: () =>
    cdnScript('index.ts', 'DodoCheckout', 'dodo-checkout.js', {
      alias: [
        { find: /^(.*)\/data-loader\.js$/, replacement: src('intl/data-loader.cdn.ts') },
        { find: /^(.*)\/load-country-combobox\.js$/, replacement: src('components/load-country-combobox.cdn.ts') },
        { find: /^(.*)\/load-submit-path\.js$/, replacement: src('checkout/load-submit-path.cdn.ts') },
        { find: /^(.*)\/load-verify-paid\.js$/, replacement: src('checkout/load-verify-paid.cdn.ts') },
        { find: /^(.*)\/load-quote-module\.js$/, replacement: src('quote/load-quote-module.cdn.ts') },
        { find: /^(.*)\/load-hydrate\.js$/, replacement: src('hydration/load-hydrate.cdn.ts') },
      ],
      define: {
        __COUNTRY_COMBOBOX_INTEGRITY__: JSON.stringify(chunkIntegrity('country-combobox.js')),
        __SUBMIT_PATH_INTEGRITY__: JSON.stringify(chunkIntegrity('submit-path.js')),
        __VERIFY_PAID_INTEGRITY__: JSON.stringify(chunkIntegrity('verify-paid.js')),
        __QUOTE_MODULE_INTEGRITY__: JSON.stringify(chunkIntegrity('quote.js')),
        __HYDRATE_INTEGRITY__: JSON.stringify(chunkIntegrity('hydrate.js')),
      },
    }),
  'cdn-chunks': () => cdnChunks({ 'country-combobox': src('components/define-country-combobox.ts') }, true),
  // Each chunk is built on its own: modules two chunks share (the runtime's shims, the plain checks,
  // the form's vocabulary) would otherwise be split into a third file the script could not pin.
  'cdn-submit-chunk': () => cdnChunks({ 'submit-path': src('checkout/submit-path.ts') }, false),
  'cdn-quote-chunk': () => cdnChunks({ quote: src('quote/quote-module.ts') }, false),
  // Only a checkout that shows a payment again from the tab's record, with status-endpoint, imports it.
  'cdn-verify-chunk': () => cdnChunks({ 'verify-paid': src('checkout/verify-paid.ts') }, false),
  // Only a server-rendered form imports it; its lit-html is the script's (src/cdn/lit-html-shim.ts),
  // whose template instances and parts it creates.
  'cdn-hydrate-chunk': () =>
    cdnChunks({ hydrate: src('hydration/hydrate-chunk.ts') }, false, [
      { find: /^lit-html(\/private-ssr-support\.js|\/directive-helpers\.js)?$/, replacement: src('cdn/lit-html-shim.ts') },
    ]),
  // The return page's element on its own: a page shows a checkout or a payment status, rarely both.
  'cdn-status': () =>
    cdnScript('payment-status.ts', 'DodoPaymentStatus', 'dodo-payment-status.js', {
      alias: [{ find: /^(.*)\/load-status-messages\.js$/, replacement: src('status/load-status-messages.cdn.ts') }],
    }),
  server: () => ({
    build: {
      outDir: 'dist/server',
      emptyOutDir: true,
      target: 'node20',
      ssr: true,
      minify: false,
      sourcemap: true,
      lib: {
        entry: { index: src('server/index.ts'), 'redis-store': src('server/redis-store.ts'), testing: src('testing.ts') },
        formats: ['es'],
      },
      rolldownOptions: {
        external: (id) => isDependency(id) || id === 'redis' || id.startsWith('node:') || builtinModules.includes(id),
      },
    },
  }),
};

builds.ssr = () => ({
  // Minified as the CDN script's: the rules an inline `<style>` carries (styles: 'inline') are then the stylesheet's.
  plugins: [minifyCssLiterals()],
  define: {
    __DODO_CDN__: JSON.stringify({
      base: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/`,
      integrity: {
        'dodo-checkout.js': cdnIntegrity('dodo-checkout.js', '`vite build --mode cdn`'),
        'dodo-checkout.css': cdnIntegrity('dodo-checkout.css', '`tsx scripts/write-checkout-css.ts dist/cdn/dodo-checkout.css`'),
        'chunks/hydrate.js': chunkIntegrity('hydrate.js'),
      },
    }),
  },
  build: {
    outDir: 'dist/ssr',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    sourcemap: true,
    lib: { entry: { index: src('ssr/index.ts') }, formats: ['es'] },
    rolldownOptions: {
      external: (id) => isDependency(id) || id === '@lit-labs/ssr' || id.startsWith('@lit-labs/ssr/') || id.startsWith('node:') || builtinModules.includes(id),
    },
  },
});

export default defineConfig(({ mode }) => {
  const config = builds[mode];
  if (!config) throw new Error(`vite.config.ts: unknown mode "${mode}" (use npm, cdn-chunks, cdn-submit-chunk, cdn-quote-chunk, cdn-hydrate-chunk, cdn, cdn-status, server or ssr)`);
  return config();
});
