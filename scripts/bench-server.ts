/**
 * The static server the benchmark and the startup probes load their pages from: files from
 * folders mounted at URL prefixes, on loopback, gzip -9 (compressed once per file, so compression
 * is not counted as network time), `no-cache` except under the prefixes named immutable.
 * `bench/static-form.html` gets its country options here, as a server would render them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COUNTRY_CODES } from '../src/api/enums.js';
import { decodeCountryNames } from '../src/intl/country-names.js';
import { names as englishNames } from '../src/intl/data/countries/en.js';
import { countryOptionsMarkup } from '../src/templates/address.js';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** Where `npm run bench` builds what the repository does not hold (the peers, the Lit reference, the server-rendered pages, the demo), served as `/peer/`. */
export const BENCH_CACHE_DIR = join(resolve(import.meta.dirname, '..'), 'node_modules/.cache/dodo-bench');

export interface BenchServerOptions {
  /** URL prefix ("/dist/", or "/" for a whole folder) → folder; the first that holds the file answers. */
  mounts: [prefix: string, dir: string][];
  /** Exact URL paths served from a given file ("/" → the demo's index.html). */
  files?: Record<string, string>;
  /** Exact URL paths answered by a handler (the quote route). */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
  /** Prefixes of hashed file names, sent with a year-long immutable cache lifetime. */
  immutable?: string[];
}

/** The static form's `<!--COUNTRY_OPTIONS-->`: the English names, the United States chosen, written as the checkout's server-rendered select writes them. */
function countryOptions(): string {
  const countries = decodeCountryNames(englishNames);
  return countryOptionsMarkup(COUNTRY_CODES.map((code) => ({ code, name: countries[code] })), 'US');
}

export async function startBenchServer(options: BenchServerOptions): Promise<{ server: Server; origin: string }> {
  const locate = (path: string): string | undefined => {
    const named = options.files?.[path];
    if (named) return existsSync(named) ? named : undefined;
    for (const [prefix, dir] of options.mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) return file;
    }
    return undefined;
  };
  let staticFormOptions: string | undefined;
  const compressed = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = options.routes?.[path];
    if (route) return void route(req, res);
    const file = locate(path);
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const immutable = options.immutable?.some((prefix) => path.startsWith(prefix)) ?? false;
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' };
    let body: Buffer = readFileSync(file);
    if (path === '/bench/static-form.html') body = Buffer.from(body.toString().replace('<!--COUNTRY_OPTIONS-->', (staticFormOptions ??= countryOptions())));
    if (/text|json|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      const key = `${file}:${body.length}`;
      body = compressed.get(key) ?? compressed.set(key, gzipSync(body, { level: 9 })).get(key)!;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}
