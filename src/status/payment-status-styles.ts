import { css } from 'lit';

/** The checkout's public `--dodo-*` tokens and defaults, so one theme styles both elements. */
export const paymentStatusStyles = css`
  :host {
    --_text: var(--dodo-color-text, #1a1a1a);
    --_muted: var(--dodo-color-muted, #555);
    --_bg: var(--dodo-color-background, #fff);
    --_surface: var(--dodo-color-surface, #f6f6f7);
    --_border: var(--dodo-color-border, #6b6b6b);
    --_accent: var(--dodo-color-accent, #0b57d0);
    --_on-accent: var(--dodo-color-on-accent, #fff);
    --_error: var(--dodo-color-error, #b3261e);
    --_success: var(--dodo-color-success, #146c2e);
    --_radius: var(--dodo-radius, 8px);
    --_space: var(--dodo-spacing, 16px);
    --_font: var(--dodo-font-family, inherit);
    --_font-size: var(--dodo-font-size, 1rem);
    --_focus: var(--dodo-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent));
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_text: var(--dodo-color-text, #ececec);
    --_muted: var(--dodo-color-muted, #b8b8b8);
    --_bg: var(--dodo-color-background, #1b1b1f);
    --_surface: var(--dodo-color-surface, #26262b);
    --_border: var(--dodo-color-border, #9a9aa2);
    --_accent: var(--dodo-color-accent, #8ab4f8);
    --_on-accent: var(--dodo-color-on-accent, #0b1a33);
    --_error: var(--dodo-color-error, #ffb4ab);
    --_success: var(--dodo-color-success, #8fd6a0);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_text: var(--dodo-color-text, #ececec);
      --_muted: var(--dodo-color-muted, #b8b8b8);
      --_bg: var(--dodo-color-background, #1b1b1f);
      --_surface: var(--dodo-color-surface, #26262b);
      --_border: var(--dodo-color-border, #9a9aa2);
      --_accent: var(--dodo-color-accent, #8ab4f8);
      --_on-accent: var(--dodo-color-on-accent, #0b1a33);
      --_error: var(--dodo-color-error, #ffb4ab);
      --_success: var(--dodo-color-success, #8fd6a0);
    }
  }
  [hidden] {
    display: none !important;
  }
  .panel {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
  }
  .panel[data-state='succeeded'] {
    border-inline-start-color: var(--_success);
  }
  .panel[data-state='failed'],
  .panel[data-state='cancelled'] {
    border-inline-start-color: var(--_error);
  }
  .panel[data-state='processing'],
  .panel[data-state='checking'] {
    border-inline-start-color: var(--_accent);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  h2:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem var(--_space);
    margin: 0;
    padding: calc(var(--_space) * 0.5) var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    display: inline-block;
    vertical-align: -0.15em;
    margin-inline-end: 0.5em;
    animation: spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .action {
    justify-self: start;
    display: inline-block;
    padding: 0.6em 1.2em;
    border-radius: var(--_radius);
    border: 0;
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  .action:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    box-shadow: var(--_focus);
  }
`;
