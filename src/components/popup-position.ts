/**
 * Keeps the country list's popup next to its field while it is open, after Shoelace's popup: the
 * top layer (popover) escapes the merchant's stacking contexts and transformed ancestors, fixed
 * positioning escapes overflow, and Floating UI's autoUpdate follows scrolling and resizing.
 * Middleware order: offset → flip → shift → size (the list's available height as a variable).
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

export interface PopupElements {
  /** What the popup hangs from (the field around the input). */
  reference: HTMLElement;
  popup: HTMLElement;
  /** Gets `--_available-height`, so it scrolls instead of leaving the viewport. */
  listbox: HTMLElement;
}

export class PopupPosition {
  private stopAutoUpdate: (() => void) | undefined;

  constructor(
    private readonly elements: () => PopupElements,
    /** Whether the popup is still meant to be open: a placement that arrives late is dropped. */
    private readonly isOpen: () => boolean,
    /** Called once the first placement after opening is done (the list's height is known then). */
    private readonly onFirstPlacement: () => void,
  ) {}

  show(): void {
    const { reference, popup } = this.elements();
    if (typeof popup.showPopover === 'function' && !popup.matches(':popover-open')) {
      try {
        popup.showPopover();
      } catch {
        // Not rendered yet or unsupported: fixed positioning alone still escapes overflow.
      }
    }
    this.stop();
    let first = true;
    this.stopAutoUpdate = autoUpdate(reference, popup, () => {
      void this.place().then((placed) => {
        if (placed && first) {
          first = false;
          this.onFirstPlacement();
        }
      });
    });
  }

  hide(): void {
    this.stop();
    const { popup } = this.elements();
    if (typeof popup.hidePopover === 'function' && popup.matches(':popover-open')) popup.hidePopover();
  }

  stop(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
  }

  private async place(): Promise<boolean> {
    const { reference, popup, listbox } = this.elements();
    if (!this.isOpen()) return false;
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
    if (!this.isOpen()) return false;
    popup.style.left = `${x}px`;
    popup.style.top = `${y}px`;
    popup.dataset['placement'] = placement;
    return true;
  }
}
