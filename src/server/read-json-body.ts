/**
 * Reads a request body as JSON within limits: at most `maxBytes` (checked against
 * `Content-Length` first, then while streaming, so an oversized body is never buffered whole),
 * within `timeoutMs` for the whole body (so neither a stalled nor a trickling client holds the
 * request open), strict UTF-8, and at most `maxDepth` levels of nesting (checked on the text
 * before parsing).
 */
import type { ProxyErrorCode } from '../api/proxy-errors.js';


export type JsonBodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 408 | 413; code: Extract<ProxyErrorCode, 'BODY_TOO_LARGE' | 'INVALID_JSON' | 'JSON_TOO_DEEP' | 'EMPTY_BODY' | 'REQUEST_TIMEOUT'>; message: string };

/** Deepest `[`/`{` nesting in JSON text, ignoring brackets inside strings; stops early past `limit`. */
export function jsonNestingDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \ */) i++;
      else if (ch === 0x22 /* " */) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) depth--;
  }
  return deepest;
}

function tooLarge(maxBytes: number): JsonBodyResult {
  return { ok: false, status: 413, code: 'BODY_TOO_LARGE', message: `The request body exceeds ${maxBytes} bytes.` };
}

export const TIMED_OUT = Symbol('timed out');

/**
 * The body's bytes: null past `maxBytes` (read no further), `TIMED_OUT` when the whole body has
 * not arrived within `timeoutMs`. Throws when the stream fails. The checkout routes and the
 * webhook route read their bodies through it.
 */
export async function readLimited(request: Request, maxBytes: number, timeoutMs: number): Promise<Uint8Array | null | typeof TIMED_OUT> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    // setTimeout treats delays past 2^31-1 ms as 1 ms: no timer at all for an unbounded read.
    if (timeoutMs < 2_147_483_647) timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
  });
  try {
    for (;;) {
      const read = await Promise.race([reader.read(), deadline]);
      if (read === TIMED_OUT) {
        reader.cancel().catch(() => undefined);
        return TIMED_OUT;
      }
      if (read.done) break;
      size += read.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(read.value);
    }
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readJsonBody(request: Request, maxBytes: number, maxDepth: number, timeoutMs = Infinity): Promise<JsonBodyResult> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) return tooLarge(maxBytes);
  let bytes: Uint8Array | null | typeof TIMED_OUT;
  try {
    bytes = await readLimited(request, maxBytes, timeoutMs);
  } catch {
    return { ok: false, status: 400, code: 'INVALID_JSON', message: 'The request body could not be read.' };
  }
  if (bytes === TIMED_OUT) return { ok: false, status: 408, code: 'REQUEST_TIMEOUT', message: 'The request body did not arrive in time.' };
  if (bytes === null) return tooLarge(maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, status: 400, code: 'INVALID_JSON', message: 'The request body is not valid UTF-8.' };
  }
  if (text.trim() === '') return { ok: false, status: 400, code: 'EMPTY_BODY', message: 'The request body is empty.' };
  if (jsonNestingDepth(text, maxDepth) > maxDepth) {
    return { ok: false, status: 400, code: 'JSON_TOO_DEEP', message: `The request body nests deeper than ${maxDepth} levels.` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, code: 'INVALID_JSON', message: 'The request body is not valid JSON.' };
  }
}
