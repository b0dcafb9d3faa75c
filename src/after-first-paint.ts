/** How long work waits for the page's first contentful paint to be reported before it starts anyway. */
const PAINT_WAIT_MS = 3_000;

/**
 * Runs work in a task of its own once the browser has painted what the current task rendered: the
 * next animation frame, then a task after it, and the page's first contentful paint reported. That
 * report comes once the frame is on screen, some milliseconds after the frame's own work: a load
 * started in between would be one the first paint seems to wait for (Lighthouse counts a fetch of
 * high priority that ends before it as holding it up). A hidden page runs no frames, so a timer
 * starts the work anyway after `latest` ms; a visible page waits at most PAINT_WAIT_MS. Outside a
 * browser (server rendering, tests without a DOM) it is a plain timer.
 */
export function afterFirstPaint(work: () => void, latest = 100): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(work, latest);
    return;
  }
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    clearTimeout(hidden);
    clearTimeout(waited);
    work();
  };
  const hidden = setTimeout(() => {
    if (document.visibilityState === 'hidden') start();
  }, latest);
  const waited = setTimeout(start, PAINT_WAIT_MS);
  const framed = new Promise<void>((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));
  void Promise.all([framed, contentfulPaint()]).then(start);
}

/** Settles once the page's first contentful paint has been reported (soon, if it has been already); at once where the browser reports no paints. */
function contentfulPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** Settles in a task of its own: the current task ends (and the browser may paint) first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Runs `each` over `items` in tasks of at most about `slice` ms of wall time, counted from `since`
 * for the first (so a slower device does fewer in each): before an item, once the current task has
 * run that long, the rest waits for a task of its own. `now` is the clock.
 */
export async function inSlices<T>(items: Iterable<T>, each: (item: T) => void, { since = performance.now(), slice = 10, now = () => performance.now() } = {}): Promise<void> {
  let start = since;
  for (const item of items) {
    if (now() - start >= slice) {
      await nextTask();
      start = now();
    }
    each(item);
  }
}
