// Writes <dodo-checkout>'s static styles as a stylesheet, <outFile>: the file a server-rendered
// shadow root links to (dodo-checkout/ssr), since a strict style-src blocks the <style> Lit's
// server renderer would inline. The same rules the element adopts in the browser, minified as
// the build minifies its css`` literals.
// Run: npx tsx scripts/write-checkout-css.ts <outFile>
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DodoCheckout } from '../src/dodo-checkout.js';
import { minifyCss } from './vite/minify-css-literals.js';

const outFile = process.argv[2];
if (!outFile) {
  console.error('Usage: npx tsx scripts/write-checkout-css.ts <outFile>');
  process.exit(1);
}
// `finalize` collects the class's styles into `elementStyles`, as defining the element does.
(DodoCheckout as unknown as { finalize(): void }).finalize();
const rules = DodoCheckout.elementStyles.map((style) => minifyCss((style as { cssText: string }).cssText));
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${rules.join('\n')}\n`);
