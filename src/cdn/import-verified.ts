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

/** The module at `url`, imported only once its bytes matched `integrity`. */
export function importVerified(url: string, integrity: string): Promise<unknown> {
  return preloadVerified(url, integrity).then((verified) => import(/* @vite-ignore */ verified));
}
