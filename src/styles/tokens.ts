import { css } from 'lit';

/**
 * The one palette: the public `--dodo-*` custom properties with their light and dark defaults,
 * mapped to private `--_*` variables. The checkout and its country picker both start from it, so
 * an override applies everywhere. Dark values come from `light-dark()`, which follows the
 * `color-scheme` the checkout sets from its `theme` (and the OS when `auto`).
 */
export const tokens = css`
  :host {
    --_text: var(--dodo-color-text, light-dark(#1a1a1a, #ececec));
    --_muted: var(--dodo-color-muted, light-dark(#555, #b8b8b8));
    --_bg: var(--dodo-color-background, light-dark(#fff, #1b1b1f));
    --_surface: var(--dodo-color-surface, light-dark(#f6f6f7, #26262b));
    --_border: var(--dodo-color-border, light-dark(#6b6b6b, #9a9aa2));
    --_accent: var(--dodo-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_on-accent: var(--dodo-color-on-accent, light-dark(#fff, #0b1a33));
    --_error: var(--dodo-color-error, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--dodo-radius, 8px);
    --_space: var(--dodo-spacing, 16px);
    --_font: var(--dodo-font-family, inherit);
    --_font-size: var(--dodo-font-size, 1rem);
    --_focus: var(--dodo-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent));
  }
`;
