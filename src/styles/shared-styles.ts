import { css } from 'lit';

/**
 * The rules `<dodo-checkout>` and `<dodo-payment-status>` share, on the tokens (tokens.ts, applied
 * before these), so one theme looks the same in both: the host's text, font and colour scheme
 * (the OS's, or the one `theme` fixes), the keyboard focus ring and the busy spinner. Not the
 * country picker's: it takes its colour scheme from the checkout around it.
 */
export const sharedStyles = css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    /* light-dark() in the tokens, the country picker and native controls follow this scheme. */
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  [hidden] {
    display: none !important;
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible,
  a:focus-visible,
  h2[tabindex]:focus-visible,
  .chip input:focus-visible + span {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    box-shadow: var(--_focus);
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    /* The text still says what is happening; the spinner stands still. */
    .spinner {
      animation: none;
    }
  }
`;
