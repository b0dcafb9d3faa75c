/**
 * The searchable country field: an ARIA 1.2 combobox (input + listbox popup) with type-ahead.
 * The class has no side effects; the package entry defines it as `dodo-country-combobox`.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isComposingKey } from '../form/composing-key.js';
import { tokens } from '../styles/tokens.js';
import { countryComboboxStyles } from './country-combobox-styles.js';
import { findExactCountry, normalizeSearchText, searchCountries, type CountryOption } from './country-search.js';
import { PopupPosition } from './popup-position.js';

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
 * @cssprop --dodo-radius - Corner radius; the input and popup use three quarters of it, like the checkout's fields.
 * @cssprop --dodo-font-size - Base font size.
 * @cssprop --dodo-focus-ring - Box shadow added to the focus outline of the input.
 */
export class CountryCombobox extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [tokens, countryComboboxStyles];

  /** Selected ISO 3166-1 alpha-2 code, or `''`. */
  @property() value = '';
  /** Localized, sorted options; matched by `searchCountries`. */
  @property({ attribute: false }) options: readonly CountryOption[] = [];
  /** Visible label text, also the input's accessible name. */
  @property() label = '';
  /** Input placeholder. */
  @property() placeholder = '';
  /** Help text under the input, part of its accessible description. */
  @property() hint = '';
  /** Error message; when non-empty the input is `aria-invalid` and described by it. */
  @property() error = '';
  /** Marks the input `aria-required`. */
  @property({ type: Boolean }) required = false;
  /** Disables the input. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Shown (and announced) when nothing matches. */
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
  /** Placed while open; once placed after opening, the active option is brought into view. */
  private readonly position = new PopupPosition(
    () => ({ reference: this.field, popup: this.popup, listbox: this.listbox }),
    () => this.open && this.isConnected,
    () => this.scrollActiveIntoView(),
  );
  /**
   * Options are rendered from the first focus on (then only hidden with the popup), so the
   * initial render stays small and reopening only updates bindings.
   */
  private listRendered = false;
  /** Each option's element and the parts it shows, by option (a new `options` array starts afresh). */
  private optionElements = new WeakMap<CountryOption, { element: HTMLElement; parts: string }>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.position.stop();
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
        this.position.show();
        document.addEventListener('pointerdown', this.onDocumentPointerDown);
      } else if (changed.get('open') !== undefined) {
        this.position.hide();
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
    if (this.disabled || isComposingKey(event)) return;
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
    if (this.open || this.inputText !== (this.selectedOption?.name ?? '')) this.leave();
  }

  /**
   * Focus or a press goes elsewhere: a country whose whole name was typed is kept, as the field
   * shows it; anything else typed (a part of a name) is undone.
   */
  private leave(): void {
    const active = this.typed ? this.activeOption : undefined;
    if (active && normalizeSearchText(this.inputText) === normalizeSearchText(active.name)) this.commit(active);
    else this.close();
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
    if (!event.composedPath().includes(this)) this.leave();
  };

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
