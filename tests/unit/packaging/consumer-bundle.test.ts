/**
 * A merchant's bundler given only `import 'dodo-checkout'` must keep the code that defines the
 * element. Bundlers drop modules whose exports go unused unless package.json `sideEffects` says
 * they do something on import, so the file that calls `customElements.define` has to be named
 * there. Bundled here the way a consumer's app would be: from a separate folder whose
 * node_modules links to this package.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const built = existsSync(join(root, 'dist/npm/index.js'));
const defines = (code: string, tag: string) => new RegExp(`customElements\\.define\\(\\s*["']${tag}["']`).test(code);

describe.skipIf(!built)('bundling the npm entry in a consumer app', () => {
  let app: string;

  beforeAll(() => {
    app = mkdtempSync(join(tmpdir(), 'dodo-consumer-'));
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules', 'dodo-checkout'), 'dir');
    writeFileSync(join(app, 'side-effect-import.js'), "import 'dodo-checkout';\n");
    writeFileSync(join(app, 'named-import.js'), "import { DodoCheckout } from 'dodo-checkout';\nconsole.log(DodoCheckout.name);\n");
    writeFileSync(join(app, 'react-import.js'), "import 'dodo-checkout/react';\n");
    writeFileSync(join(app, 'status-import.js'), "import 'dodo-checkout/payment-status';\n");
  });
  afterAll(() => rmSync(app, { recursive: true, force: true }));

  async function withEsbuild(entry: string): Promise<string> {
    const result = await esbuild({
      entryPoints: [join(app, entry)],
      absWorkingDir: app,
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      external: ['react', 'react/*'],
    });
    return result.outputFiles.map((file) => file.text).join('\n');
  }

  async function withVite(entry: string): Promise<string> {
    const output = (await viteBuild({
      root: app,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: false, rolldownOptions: { input: join(app, entry), external: ['react'] } },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[];
    const outputs = Array.isArray(output) ? output : [output];
    return outputs.flatMap((o) => o.output).map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
  }

  it('the npm build carries no copy of Lit: its modules import the one the app installs, which every template cache and Trusted Types policy belongs to', () => {
    const files = readdirSync(join(root, 'dist/npm'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(files.length).toBeGreaterThan(0);
    const copies = files.filter((file) => /litHtmlVersions|node_modules\/(lit|lit-html|lit-element|@lit)\//.test(readFileSync(join(root, 'dist/npm', file), 'utf8')));
    expect(copies).toEqual([]);
  });

  it("esbuild keeps the element's definition for a bare `import 'dodo-checkout'`", async () => {
    expect(defines(await withEsbuild('side-effect-import.js'), 'dodo-checkout')).toBe(true);
  });

  it('esbuild keeps it for a named import and for the React entry', async () => {
    expect(defines(await withEsbuild('named-import.js'), 'dodo-checkout')).toBe(true);
    expect(defines(await withEsbuild('react-import.js'), 'dodo-checkout')).toBe(true);
  });

  it('the return page entry defines <dodo-payment-status> alone, and the checkout entry does not carry it', async () => {
    const status = await withEsbuild('status-import.js');
    expect(defines(status, 'dodo-payment-status')).toBe(true);
    expect(defines(status, 'dodo-checkout')).toBe(false);
    expect(defines(await withEsbuild('side-effect-import.js'), 'dodo-payment-status')).toBe(false);
  });

  it("Vite (Rolldown) keeps it for a bare `import 'dodo-checkout'`", async () => {
    expect(defines(await withVite('side-effect-import.js'), 'dodo-checkout')).toBe(true);
  }, 60_000);
});
