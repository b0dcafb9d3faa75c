/**
 * The CDN build's twin of `load-verify-paid.ts` (aliased in by the build): the status route's
 * question is `<script dir>/chunks/verify-paid.js`, imported with its integrity checked
 * (cdn/import-verified.ts). It uses no Lit.
 */
import { importVerified } from '../cdn/import-verified.js';
import { cdnChunkUrl } from '../intl/data-loader.cdn.js';
import { retryingOnce } from '../intl/retrying-once.js';
import type { VerifyPaid } from './load-verify-paid.js';

export type { VerifyPaid };

/** `sha384-…` of `chunks/verify-paid.js`, defined by vite.config.ts. */
declare const __VERIFY_PAID_INTEGRITY__: string;

/** A failed load (network, integrity) is tried again by the next call. */
export const loadVerifyPaid = retryingOnce<VerifyPaid>(() => importVerified(cdnChunkUrl('verify-paid.js'), __VERIFY_PAID_INTEGRITY__) as Promise<VerifyPaid>);
