/**
 * Imports a module the CDN script publishes next to itself (`chunks/`), with its integrity checked.
 * The build writes each module's SRI hash into the script, so a page that pins the script with
 * `integrity` pins these modules too.
 */

/** The script's CORS mode (its `crossorigin`), read while it first runs; the module is fetched the same way. */
const crossOrigin = typeof document === 'undefined' ? null : ((document.currentScript as HTMLScriptElement | null)?.crossOrigin ?? null);

/**
 * `import()` takes no integrity, but `<link rel="modulepreload" integrity>` does: the browser
 * fetches the module, checks its hash and only then puts it in the page's module map, where the
 * `import()` that follows finds it. A module whose bytes differ fails the link and never runs; a
 * browser without modulepreload gets no unchecked import either (the checkout shows its plain
 * country list instead).
 */
function preloadVerified(url: string, integrity: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    const settle = (loaded: boolean) => {
      link.remove();
      if (loaded) resolve(url);
      else reject(new Error(`dodo-checkout: ${url} could not be loaded with its integrity checked`));
    };
    if (!link.relList.supports('modulepreload')) return settle(false);
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
