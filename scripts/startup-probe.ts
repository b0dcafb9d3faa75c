/**
 * What the startup probes (`profile-startup.ts`, `trace-startup.ts`) share: their options
 * (`--cpu=4 --runs=3 --page=/bench/cdn.html`) and the bench's static server (`bench-server.ts`)
 * over the whole repository, so a page is served as `npm run bench` serves it.
 */
import { resolve } from 'node:path';
import { startBenchServer } from './bench-server.js';
import { opt } from './cli-options.js';

export const cpu = Number(opt('cpu', '4'));
export const runs = Number(opt('runs', '3'));
export const pagePath = opt('page', '/bench/cdn.html');
export const root = resolve(import.meta.dirname, '..');

export const { server, origin } = await startBenchServer({ mounts: [['/', root]] });
