/**
 * The in-page probe of the startup benchmark (`bench.ts`), installed before a page's own scripts,
 * and what it shares with the other in-page waits: `startup-timeline.ts` reads the same "usable"
 * and "shown" moments beside the page's own timing.
 */

/** In-page: resolves after two frames and then QUIET_MS with no new activity (given as a time), at most 5 s. */
const QUIET_MS = 150;
/** How long `settled` waits, once the form is shown, for a checkout's late work (the picker, the state list). */
export const LATE_WORK_LIMIT_MS = 10_000;
export const WAIT_FOR_QUIET = `const waitForQuiet = async (lastActivity) => {
    const give = performance.now() + 5000;
    for (;;) {
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      const quietFor = performance.now() - lastActivity();
      if (quietFor >= ${QUIET_MS} || performance.now() > give) return;
      await new Promise((r) => setTimeout(r, ${QUIET_MS} - quietFor));
    }
  };`;

/**
 * Installed before the page's own scripts. Long tasks (counted, and each as `[start, duration]` in
 * `longTaskTimes`) and layout shifts come from PerformanceObserver. "Usable" is the moment the first text input (an `<input>` that is not
 * hidden, a radio, a checkbox or disabled: the email field on the dodo-checkout and static pages)
 * is in the document (or in a shadow root: attachShadow is wrapped so each new root is observed)
 * and visible, so focusable. The country picker, which arrives later, plays no part in it.
 * "Shown" is the end of the first frame after that: the shopper sees the field no sooner.
 * MutationObserver callbacks are microtasks: the probe costs next to nothing and adds no tasks.
 * `lateWorkMs`: how long `settled` waits for a checkout's late work once the form is shown.
 */
export const startupProbe = (lateWorkMs = LATE_WORK_LIMIT_MS): string => `(() => {
  const probe = (window.__bench = { longTasks: 0, longTaskMs: 0, longestTask: 0, longTaskTimes: [], cls: 0, shifted: [], usable: NaN, shown: NaN, usableInput: '', lastActivity: 0, hydratedAt: NaN, hydrationTask: NaN, lateWork: '' });
  const active = () => { probe.lastActivity = performance.now(); };
  new PerformanceObserver((list) => { active(); for (const e of list.getEntries()) { probe.longTasks++; probe.longTaskMs += e.duration; probe.longestTask = Math.max(probe.longestTask, e.duration); probe.longTaskTimes.push([e.startTime, e.duration]); } }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver(active).observe({ type: 'resource', buffered: true });
  new PerformanceObserver((list) => {
    active();
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      probe.cls += e.value;
      for (const s of e.sources || []) if (s.node) probe.shifted.push(s.node.nodeName.toLowerCase() + (s.node.className && typeof s.node.className === 'string' ? '.' + s.node.className.split(' ')[0] : ''));
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const roots = [document];
  const observers = [];
  // A declarative shadow root comes with the parser, not through attachShadow, and nothing observes
  // its coming: the parser attaches it at its <template> tag, and what it parses into it is no
  // mutation of the document. It is watched when its host is seen. A host seen without it while
  // the parser may still give it one (the document still loading, the parser not yet past the
  // host, the element not defined) is looked at again in a timeout of 0 ms, and again after that,
  // until the root is there or none can come; a parser chunk that ended between the host's tag and
  // its template would otherwise leave the field unseen until the document's next mutation, a
  // chunk or more after it was parsed. A script-tag page whose chunk ends right after the host's
  // tag gets the same short timeouts until the next chunk (Chromium clamps them to 4 ms after the
  // fifth); one whose chunk goes past the host, none.
  let waitingForRoot = 0;
  const rootMayCome = (host) => !host.shadowRoot && !host.nextSibling && document.readyState === 'loading' && !customElements.get('dodo-checkout');
  const declared = () => {
    for (const host of document.querySelectorAll('dodo-checkout')) {
      if (host.shadowRoot && !roots.includes(host.shadowRoot)) { watch(host.shadowRoot); watchHydration(host.shadowRoot); }
      else if (rootMayCome(host) && !waitingForRoot) waitingForRoot = setTimeout(() => { waitingForRoot = 0; check(); });
    }
  };
  // A server-rendered Pay button comes disabled; hydration enables it. The observer's callback runs
  // at the end of the task that hydrated, so its time falls within that task.
  const watchHydration = (root) => {
    const hydration = new MutationObserver(() => {
      const pay = root.querySelector('button[type=submit]');
      if (!pay || pay.disabled) return;
      probe.hydratedAt = performance.now();
      hydration.disconnect();
    });
    hydration.observe(root, { attributes: true, attributeFilter: ['disabled'], subtree: true });
  };
  const SELECTOR = 'input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([disabled])';
  let frameCheck = 0;
  const check = () => {
    if (Number.isFinite(probe.usable)) return;
    declared();
    for (const root of roots) {
      const input = root.querySelector(SELECTOR);
      if (!input || !input.isConnected) continue;
      if (input.checkVisibility()) {
        probe.usable = performance.now();
        probe.usableInput = input.getAttribute('autocomplete') || input.name || input.id || input.type;
        // The first frame that can show it: no frame runs while a render-blocking stylesheet is on its way.
        requestAnimationFrame(() => { const channel = new MessageChannel(); channel.port1.onmessage = () => { probe.shown = performance.now(); }; channel.port2.postMessage(0); });
        for (const o of observers) o.disconnect();
        return;
      }
      // Present but hidden (still styling): look again in the next frame.
      frameCheck ||= requestAnimationFrame(() => { frameCheck = 0; check(); });
    }
  };
  const watch = (root) => {
    roots.push(root);
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true });
    observers.push(observer);
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = attachShadow.call(this, init); watch(root); return root; };
  roots.pop();
  watch(document);
  ${WAIT_FOR_QUIET}
  /**
   * Resolves once the form is usable and the late work has landed: on the dodo-checkout pages the
   * country picker defined with its English names (until they arrive, the element gives it the
   * codes as names) and the default country's state list filled; on every page, then no
   * resource, long task or layout shift for QUIET_MS. A checkout whose late work has not landed
   * ${lateWorkMs / 1000} s after the form was shown (a page without the picker or the state list, a chunk
   * that failed) settles all the same, and \`lateWork\` says what never came.
   */
  probe.settled = async () => {
    while (!Number.isFinite(probe.shown)) await new Promise((r) => setTimeout(r, 10));
    const host = document.querySelector('dodo-checkout');
    if (host) {
      const give = probe.shown + ${lateWorkMs};
      const named = (picker) => Array.isArray(picker?.options) && picker.options.some((option) => option.name !== option.code);
      const missing = () => [
        named(host.shadowRoot?.querySelector('dodo-country-combobox:defined')) ? '' : 'the country picker with its names',
        host.shadowRoot?.querySelector('select#state')?.options.length > 1 ? '' : 'the state list',
      ].filter(Boolean);
      while (missing().length && performance.now() < give) await new Promise((r) => setTimeout(r, 10));
      probe.lateWork = missing().join(' and ');
    }
    await waitForQuiet(() => probe.lastActivity);
    // The long task that hydrated a server-rendered form, or 0 when that task stayed under 50 ms.
    // Long task times are whole milliseconds: the callback's time may fall up to 1 ms past the task's end.
    if (Number.isFinite(probe.hydratedAt)) probe.hydrationTask = probe.longTaskTimes.find(([start, duration]) => start <= probe.hydratedAt && probe.hydratedAt <= start + duration + 1)?.[1] ?? 0;
  };
})();`;

/** The probe `npm run bench` installs. */
export const STARTUP_PROBE = startupProbe();

/** Playwright evaluates functions that tsx compiled with `keepNames`; give the page the helper they call. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';
