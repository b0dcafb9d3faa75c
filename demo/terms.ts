/**
 * The shop's terms, privacy and refund pages, when the demo asks for consent (`DEMO_TERMS=1`):
 * the demo server writes in for `__DEMO_TERMS__` the same absolute URLs its proxy requires.
 */
import type { TermsDocuments } from '../src/api/terms-consent.js';

declare const __DEMO_TERMS__: TermsDocuments | undefined;

export const DEMO_TERMS: TermsDocuments | undefined = typeof __DEMO_TERMS__ === 'undefined' ? undefined : __DEMO_TERMS__;
