/**
 * `load` run at most once at a time and kept once it succeeds; a failure (a flaky network) is
 * forgotten, so the next call tries again. Every lazily loaded module and data file goes
 * through it.
 */
export function retryingOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let request: Promise<T> | undefined;
  return () => {
    if (!request) {
      request = load();
      request.catch(() => (request = undefined));
    }
    return request;
  };
}
