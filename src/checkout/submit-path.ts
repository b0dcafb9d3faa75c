/**
 * What only a submit needs: checking and building the request, sending it, deciding the
 * redirect and describing a failure. It is imported after the form is on screen (and again at
 * submit if that failed), so none of it weighs on the first render. The CDN build ships it as
 * `chunks/submit-path.js`, pinned by the script like the country picker.
 */
export { describeFailure } from './describe-failure.js';
export { idempotencyKeyFor } from './idempotency-key.js';
export { prepareRequest, requestFor } from './prepare-request.js';
export { decideRedirect } from './redirect-decision.js';
export { sendPaymentRequest } from './send-payment-request.js';
