/**
 * Brings in the country picker after the form is on screen. When its module cannot load (and in a
 * server-rendered form until it has loaded), `fallback` is true and the checkout shows a native
 * select, which asks for the picker again whenever it takes focus and hands over once the picker
 * is defined.
 */
import type { ReactiveControllerHost } from 'lit';
import { loadCountryCombobox } from './load-country-combobox.js';

export class CountryPickerLoader {
  /** The picker is not (yet) defined: a native select stands in. */
  fallback: boolean;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the stand-in select has the shopper's focus: the picker never replaces it under them. */
    private readonly selectFocused: () => boolean,
    /** Start with the select: a server-rendered form works before any script, so it holds the select until the picker loads. */
    startWithSelect = false,
  ) {
    this.fallback = startWithSelect;
  }

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
