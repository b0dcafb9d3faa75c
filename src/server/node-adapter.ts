/**
 * Runs a fetch-standard handler on `node:http`, Express and Connect: the incoming message
 * becomes a `Request` (its body streamed, not buffered), the `Response` is written back.
 * Only `import type` from Node, so bundling the server entry for other runtimes stays clean.
 */
import { proxyErrorJson } from '../api/proxy-errors.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normaliseAddress, setClientAddress } from './client-address.js';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => Promise<void>;

export interface NodeAdapterOptions {
  /**
   * Behind reverse proxies you trust: `true` (one proxy) or how many proxies stand in front. The
   * request URL then comes from `X-Forwarded-Proto` / `X-Forwarded-Host`, and the client address
   * (for the rate limit) from `X-Forwarded-For`: the entry the outermost trusted proxy appended,
   * never one the client wrote itself. Default `false`: the `Host` header, the socket's TLS state
   * and the socket's remote address; `X-Forwarded-*` are ignored.
   */
  trustProxy?: boolean | number;
  /**
   * The `Allow` header of the adapter's own 405 for methods the fetch `Request` cannot carry
   * (`TRACE`, `CONNECT`), which never reach the handler. Default `['POST', 'OPTIONS']`, the
   * checkout handler's methods.
   */
  allowedMethods?: readonly string[];
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value?.split(',')[0]?.trim();
}

/**
 * The client's address: the socket's peer, or behind `hops` trusted proxies the
 * `X-Forwarded-For` entry the outermost trusted proxy appended (each proxy appends its peer).
 */
function clientAddress(req: IncomingMessage, hops: number): string | undefined {
  const peer = req.socket.remoteAddress;
  if (hops <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((entry) => entry.trim()).filter(Boolean);
  const chain = peer ? [...forwarded, peer] : forwarded;
  return chain[Math.max(0, chain.length - 1 - hops)];
}

function requestUrl(req: IncomingMessage, trustProxy: boolean): URL {
  const encrypted = Boolean((req.socket as { encrypted?: boolean }).encrypted);
  const protocol = (trustProxy && first(req.headers['x-forwarded-proto'])) || (encrypted ? 'https' : 'http');
  const host = (trustProxy && first(req.headers['x-forwarded-host'])) || req.headers.host || 'localhost';
  // Express rewrites req.url under a mount path; originalUrl keeps what the client asked for.
  const path = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  try {
    return new URL(path, `${protocol}://${host}`);
  } catch {
    return new URL(path.startsWith('/') ? path : '/', 'http://localhost');
  }
}

function streamBody(req: IncomingMessage): ReadableStream<Uint8Array> {
  let onData: (chunk: Buffer | string) => void;
  let onEnd: () => void;
  let onError: (error: Error) => void;
  const detach = () => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        onData = (chunk) => {
          controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          // Backpressure: stop reading the socket until the handler pulls.
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        };
        onEnd = () => {
          detach();
          controller.close();
        };
        onError = (error) => {
          detach();
          controller.error(error);
        };
        req.on('data', onData);
        req.on('end', onEnd);
        req.on('error', onError);
      },
      pull() {
        req.resume();
      },
      cancel() {
        // The handler stopped reading (body too large): discard the rest without buffering it.
        detach();
        req.on('error', () => undefined); // a client hanging up mid-body is no crash
        req.resume();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
  );
}

const fetchMethods = new Map<string, boolean>();

/** Whether the fetch `Request` accepts the method (it refuses `TRACE`, `CONNECT` and `TRACK`); node's parser knows a few dozen. */
function isFetchMethod(method: string): boolean {
  let accepted = fetchMethods.get(method);
  if (accepted === undefined) {
    try {
      new Request('http://localhost/', { method });
      accepted = true;
    } catch {
      accepted = false;
    }
    fetchMethods.set(method, accepted);
  }
  return accepted;
}

function methodNotAllowed(allowedMethods: readonly string[]): Response {
  return new Response(proxyErrorJson('METHOD_NOT_ALLOWED', `Use ${allowedMethods.filter((method) => method !== 'OPTIONS').join(' or ') || 'another method'}.`), {
    status: 405,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', allow: allowedMethods.join(', ') },
  });
}

/** A body an Express/Connect body parser already consumed, re-serialised for the handler. */
function parsedBody(req: IncomingMessage): string | undefined {
  const body = (req as { body?: unknown }).body;
  if (body === undefined || !req.readableEnded) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return JSON.stringify(body);
}

/**
 * Wraps a fetch-standard handler for `node:http` (`createServer(toNodeHandler(h))`), Express and
 * Connect (`app.post('/api/payments', toNodeHandler(h))`). Mount it before any JSON body parser,
 * or the parsed body is re-serialised (its byte size then no longer matches what was sent).
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>, options: NodeAdapterOptions = {}): NodeHandler {
  const hops = options.trustProxy === true ? 1 : typeof options.trustProxy === 'number' ? Math.max(0, Math.floor(options.trustProxy)) : 0;
  return async (req, res, next) => {
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || name.startsWith(':') || HOP_BY_HOP.has(name)) continue;
        if (Array.isArray(value)) for (const item of value) headers.append(name, item);
        else headers.set(name, value);
      }
      const method = (req.method ?? 'GET').toUpperCase();
      let body: BodyInit | undefined;
      if (method !== 'GET' && method !== 'HEAD') {
        const consumed = parsedBody(req);
        if (consumed !== undefined) {
          headers.delete('content-length');
          body = consumed;
        } else {
          body = streamBody(req);
        }
      }
      const init: RequestInit & { duplex?: 'half' } = { method, headers, ...(body !== undefined ? { body, duplex: 'half' } : {}) };
      let response: Response;
      if (isFetchMethod(method)) {
        const request = new Request(requestUrl(req, hops > 0), init);
        const address = clientAddress(req, hops);
        if (address) setClientAddress(request, normaliseAddress(address));
        response = await handler(request);
      } else {
        response = methodNotAllowed(options.allowedMethods ?? ['POST', 'OPTIONS']);
      }

      const payload = response.body ? new Uint8Array(await response.arrayBuffer()) : undefined;
      res.statusCode = response.status;
      response.headers.forEach((value, name) => res.setHeader(name, value));
      if (payload) res.setHeader('content-length', String(payload.byteLength));
      // An unread oversized body would otherwise keep the connection busy: close it after answering.
      if (!req.readableEnded && body !== undefined) res.setHeader('connection', 'close');
      res.end(payload);
    } catch (error) {
      if (next) {
        next(error);
        return;
      }
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(proxyErrorJson('INTERNAL_ERROR', 'Something went wrong.'));
      } else {
        res.destroy();
      }
    }
  };
}
