/**
 * The searchable country field: an ARIA 1.2 combobox (input + listbox popup) with type-ahead.
 * The class has no side effects; the package entry defines it as `dodo-country-combobox`.
 */
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { findExactCountry, searchCountries, type CountryOption } from './country-search.js';

export type { CountryOption } from './country-search.js';

/** How the active option is chosen when the list opens. */
type OpenFocus = 'selected' | 'selected-or-first' | 'selected-or-last';

const defaultResultsText = (count: number): string => (count === 1 ? '1 result' : `${count} results`);

/** An option's parts by state: plain, active, selected, active and selected. */
const OPTION_PARTS = ['option', 'option option-active', 'option option-selected', 'option option-active option-selected'] as const;

/**
 * A text input that filters a list of countries as the shopper types, committing an ISO 3166-1
 * alpha-2 code. Keyboard: ArrowDown/ArrowUp open the list and move through it (wrapping),
 * Alt+ArrowDown opens it, Home/End jump to the first/last option while it is open, Enter commits
 * (and is `preventDefault`ed only while the list is open), Escape closes and restores the
 * selected name, Tab commits the active option if the shopper typed. Leaving the field without a
 * commit restores the selected country's name: a valid selection is never lost.
 *
 * @summary Searchable country combobox used by `<dodo-checkout>`.
 * @tag dodo-country-combobox
 *
 * @prop {string} value - Selected ISO 3166-1 alpha-2 code, or `''`.
 * @prop {readonly CountryOption[]} options - Localized, sorted `{ code, name, aliases? }` (property only).
 * @prop {string} label - Visible label text; the input's accessible name.
 * @prop {string} placeholder - Input placeholder.
 * @prop {string} hint - Help text under the input, part of its accessible description.
 * @prop {string} error - Error message; non-empty marks the input `aria-invalid` and describes it.
 * @prop {boolean} required - Marks the input `aria-required`.
 * @prop {boolean} disabled - Disables the input.
 * @prop {string} noResultsText - Shown (and announced) when nothing matches (attribute `no-results-text`).
 * @prop {string} listLabel - Accessible name of the listbox; defaults to `label` (attribute `list-label`).
 * @prop {(count: number) => string} resultsText - Announcement of the number of matches (property only).
 *
 * @fires change - A new country was committed; read `value`. Bubbles, composed.
 *
 * @csspart combobox - The wrapper around label, input, messages and popup.
 * @csspart label - The visible `<label>`.
 * @csspart field - The box holding the input and the chevron (the popup's reference).
 * @csspart input - The `<input role="combobox">`.
 * @csspart hint - The hint text.
 * @csspart error - The error text.
 * @csspart popup - The floating container of the listbox.
 * @csspart listbox - The `role="listbox"` element.
 * @csspart option - Each `role="option"`; also `option-active` (keyboard/pointer focus) and `option-selected` (the committed country).
 * @csspart no-results - The message shown when nothing matches.
 *
 * @cssprop --dodo-color-text - Text color.
 * @cssprop --dodo-color-background - Input and popup background.
 * @cssprop --dodo-color-border - Input and popup border color.
 * @cssprop --dodo-color-accent - Active option background, focus ring color.
 * @cssprop --dodo-color-error - Error text and invalid border color.
 * @cssprop --dodo-radius - Corner radius of the input and popup.
 * @cssprop --dodo-font-size - Base font size.
 * @cssprop --dodo-focus-ring - Box shadow added to the focus outline of the input.
 */
export class CountryCombobox extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = css`
    /*
     * Defaults follow the inherited color-scheme (light-dark()), not the OS alone: on a light page
     * they stay light even when the OS is dark. The parent sets the --dodo-* tokens for its theme
     * (prefers-color-scheme or data-theme); a page with color-scheme: light dark follows the OS.
     */
    :host {
      --_text: var(--dodo-color-text, light-dark(#1b1b1f, #e6e6ea));
      --_background: var(--dodo-color-background, light-dark(#ffffff, #1b1b1f));
      --_border: var(--dodo-color-border, light-dark(#6f6f78, #9a9aa3));
      --_accent: var(--dodo-color-accent, light-dark(#0b57d0, #a8c7fa));
      --_error: var(--dodo-color-error, light-dark(#b3261e, #ffb4ab));
      --_radius: var(--dodo-radius, 6px);
      --_font-size: var(--dodo-font-size, 1rem);
      --_focus-ring: var(--dodo-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent));
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
      background: var(--_background);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    input::placeholder {
      color: var(--_text);
      opacity: 0.75;
    }
    input:focus-visible,
    input:focus {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
      box-shadow: var(--_focus-ring);
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
      background: var(--_background);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
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
      color: var(--_background);
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

  /** Selected ISO 3166-1 alpha-2 code, or `''`. */
  @property() value = '';

  /** Localized, sorted options; matched by `searchCountries`. */
  @property({ attribute: false }) options: readonly CountryOption[] = [];

  /** Visible label text, also the input's accessible name. */
  @property() label = '';

  @property() placeholder = '';

  /** Help text under the input, part of its accessible description. */
  @property() hint = '';

  /** Error message; when non-empty the input is `aria-invalid` and described by it. */
  @property() error = '';

  @property({ type: Boolean }) required = false;

  @property({ type: Boolean, reflect: true }) disabled = false;

  @property({ attribute: 'no-results-text' }) noResultsText = 'No countries found';

  /** Accessible name of the listbox; `label` when empty. */
  @property({ attribute: 'list-label' }) listLabel = '';

  /** Text of the polite announcement of how many countries match. */
  @property({ attribute: false }) resultsText: (count: number) => string = defaultResultsText;

  @state() private open = false;
  /** What the input shows: the selected name, or what the shopper typed. */
  @state() private inputText = '';
  /** The filter; empty shows every option (the list opened without typing). */
  @state() private filter = '';
  @state() private activeCode = '';
  @state() private announcement = '';

  @query('input') private input!: HTMLInputElement;
  @query('.field') private field!: HTMLElement;
  @query('.popup') private popup!: HTMLElement;
  @query('[role="listbox"]') private listbox!: HTMLElement;

  private results: readonly CountryOption[] = [];
  /** The shopper typed since the list opened (Tab then commits, like a native select). */
  private typed = false;
  private stopAutoUpdate: (() => void) | undefined;
  /** The list just opened: bring the active option into view once its height is known. */
  private scrollAfterPositioning = false;
  /**
   * Options are rendered from the first focus on (then only hidden with the popup), so the
   * initial render stays small and reopening only updates bindings.
   */
  private listRendered = false;
  /** Each option's element and the parts it shows, by option (a new `options` array starts afresh). */
  private optionElements = new WeakMap<CountryOption, { element: HTMLElement; parts: string }>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPositioning();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown);
    if (this.open) this.close();
  }

  /** The committed option, if `value` names one of `options`. */
  private get selectedOption(): CountryOption | undefined {
    return this.value ? this.options.find((option) => option.code === this.value) : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('options') || changed.has('filter')) {
      this.results = searchCountries(this.options, this.filter);
      if (this.typed) {
        // Automatic selection of the best match, as in the APG "list autocomplete" pattern.
        this.activeCode = this.filter.trim() ? (this.results[0]?.code ?? '') : '';
        this.announcement = this.results.length ? this.resultsText(this.results.length) : this.noResultsText;
      } else if (this.activeCode && !this.results.some((option) => option.code === this.activeCode)) {
        this.activeCode = '';
      }
    }
    if ((changed.has('value') || changed.has('options')) && !this.typed) {
      this.inputText = this.selectedOption?.name ?? '';
    }
    if (changed.has('disabled') && this.disabled && this.open) this.close();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open')) {
      if (this.open) {
        this.showPopup();
        document.addEventListener('pointerdown', this.onDocumentPointerDown);
      } else if (changed.get('open') !== undefined) {
        this.hidePopup();
        document.removeEventListener('pointerdown', this.onDocumentPointerDown);
      }
    }
    if (this.open && (changed.has('activeCode') || changed.has('open'))) this.scrollActiveIntoView();
  }

  override render(): TemplateResult {
    return html`
      <div part="combobox" class="combobox ${this.open ? 'expanded' : ''}">
        ${this.renderLabel()} ${this.renderField()} ${this.renderHint()} ${this.renderError()} ${this.renderPopup()}
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  private renderLabel() {
    return html`<label part="label" for="input">${this.label}</label>`;
  }

  private renderField() {
    const describedBy = [this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    const activeId = this.open && this.activeCode ? `option-${this.activeCode}` : undefined;
    return html`
      <div part="field" class="field">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="country"
          autocapitalize="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-activedescendant=${ifDefined(activeId)}
          aria-describedby=${ifDefined(describedBy || undefined)}
          aria-invalid=${ifDefined(this.error ? 'true' : undefined)}
          aria-required=${ifDefined(this.required ? 'true' : undefined)}
          placeholder=${ifDefined(this.placeholder || undefined)}
          ?disabled=${this.disabled}
          .value=${live(this.inputText)}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @click=${this.onInputClick}
          @focus=${this.onFocus}
          @blur=${this.onBlur}
        />
        <span class="chevron" aria-hidden="true"></span>
      </div>
    `;
  }

  private renderHint() {
    return this.hint ? html`<div id="hint" part="hint" class="hint">${this.hint}</div>` : nothing;
  }

  private renderError() {
    return this.error ? html`<div id="error" part="error" class="error">${this.error}</div>` : nothing;
  }

  private renderPopup() {
    // Always in the DOM so aria-controls resolves; options only from the first focus on.
    return html`
      <div part="popup" class="popup" popover="manual" ?hidden=${!this.open} @mousedown=${this.keepInputFocus}>
        <div
          id="listbox"
          part="listbox"
          role="listbox"
          aria-label=${this.listLabel || this.label}
          @click=${this.onListboxClick}
          @pointermove=${this.onListboxPointerMove}
        >${this.listRendered ? this.results.map((option) => this.renderOption(option)) : nothing}</div>
        ${this.open && this.results.length === 0 ? html`<div part="no-results" class="no-results">${this.noResultsText}</div>` : nothing}
      </div>
    `;
  }

  /**
   * The option's element, made once per country and reused: a keystroke moves existing elements
   * and touches only those whose state changed, instead of re-rendering up to 249 templates.
   */
  private renderOption(option: CountryOption): HTMLElement {
    let rendered = this.optionElements.get(option);
    if (!rendered) {
      const element = document.createElement('div');
      element.id = `option-${option.code}`;
      element.setAttribute('role', 'option');
      element.dataset['code'] = option.code;
      const check = document.createElement('span');
      check.className = 'check';
      check.setAttribute('aria-hidden', 'true');
      const name = document.createElement('span');
      name.textContent = option.name;
      element.append(check, name);
      rendered = { element, parts: '' };
      this.optionElements.set(option, rendered);
    }
    const active = option.code === this.activeCode;
    const selected = option.code === this.value;
    const parts = OPTION_PARTS[(active ? 1 : 0) + (selected ? 2 : 0)]!;
    if (rendered.parts !== parts) {
      rendered.parts = parts;
      rendered.element.setAttribute('part', parts);
      rendered.element.setAttribute('aria-selected', active ? 'true' : 'false');
      rendered.element.firstChild!.textContent = selected ? '✓' : '';
    }
    return rendered.element;
  }

  // ---- Opening, closing, committing -------------------------------------------------------

  private openList(focus: OpenFocus): void {
    if (this.disabled || this.open) return;
    this.typed = false;
    this.filter = '';
    const options = this.options;
    const selected = this.selectedOption?.code ?? '';
    if (selected || focus === 'selected') this.activeCode = selected;
    else this.activeCode = (focus === 'selected-or-first' ? options[0] : options.at(-1))?.code ?? '';
    this.open = true;
    this.listRendered = true;
  }

  /** Closes the list and shows the selected country's name again. */
  private close(): void {
    this.open = false;
    this.typed = false;
    this.filter = '';
    this.activeCode = '';
    this.announcement = '';
    this.inputText = this.selectedOption?.name ?? '';
    // The input may hold text inputText never saw (autofill): render so live() restores it.
    this.requestUpdate();
  }

  private commit(option: CountryOption): void {
    const changed = option.code !== this.value;
    this.value = option.code;
    this.close();
    if (changed) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    // Still here after the commit: typing again starts a new search instead of appending.
    void this.updateComplete.then(() => {
      if (this.shadowRoot?.activeElement === this.input) this.input.select();
    });
  }

  private get activeOption(): CountryOption | undefined {
    return this.activeCode ? this.results.find((option) => option.code === this.activeCode) : undefined;
  }

  private moveActive(step: 1 | -1): void {
    const count = this.results.length;
    if (!count) return;
    const current = this.results.findIndex((option) => option.code === this.activeCode);
    const next = current === -1 ? (step === 1 ? 0 : count - 1) : (current + step + count) % count;
    this.activeCode = this.results[next]!.code;
  }

  // ---- Event handlers ----------------------------------------------------------------------

  private onInput(event: Event): void {
    const text = this.input.value;
    if (this.isAutofill(event)) {
      // Autofill replaces the whole value without the shopper in the list: commit or restore.
      const match = findExactCountry(this.options, text);
      if (match) this.commit(match);
      else this.close();
      return;
    }
    this.typed = true;
    this.inputText = text;
    this.filter = text;
    this.open = !this.disabled;
    this.listRendered ||= this.open;
  }

  private isAutofill(event: Event): boolean {
    const focused = this.shadowRoot?.activeElement === this.input;
    // Typing, deleting and pasting are InputEvents with an inputType; autofill is not (or uses
    // insertReplacementText), and may even fill the field without focusing it.
    return !focused || !(event instanceof InputEvent) || !event.inputType || event.inputType === 'insertReplacementText';
  }

  private onKeydown(event: KeyboardEvent): void {
    if (this.disabled || event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open) {
          this.openList(event.altKey ? 'selected' : event.key === 'ArrowDown' ? 'selected-or-first' : 'selected-or-last');
          this.input.select();
        } else if (event.altKey) {
          if (event.key === 'ArrowUp') this.close();
        } else {
          this.moveActive(event.key === 'ArrowDown' ? 1 : -1);
        }
        break;
      case 'Home':
      case 'End':
        if (!this.open || !this.results.length) return;
        event.preventDefault();
        this.activeCode = (event.key === 'Home' ? this.results[0] : this.results.at(-1))!.code;
        break;
      case 'Enter': {
        // Closed: untouched, so the parent can treat it as a submit. Open: it only commits.
        if (!this.open) return;
        event.preventDefault();
        const active = this.activeOption;
        if (active) this.commit(active);
        else this.close();
        break;
      }
      case 'Escape':
        // Closed: untouched, so an enclosing dialog can close; nothing is cleared.
        if (!this.open) return;
        event.preventDefault();
        event.stopPropagation();
        this.close();
        break;
      case 'Tab': {
        if (!this.open) return;
        const active = this.typed ? this.activeOption : undefined;
        if (active) this.commit(active);
        else this.close();
        break; // focus moves on, as usual
      }
    }
  }

  private onFocus(): void {
    // Focus comes a pointer press or a key press before the list opens: render it now.
    if (!this.listRendered) {
      this.listRendered = true;
      this.requestUpdate();
    }
  }

  private onInputClick(): void {
    if (this.open) return;
    this.openList('selected');
    this.input.select();
  }

  private onBlur(): void {
    if (this.open || this.inputText !== (this.selectedOption?.name ?? '')) this.close();
  }

  private keepInputFocus(event: MouseEvent): void {
    // Clicks in the popup (options, scrollbar) must not blur the input.
    event.preventDefault();
  }

  private optionCodeAt(event: Event): string | undefined {
    const option = (event.target as Element | null)?.closest?.('[role="option"]');
    return option instanceof HTMLElement ? option.dataset['code'] : undefined;
  }

  private onListboxClick(event: MouseEvent): void {
    const code = this.optionCodeAt(event);
    const option = code ? this.results.find((candidate) => candidate.code === code) : undefined;
    if (option) this.commit(option);
    this.input.focus();
  }

  private onListboxPointerMove(event: PointerEvent): void {
    const code = this.optionCodeAt(event);
    if (code && code !== this.activeCode) this.activeCode = code;
  }

  private onDocumentPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.close();
  };

  // ---- Popup ---------------------------------------------------------------------------------

  private showPopup(): void {
    const popup = this.popup;
    // The top layer escapes the merchant's stacking contexts and transformed ancestors.
    if (typeof popup.showPopover === 'function' && !popup.matches(':popover-open')) {
      try {
        popup.showPopover();
      } catch {
        // Not rendered yet or unsupported: fixed positioning alone still escapes overflow.
      }
    }
    this.stopPositioning();
    this.scrollAfterPositioning = true;
    this.stopAutoUpdate = autoUpdate(this.field, popup, () => void this.reposition());
  }

  private hidePopup(): void {
    this.stopPositioning();
    const popup = this.popup;
    if (typeof popup.hidePopover === 'function' && popup.matches(':popover-open')) popup.hidePopover();
  }

  private stopPositioning(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
  }

  private async reposition(): Promise<void> {
    const { field, popup, listbox } = this;
    if (!this.open || !this.isConnected) return;
    const { x, y, placement } = await computePosition(field, popup, {
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
    if (!this.open) return;
    popup.style.left = `${x}px`;
    popup.style.top = `${y}px`;
    popup.dataset['placement'] = placement;
    if (this.scrollAfterPositioning) {
      this.scrollAfterPositioning = false;
      this.scrollActiveIntoView();
    }
  }

  /** Like `scrollIntoView({ block: 'nearest' })` on the listbox only: the page never scrolls. */
  private scrollActiveIntoView(): void {
    const listbox = this.listbox;
    const option = this.activeCode ? listbox.querySelector<HTMLElement>(`#option-${this.activeCode}`) : null;
    if (!option) return;
    const top = option.offsetTop;
    const bottom = top + option.offsetHeight;
    if (top < listbox.scrollTop) listbox.scrollTop = top;
    else if (bottom > listbox.scrollTop + listbox.clientHeight) listbox.scrollTop = bottom - listbox.clientHeight;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dodo-country-combobox': CountryCombobox;
  }
}
