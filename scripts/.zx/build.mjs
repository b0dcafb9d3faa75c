import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) {
  await build({ configFile: false, logLevel: 'silent', build: { outDir: '/tmp/zx/out-' + f, minify: true, lib: { entry: (f.length===1 && 'defg'.includes(f) ? '/work/main/scripts/.zx/' : '/tmp/zx/') + f + '.ts', formats: ['iife'], name: 'X', fileName: () => 'x.js' } } });
  const b = readFileSync('/tmp/zx/out-' + f + '/x.js');
  console.log(f, b.length, gzipSync(b, { level: 9 }).length);
}
