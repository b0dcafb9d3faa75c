// Writes <dodo-checkout>'s static styles as a stylesheet, <outFile>: the file a server-rendered
// shadow root links to (dodo-checkout/ssr), since a strict style-src blocks the <style> Lit's
// server renderer would inline. The same rules the element adopts in the browser, minified as
// the build minifies its css`` literals.
// Run: npx tsx scripts/write-checkout-css.ts <outFile>
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkoutStyleRules } from '../src/ssr/checkout-styles.js';
import { minifyCss } from './vite/minify-css-literals.js';

const outFile = process.argv[2];
if (!outFile) {
  console.error('Usage: npx tsx scripts/write-checkout-css.ts <outFile>');
  process.exit(1);
}
const rules = checkoutStyleRules().map(minifyCss);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${rules.join('\n')}\n`);
