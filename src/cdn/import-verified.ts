/**
 * Imports a module the CDN script publishes next to itself (`chunks/`), with its integrity checked.
 * The build writes each module's SRI hash into the script, so a page that pins the script with
 * `integrity` pins these modules too.
 */

const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
/** The script's CORS mode (its `crossorigin`), read while it first runs; the module is fetched the same way. */
const crossOrigin = script?.crossOrigin ?? null;
/** Whether the page pinned the script with `integrity`: then every module it imports must be checked too. */
const pinned = Boolean(script?.integrity);

/**
 * `import()` takes no integrity, but `<link rel="modulepreload" integrity>` does: the browser
 * fetches the module, checks its hash and only then puts it in the page's module map, where the
 * `import()` that follows finds it. A module whose bytes differ fails the link and never runs. A
 * browser without modulepreload (Safari before 17) gets no unchecked import on a page that pinned
 * the script; where the page did not pin it, there is no chain of hashes to keep, and it imports.
 */
function preloadVerified(url: string, integrity: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    const settle = (loaded: boolean) => {
      link.remove();
      if (loaded) resolve(url);
      else reject(new Error(`dodo-checkout: ${url} could not be loaded with its integrity checked`));
    };
    if (!link.relList.supports('modulepreload')) return pinned ? settle(false) : resolve(url);
    link.rel = 'modulepreload';
    link.integrity = integrity;
    if (crossOrigin !== null) link.crossOrigin = crossOrigin;
    link.href = url;
    link.onload = () => settle(true);
    link.onerror = () => settle(false);
    document.head.append(link);
  });
}

/**
 * Failed imports per URL. Firefox keeps a failed module in the page's module map and fails every
 * later import of that URL without fetching it again, so a retry asks under a new fragment, which
 * is not sent: the request is the same.
 */
const failures = new Map<string, number>();

/** The module at `url`, imported only once its bytes matched `integrity`. */
export function importVerified(url: string, integrity: string): Promise<unknown> {
  const failed = failures.get(url) ?? 0;
  return preloadVerified(failed ? `${url}#retry-${failed}` : url, integrity)
    .then((verified) => import(/* @vite-ignore */ verified))
    .catch((error: unknown) => {
      failures.set(url, failed + 1);
      throw error;
    });
}
