/**
 * What the country list needs only once the shopper opens or types in it: the type-ahead search
 * and Floating UI positioning. Loaded on demand (`load-country-list.ts`), so the form renders
 * and becomes usable without it.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

export { findExactCountry, searchCountries } from './country-search.js';

/**
 * Keeps `popup` under (or, without room, above) `reference` while either moves or resizes:
 * fixed strategy, flipped and shifted inside the viewport, the listbox capped to the space left.
 * `placed` runs after each placement. Returns the function that stops tracking.
 */
export function trackPopup(reference: HTMLElement, popup: HTMLElement, listbox: HTMLElement, placed: () => void): () => void {
  let stopped = false;
  const place = async () => {
    const { x, y, placement } = await computePosition(reference, popup, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(4),
        flip({ padding: 8, fallbackPlacements: ['top-start'] }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight, rects }) {
            listbox.style.setProperty('--_available-height', `${Math.max(96, Math.floor(availableHeight))}px`);
            popup.style.width = `${rects.reference.width}px`;
          },
        }),
      ],
    });
    if (stopped) return;
    popup.style.left = `${x}px`;
    popup.style.top = `${y}px`;
    popup.dataset['placement'] = placement;
    placed();
  };
  const stop = autoUpdate(reference, popup, () => void place());
  return () => {
    stopped = true;
    stop();
  };
}
