/**
 * Reads a request body as JSON within limits: at most `maxBytes` (checked against
 * `Content-Length` first, then while streaming, so an oversized body is never buffered whole),
 * strict UTF-8, and at most `maxDepth` levels of nesting (checked on the text before parsing).
 */

export type JsonBodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413; code: 'BODY_TOO_LARGE' | 'INVALID_JSON' | 'JSON_TOO_DEEP' | 'EMPTY_BODY'; message: string };

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

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readJsonBody(request: Request, maxBytes: number, maxDepth: number): Promise<JsonBodyResult> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) return tooLarge(maxBytes);
  let bytes: Uint8Array | null;
  try {
    bytes = await readLimited(request, maxBytes);
  } catch {
    return { ok: false, status: 400, code: 'INVALID_JSON', message: 'The request body could not be read.' };
  }
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
