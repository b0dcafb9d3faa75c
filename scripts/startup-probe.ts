/**
 * What the startup probes (`profile-startup.ts`, `trace-startup.ts`) share: their options
 * (`--cpu=4 --runs=3 --page=/bench/cdn.html`) and a static server of the repository on loopback
 * that answers gzip -9 and never lets the browser cache, as the bench's pages are served.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const argv = process.argv.slice(2);
export const opt = (name: string, fallback: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

export const cpu = Number(opt('cpu', '4'));
export const runs = Number(opt('runs', '3'));
export const pagePath = opt('page', '/bench/cdn.html');
export const root = resolve(import.meta.dirname, '..');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Compressed once per file, as the bench's server does, so compression is not counted as network time. */
const zipped = new Map<string, Buffer>();
export const server = createServer((req, res) => {
  const file = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
  const body = zipped.get(file) ?? zipped.set(file, gzipSync(readFileSync(file), { level: 9 })).get(file)!;
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-cache' }).end(body);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
export const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
