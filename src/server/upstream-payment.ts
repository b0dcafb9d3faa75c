/**
 * Checks an upstream success before anyone sees it: a gateway's HTML page, an empty answer or a
 * JSON of the wrong shape behind a 2xx is no payment. The cause names the problem (content type,
 * size, failing field paths and issue codes), never a value from the answer, so it can be logged.
 */
import { CreatePaymentResponseSchema, type CreatePaymentResponse } from '../api/schemas.js';

export type UpstreamPaymentCheck = { ok: true; payment: CreatePaymentResponse } | { ok: false; cause: string };

const MAX_ISSUES = 5;

function mediaTypeOf(contentType: string | null): string {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '') return 'none';
  return /^[\w.+-]{1,64}\/[\w.+-]{1,64}$/.test(type) ? type : 'unrecognised';
}

/** `data` is what the SDK parsed: JSON for a JSON content type, otherwise the body as text. */
export function checkUpstreamPayment(data: unknown, status: number, contentType: string | null): UpstreamPaymentCheck {
  if (data === undefined || data === null || (typeof data === 'string' && data.trim() === '')) {
    return { ok: false, cause: `upstream ${status} is empty (content-type ${mediaTypeOf(contentType)})` };
  }
  const mediaType = mediaTypeOf(contentType);
  // The SDK hands over the text of a non-JSON answer; a JSON string value goes on to the schema.
  if (typeof data === 'string' && !/[/+]json$/.test(mediaType)) {
    return { ok: false, cause: `upstream ${status} is not JSON (content-type ${mediaType}, ${data.length} characters)` };
  }
  const parsed = CreatePaymentResponseSchema.safeParse(data);
  if (parsed.success) return { ok: true, payment: parsed.data };
  const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => `${issue.path.map(String).join('.') || '(root)'} ${issue.code}`);
  const more = parsed.error.issues.length > MAX_ISSUES ? `, +${parsed.error.issues.length - MAX_ISSUES} more` : '';
  return { ok: false, cause: `upstream ${status} does not match the payment schema: ${issues.join(', ')}${more}` };
}
