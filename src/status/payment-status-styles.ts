import { css } from 'lit';

/**
 * The payment status's own rules, on the checkout's tokens (styles/tokens.ts) and the host, focus
 * ring and spinner it shares with the checkout (styles/shared-styles.ts), both applied before
 * these: one theme styles both elements.
 */
export const paymentStatusStyles = css`
  :host {
    /* The one colour only the status shows: the paid panel's accent. */
    --_success: var(--dodo-color-success, light-dark(#146c2e, #8fd6a0));
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
    display: inline-block;
    vertical-align: -0.15em;
    margin-inline-end: 0.5em;
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
`;
