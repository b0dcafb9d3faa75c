import { css } from 'lit';

/**
 * The country picker's rules, on the checkout's tokens (styles/tokens.ts, applied before these):
 * one palette, so the picker and the fields around it match, light and dark.
 */
export const countryComboboxStyles = css`
  :host {
    display: block;
    color: var(--_text);
    font-size: var(--_font-size);
  }
  :host([hidden]) {
    display: none;
  }
  .combobox {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  .field {
    position: relative;
  }
  input {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0;
    padding-block: 0.5rem;
    padding-inline: 0.75rem 2.5rem;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  input::placeholder {
    color: var(--_text);
    opacity: 0.75;
  }
  input:focus-visible,
  input:focus {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    box-shadow: var(--_focus);
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .chevron {
    /* Physical borders: the chevron is symmetric, so it needs no mirroring in RTL. */
    position: absolute;
    inset-block-start: 50%;
    inset-inline-end: 1rem;
    inline-size: 0.45rem;
    block-size: 0.45rem;
    border-bottom: 2px solid currentColor;
    border-right: 2px solid currentColor;
    translate: 0 -70%;
    rotate: 45deg;
    pointer-events: none;
  }
  .expanded .chevron {
    translate: 0 -20%;
    rotate: 225deg;
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: rotate 120ms ease-out, translate 120ms ease-out;
    }
  }
  .hint {
    font-size: 0.875em;
  }
  .error {
    font-size: 0.875em;
    color: var(--_error);
  }
  .popup {
    /* Reset the UA popover box; Floating UI sets left/top. */
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    z-index: 1000;
    box-sizing: border-box;
    margin: 0;
    padding: 0;
    overflow: visible;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }
  .popup[hidden] {
    display: none;
  }
  [role='listbox'] {
    position: relative;
    box-sizing: border-box;
    max-block-size: min(var(--_available-height, 20rem), 20rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    padding-block: 0.25rem;
  }
  [role='listbox']:empty {
    display: none;
  }
  [role='option'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    box-sizing: border-box;
    min-block-size: max(2rem, 32px);
    padding-block: 0.25rem;
    padding-inline: 0.5rem 0.75rem;
    cursor: pointer;
    /* Off-screen options skip layout and paint: opening stays cheap with 249 of them. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto max(2rem, 32px);
  }
  [role='option'][aria-selected='true'] {
    color: var(--_bg);
    background: var(--_accent);
  }
  .check {
    flex: none;
    inline-size: 1em;
    text-align: center;
  }
  .no-results {
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;
