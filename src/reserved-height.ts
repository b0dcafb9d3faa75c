/**
 * The height a page reserves for the checkout until its script has run, as the README shows:
 * `dodo-checkout:not(:defined) { min-height: … }`. The element renders its form in parts: the
 * first at the end of the task that upgrades it, when that rule no longer applies, the others in
 * tasks after it (see `DodoCheckout.scheduleUpdate`), so it holds the height itself until the whole
 * form is there: content below it does not move up and back down.
 */

/**
 * The page's reserved `min-height`, read in the upgrade's constructor, while `:not(:defined)` still
 * matches the element; undefined when the element is not in a document yet or the page reserves nothing.
 */
export function reservedHeight(element: HTMLElement): string | undefined {
  if (!element.isConnected || typeof getComputedStyle !== 'function') return undefined;
  const minHeight = getComputedStyle(element).minHeight;
  return minHeight && minHeight !== '0px' && minHeight !== 'auto' ? minHeight : undefined;
}

/**
 * Holds `minHeight` (a value the browser serialized) on the host from its shadow root, where page
 * rules for the element still win. Returns what lets it go. Without constructable style sheets the
 * height is not held.
 */
export function holdHeight(root: ShadowRoot, minHeight: string): () => void {
  if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in root)) return () => undefined;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host { min-height: ${minHeight}; }`);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}
