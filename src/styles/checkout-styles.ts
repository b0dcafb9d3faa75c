import { css } from 'lit';

/**
 * The checkout's rules, on the shared tokens (the private `--_*` variables of tokens.ts) and the
 * host, focus ring and spinner it shares with the payment status (shared-styles.ts), both applied
 * before these.
 */
export const checkoutStyles = css`
  :host {
    contain: layout style;
  }
  /* The country picker loads on demand: hold its height (label, gap, input) until it is defined. */
  dodo-country-combobox:not(:defined) {
    display: block;
    min-block-size: calc(1lh + 0.25rem + 2.75rem);
  }
  * {
    box-sizing: border-box;
  }
  .checkout {
    background: var(--_bg);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  /* A server-rendered form is hidden until its linked stylesheet, these rules, arrives (dodo-checkout/ssr). */
  .checkout[hidden] {
    display: block !important;
  }
  form {
    display: grid;
    gap: var(--_space);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  legend,
  h2 {
    font-size: 1.05em;
    font-weight: 600;
    margin: 0 0 calc(var(--_space) * 0.5);
    padding: 0;
  }
  .row {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
  }
  .field {
    display: grid;
    gap: 4px;
    min-inline-size: 0;
  }
  label {
    font-weight: 500;
  }
  .optional {
    color: var(--_muted);
    font-weight: 400;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 8px 10px;
    min-block-size: 44px;
    inline-size: 100%;
  }
  /* Digits read left to right on any page ("2038 3054" stays in order), aligned with the form. */
  #zipcode,
  #phone {
    direction: ltr;
  }
  [dir='rtl'] :is(#zipcode, #phone) {
    text-align: right;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .error {
    color: var(--_error);
    font-size: 0.9em;
    margin: 0;
  }
  .error:empty {
    display: none;
  }
  .note {
    color: var(--_muted);
    margin: 0;
  }
  .summary {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .summary ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  .line {
    display: flex;
    justify-content: space-between;
    gap: 12px;
  }
  .line .item {
    display: flex;
    gap: 10px;
    align-items: center;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .line img {
    inline-size: 40px;
    block-size: 40px;
    object-fit: cover;
    border-radius: 6px;
  }
  .amount {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .summary[aria-busy='true'] .amount {
    color: var(--_muted);
  }
  .totals {
    border-block-start: 1px solid var(--_border);
    margin-block-start: 12px;
    padding-block-start: 12px;
    display: grid;
    gap: 6px;
  }
  .total {
    font-weight: 700;
    font-size: 1.1em;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-block-size: 44px;
    border-radius: calc(var(--_radius) * 0.75);
  }
  .link-button {
    background: none;
    border: 0;
    padding: 0 4px;
    color: var(--_accent);
    text-decoration: underline;
    justify-self: start;
  }
  .discount-row {
    display: flex;
    gap: 8px;
    align-items: end;
  }
  .discount-row .field {
    flex: 1;
  }
  .secondary {
    background: var(--_bg);
    color: var(--_accent);
    border: 1px solid var(--_accent);
    padding: 0 16px;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    border: 0;
    padding: 0;
    margin: 0;
  }
  .chip {
    position: relative;
  }
  .pending {
    visibility: hidden;
  }
  .chip input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    min-block-size: 0;
    cursor: pointer;
  }
  .chip span {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-block-size: 44px;
    padding: 6px 14px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
  }
  .chip svg {
    inline-size: 20px;
    block-size: 20px;
    flex: none;
  }
  .chip input:checked + span {
    border: 2px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
    font-weight: 600;
  }
  .consent-choice {
    display: flex;
    align-items: flex-start;
    gap: 10px;
  }
  .consent-choice input {
    flex: none;
    inline-size: 22px;
    block-size: 22px;
    min-block-size: 0;
    margin: 1px 0 0;
    padding: 0;
    accent-color: var(--_accent);
  }
  .consent-choice input[aria-invalid='true'] {
    outline: 2px solid var(--_error);
    outline-offset: 2px;
  }
  .consent-choice label {
    font-weight: 400;
  }
  .consent-choice a {
    color: var(--_accent);
  }
  .submit {
    background: var(--_accent);
    color: var(--_on-accent);
    border: 0;
    padding: 12px 20px;
    font-weight: 700;
    font-size: 1.05em;
    inline-size: 100%;
    display: inline-flex;
    justify-content: center;
    align-items: center;
    gap: 10px;
  }
  .submit[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
  .alert {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 12px;
    color: var(--_text);
    background: color-mix(in srgb, var(--_error) 10%, var(--_bg));
  }
  .alert:empty {
    /* Stays in the accessibility tree so its first message is announced. */
    border: 0;
    padding: 0;
  }
  .alert ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
  }
  .confirmation {
    display: grid;
    gap: 12px;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .confirmation a {
    display: inline-flex;
    justify-content: center;
    align-items: center;
    min-block-size: 44px;
    background: var(--_accent);
    color: var(--_on-accent);
    border-radius: calc(var(--_radius) * 0.75);
    font-weight: 700;
    text-decoration: none;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
