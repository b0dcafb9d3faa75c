/**
 * The address of the client behind a `Request`, as the node adapter saw it on the socket (or in
 * `X-Forwarded-For` from a proxy it trusts). It travels beside the request, never in a header,
 * so no client can set it; fetch runtimes without the adapter identify clients by `clientKey`.
 */

const addresses = new WeakMap<Request, string>();

export function setClientAddress(request: Request, address: string): void {
  addresses.set(request, address);
}

export function clientAddressOf(request: Request): string | undefined {
  return addresses.get(request);
}

/** `::ffff:192.0.2.1` is the IPv4 client 192.0.2.1 on a dual-stack socket. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}
