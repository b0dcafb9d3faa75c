/** Whether `value` parses as an absolute `http:` or `https:` URL, as `return_url` must. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
