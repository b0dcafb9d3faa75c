/** The stand-in's HTTP plumbing: body reading, JSON and HTML answers, ids and its error type. */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StandInPaymentOutcome, StandInPaymentStatus } from './stand-in-types.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export type HostedPageAction = 'pay' | 'decline' | 'cancel';

export const HOSTED_PAGE_OUTCOMES: Record<HostedPageAction, StandInPaymentOutcome> = { pay: 'succeeded', decline: 'failed', cancel: 'cancelled' };

export const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  422: 'INVALID_REQUEST_PARAMETERS',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

export class StandInError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function id(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new StandInError(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json', ...headers });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string, formAction = "'self'"): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    // img-src 'self': Firefox checks its automatic /favicon.ico request against the page's policy.
    'content-security-policy': `default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action ${formAction}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(html);
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export const FINAL_STATUSES: ReadonlySet<StandInPaymentStatus> = new Set(['succeeded', 'failed', 'cancelled']);

/** The stand-in's one business; real ids look alike. */
export const BUSINESS_ID = 'bus_stand_in';

/** What a declined card reports, as the API's unified error codes do. */
export const DECLINE = { code: 'CARD_DECLINED', message: 'The card was declined by the issuer. Ask the customer to use another card.' };
