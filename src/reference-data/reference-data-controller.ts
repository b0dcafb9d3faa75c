/**
 * The reference data that loads after the form is on screen, each with its status: the postal
 * code rules (checks and hints), the payment method table (the chips) and the chosen country's
 * subdivision list (the state select). None is needed to render; submit tries a failed one again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterFirstPaint } from '../after-first-paint.js';
import type { CountryCode } from '../api/enums.js';
import { getAddressFormat, type PostalCodeRules, type Subdivision } from '../intl/address-format.js';
import { loadPaymentMethods, loadPostalCodes, loadSubdivisions } from '../intl/data-loader.js';
import type { CheckoutConfig } from '../config/parse-config.js';
import { paymentMethodChips, type MethodTable, type PaymentMethodChip } from '../intl/payment-methods.js';

/** Loaded data as a value with its status. */
export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

const LOADING = { status: 'loading' } as const;

/** The value, once ready. */
export const valueOf = <T>(loadable: Loadable<T>): T | undefined => (loadable.status === 'ready' ? loadable.value : undefined);

export class ReferenceDataController implements ReactiveController {
  postalCodes: Loadable<PostalCodeRules> = LOADING;
  paymentMethods: Loadable<MethodTable> = LOADING;
  /** The chosen country's subdivisions in use: [] while loading, when it failed, or when the country has none. */
  subdivisions: readonly Subdivision[] = [];
  /** A list that arrived and waits to be used (the host takes it when the shopper is not typing a state). */
  arrived: readonly Subdivision[] | undefined;

  private country = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The billing country the host shows; its list follows it. */
    private readonly chosenCountry: () => string,
  ) {
    host.addController(this);
  }

  /** Before each render: a new country drops the old list and starts on its own. */
  hostUpdate(): void {
    this.follow(this.chosenCountry());
  }

  /** Starts on the tables; called once the form is on screen. */
  loadTables(): void {
    void this.track(loadPostalCodes, (loaded) => (this.postalCodes = loaded));
    void this.track(loadPaymentMethods, (loaded) => (this.paymentMethods = loaded));
  }

  private follow(country: string): void {
    if (country === this.country) return;
    const first = this.country === '';
    this.country = country;
    this.subdivisions = [];
    this.arrived = undefined;
    const fetchList = () => void this.fetchSubdivisions(country).then((list) => {
      if (!list) return;
      this.arrived = list;
      this.host.requestUpdate();
    });
    // The first country's list is asked for once the form is painted, not in the task that renders it.
    if (first) afterFirstPaint(fetchList);
    else fetchList();
  }

  /** Whether a list arrived for `country` and waits to be used. */
  arrivedFor(country: string): boolean {
    return this.arrived !== undefined && this.country === country;
  }

  /** Uses the list that arrived (the host renders it); returns the list in use. */
  takeArrived(): readonly Subdivision[] {
    if (this.arrived) {
      this.subdivisions = this.arrived;
      this.arrived = undefined;
      this.host.requestUpdate();
    }
    return this.subdivisions;
  }

  /**
   * What the request needs, tried again if it failed: the country's list (so the state is sent as
   * its code), the postal code rules and, for a merchant's method list, the eligibility table.
   */
  async forSubmit(needs: { postalCodes: boolean; paymentMethods: boolean }): Promise<void> {
    const country = this.country;
    const retries: Promise<unknown>[] = [];
    if (getAddressFormat(country)?.hasSubdivisions && this.subdivisions.length === 0 && !this.arrived) {
      retries.push(this.fetchSubdivisions(country).then((list) => list && this.country === country && (this.arrived = list)));
    }
    if (needs.postalCodes && this.postalCodes.status !== 'ready') retries.push(this.track(loadPostalCodes, (loaded) => (this.postalCodes = loaded)));
    if (needs.paymentMethods && this.paymentMethods.status !== 'ready') retries.push(this.track(loadPaymentMethods, (loaded) => (this.paymentMethods = loaded)));
    await Promise.all(retries);
  }

  private async track<T>(load: () => Promise<T>, keep: (loaded: Loadable<T>) => void): Promise<void> {
    try {
      keep({ status: 'ready', value: await load() });
    } catch {
      // Without the rules any non-empty postal code passes; without the table the merchant's whole
      // list is sent. The API has the last word either way.
      keep({ status: 'failed' });
    }
    this.host.requestUpdate();
  }

  /** The country's list, or undefined when it has none, it failed (kept a text field), or the country changed meanwhile. */
  private async fetchSubdivisions(country: string): Promise<readonly Subdivision[] | undefined> {
    if (!getAddressFormat(country)?.hasSubdivisions) return undefined;
    try {
      const list = await loadSubdivisions(country as CountryCode);
      return this.country === country ? list : undefined;
    } catch {
      return undefined;
    }
  }
}

/** The chips for the merchant's methods in `country` and the currency charged, `pending` while the eligibility table loads (none without it). */
export function offeredChips(table: Loadable<MethodTable>, config: CheckoutConfig, country: string, chargeCurrency?: string): PaymentMethodChip[] | 'pending' {
  if (!config.allowedPaymentMethodTypes || !country || table.status === 'failed') return [];
  if (table.status === 'loading') return 'pending';
  return paymentMethodChips(table.value, config.allowedPaymentMethodTypes, country as CountryCode, chargeCurrency ?? config.billingCurrency ?? config.currency);
}
