/**
 * Runs work in a task of its own once the browser has had the chance to paint what the current
 * task rendered: the next animation frame, then a task after it. A hidden page runs no frames, so
 * a timer starts the work anyway after `latest` ms. Outside a browser (server rendering, tests
 * without a DOM) it is a plain timer.
 */
export function afterFirstPaint(work: () => void, latest = 100): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    work();
  };
  const fallback = setTimeout(start, latest);
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => void nextTask().then(() => {
    clearTimeout(fallback);
    start();
  }));
}

/** Settles in a task of its own: the current task ends (and the browser may paint) first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
