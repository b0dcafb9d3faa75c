/**
 * The CDN build's twin of `load-submit-path.ts` (aliased in by the build): the submit path is an
 * ES module next to the script, `<script dir>/chunks/submit-path.js`, imported with its integrity
 * checked (cdn/import-verified.ts). It takes the script's code lists (cdn/lit-runtime.ts).
 */
import { importVerified } from '../cdn/import-verified.js';
import { publishLitRuntime } from '../components/load-country-combobox.cdn.js';
import { cdnChunkUrl } from '../intl/data-loader.cdn.js';
import { retryingOnce } from '../intl/retrying-once.js';
import type { SubmitPath } from './load-submit-path.js';

export type { SubmitPath } from './load-submit-path.js';

/** `sha384-…` of `chunks/submit-path.js`, defined by vite.config.ts. */
declare const __SUBMIT_PATH_INTEGRITY__: string;

/** A failed load (network, integrity) is tried again by the next call. */
export const loadSubmitPath = retryingOnce<SubmitPath>(() => {
  publishLitRuntime();
  return Promise.resolve().then(() => importVerified(cdnChunkUrl('submit-path.js'), __SUBMIT_PATH_INTEGRITY__) as Promise<SubmitPath>);
});
