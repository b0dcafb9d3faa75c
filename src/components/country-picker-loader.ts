/**
 * Brings in the country picker after the form is on screen. Until its module has loaded (or when
 * it cannot), `fallback` is true and the checkout shows a native select, which asks for the
 * picker again whenever it takes focus and hands over once the picker is defined.
 */
import type { ReactiveControllerHost } from 'lit';
import { loadCountryCombobox } from './load-country-combobox.js';

export class CountryPickerLoader {
  /** The picker module failed to load: a native select stands in. */
  fallback = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the stand-in select has the shopper's focus: the picker never replaces it under them. */
    private readonly selectFocused: () => boolean,
  ) {}

  readonly load = (): Promise<void> =>
    loadCountryCombobox().then(
      () => this.leaveFallback(),
      () => this.setFallback(true),
    );

  /** Back to the picker once it is defined; not when the window merely lost focus (no relatedTarget). */
  readonly leaveFallback = (event?: FocusEvent): void => {
    if (event?.type === 'blur' && !event.relatedTarget) return;
    if (customElements.get('dodo-country-combobox') && !this.selectFocused()) this.setFallback(false);
  };

  private setFallback(fallback: boolean): void {
    if (this.fallback === fallback) return;
    this.fallback = fallback;
    this.host.requestUpdate();
  }
}
