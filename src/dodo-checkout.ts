import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { COUNTRY_CODES } from './api/enums.js';
import { CreatePaymentRequestSchema, type CountryCode, type CreatePaymentRequest, type PaymentMethodType } from './api/schemas.js';
import type { CountryOption } from './components/country-combobox.js';
import { loadCountryCombobox } from './components/load-country-combobox.js';
import { buildPaymentRequest, EMPTY_FORM_VALUES, type CheckoutFormValues } from './checkout/build-payment-request.js';
import { createdPayment, requestBasis } from './checkout/created-payment.js';
import { CreatedPaymentController } from './checkout/created-payment-controller.js';
import { FormPersistence, persistenceKey } from './checkout/form-persistence.js';
import { rememberStatusToken } from './checkout/status-token-store.js';
import { proxyOwnFailure } from './checkout/proxy-failure.js';
import type { SendFailure } from './checkout/send-payment-request.js';
import { SubmissionController, type SubmissionPhase } from './checkout/submission-controller.js';
import { validateForm, type FieldProblem, type FormField } from './checkout/validate-form.js';
import { displayCurrency, parseCheckoutConfig, totalCurrency, type CheckoutConfig } from './config/parse-config.js';
import { emit, type CheckoutErrorDetail } from './events.js';
import { findSubdivision, getAddressFormat, isValidPostalCode, normalizePostalCode, subdivisionDisplayName, type AddressFormat, type Subdivision } from './intl/address-format.js';
import { loadPaymentMethods, loadPostalCodes, loadSubdivisions } from './intl/data-loader.js';
import { LocalizeController, regionOf } from './intl/localize-controller.js';
import { formatMoney } from './intl/money.js';
import { eligibleMethods, hasPaymentMethods, METHOD_ICONS, paymentMethodChips, type PaymentMethodChip } from './intl/payment-methods.js';
import { checkoutStyles } from './styles/checkout-styles.js';

/** What the element is doing, for merchants who drive it from their own controls. */
export interface CheckoutState {
  phase: SubmissionPhase;
  configured: boolean;
  problems: readonly string[];
  values: Readonly<CheckoutFormValues>;
}

/** The properties that make up the configuration; any change re-parses it. */
const CONFIG_INPUTS = [
  'endpoint', 'cart', 'currency', 'billingCurrency', 'allowedPaymentMethodTypes', 'customerId', 'customer', 'country',
  'discountCode', 'returnUrl', 'redirectImmediately', 'shortLink', 'force3ds', 'showSavedPaymentMethods',
  'paymentMethodId', 'collectPhone', 'collectTaxId', 'metadata', 'timeout',
] as const;

const FIELD_ORDER: FormField[] = ['email', 'name', 'phone', 'country', 'street', 'city', 'state', 'zipcode', 'businessName', 'taxId', 'discountCode'];

let codeOptions: CountryOption[] | undefined;

/** The countries by code, for the native select when even the English names could not load. */
function countryCodeOptions(): CountryOption[] {
  return (codeOptions ??= [...COUNTRY_CODES].sort().map((code) => ({ code, name: code })));
}

/**
 * `<dodo-checkout>`: a complete checkout for Dodo Payments. It collects contact and billing
 * details, shows the cart, takes a discount code and a preferred payment method, posts a
 * `POST /payments` request to the merchant's proxy and sends the shopper to the hosted payment page.
 *
 * @tag dodo-checkout
 *
 * @fires {CustomEvent<CheckoutSubmitDetail>} dodo-checkout-submit - Before the request is sent; cancel it to send nothing. Detail: `{ request }`.
 * @fires {CustomEvent<CheckoutPaymentCreatedDetail>} dodo-checkout-payment-created - The proxy created the payment. Detail: `{ response }`.
 * @fires {CustomEvent<CheckoutRedirectDetail>} dodo-checkout-redirect - Before navigating to the payment page; cancel it to navigate yourself. Detail: `{ url, response }`.
 * @fires {CustomEvent<CheckoutPaymentStaleDetail>} dodo-checkout-payment-stale - A created payment was withdrawn because the cart (`reason: 'cart'`) or anything else in the request (`'request'`) changed; paying again creates a new one. Detail: `{ previous: { payment_id, payment_link, total_amount, expires_on? }, reason }`.
 * @fires {CustomEvent<CheckoutErrorDetail>} dodo-checkout-error - Something failed. Detail: `{ kind, status?, code?, message }`.
 *
 * @csspart form - The checkout form.
 * @csspart section - Each section (contact, address, summary, discount, methods).
 * @csspart field - A label, control and message group.
 * @csspart label - A field label.
 * @csspart input - A text input or select.
 * @csspart error - A field's error message, and the form-level alert.
 * @csspart combobox - The country picker (its label, input and error carry the label, input and error parts).
 * @csspart popup - The floating container of the country list.
 * @csspart listbox - The country list.
 * @csspart option - A country in the list.
 * @csspart option-active - The country the arrow keys or the pointer are on.
 * @csspart option-selected - The committed country.
 * @csspart no-results - The message shown when no country matches.
 * @csspart summary - The cart summary.
 * @csspart total - The total line of the summary.
 * @csspart chip - A payment method choice.
 * @csspart method-icon - The icon inside a payment method chip.
 * @csspart submit - The pay button.
 * @csspart confirmation - The panel that shows a created payment (its link, total and expiry, or that it expired) and the "Start over" button.
 *
 * @cssprop [--dodo-color-text=#1a1a1a] - Text color.
 * @cssprop [--dodo-color-muted=#555] - Secondary text color.
 * @cssprop [--dodo-color-background=#fff] - Background color.
 * @cssprop [--dodo-color-surface=#f6f6f7] - Background of the summary.
 * @cssprop [--dodo-color-border=#6b6b6b] - Borders of fields and chips.
 * @cssprop [--dodo-color-accent=#0b57d0] - Buttons, links, selection and focus.
 * @cssprop [--dodo-color-on-accent=#fff] - Text on the accent color.
 * @cssprop [--dodo-color-error=#b3261e] - Error text and borders.
 * @cssprop [--dodo-radius=8px] - Corner radius.
 * @cssprop [--dodo-spacing=16px] - Space between sections.
 * @cssprop [--dodo-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--dodo-font-size=1rem] - Base font size.
 * @cssprop [--dodo-focus-ring] - Box shadow added to the focus outline.
 */
export class DodoCheckout extends LitElement {
  static override styles = checkoutStyles;

  /** URL of the merchant proxy the request JSON is posted to (required). */
  @property() endpoint = '';
  /** JSON array of 1–100 `{product_id, quantity, amount?, name?, price?, image?}`; the property also takes the array. */
  @property() cart: string | object[] = '';
  /** ISO 4217 code of the display prices. */
  @property() currency = '';
  /** Sent as `billing_currency`. When it differs from `currency`, the confirmation panel shows no total: the response states `total_amount` without its currency. */
  @property({ attribute: 'billing-currency' }) billingCurrency = '';
  /** Space- or comma-separated API payment method types the merchant accepts; the property also takes an array. Empty means every method the country and currency allow. */
  @property({ attribute: 'allowed-payment-method-types' }) allowedPaymentMethodTypes: string | string[] = '';
  /** Attach an existing customer: no name or email fields are shown. */
  @property({ attribute: 'customer-id' }) customerId = '';
  /** JSON prefill `{email, name, phone_number}`; the property also takes the object. Each field follows later changes until the shopper edits it. */
  @property() customer: string | object = '';
  /** Billing country (ISO 3166-1 alpha-2); else guessed from the locale's region. A later change moves the form to it unless the shopper chose a country. */
  @property() country = '';
  /** Prefilled discount code; follows later changes until the shopper edits it. */
  @property({ attribute: 'discount-code' }) discountCode = '';
  /** Sent as `return_url`: an absolute http(s) URL. */
  @property({ attribute: 'return-url' }) returnUrl = '';
  /** Sent as `redirect_immediately`; when true the shopper goes to the payment page at once, else after a confirmation. */
  @property({ attribute: 'redirect-immediately', type: Boolean }) redirectImmediately = false;
  /** Sent as `short_link`. */
  @property({ attribute: 'short-link', type: Boolean }) shortLink = false;
  /** Sent as `force_3ds`. */
  @property({ attribute: 'force-3ds', type: Boolean }) force3ds = false;
  /** Sent as `show_saved_payment_methods`. */
  @property({ attribute: 'show-saved-payment-methods', type: Boolean }) showSavedPaymentMethods = false;
  /** Sent as `payment_method_id` (requires `customer-id`). */
  @property({ attribute: 'payment-method-id' }) paymentMethodId = '';
  /** Show an optional phone field. */
  @property({ attribute: 'collect-phone', type: Boolean }) collectPhone = false;
  /** Show the B2B tax id and business name fields. */
  @property({ attribute: 'collect-tax-id', type: Boolean }) collectTaxId = false;
  /** JSON object of string values, sent as `metadata`; the property also takes the object. The bundled proxy drops it unless its `clientMetadata` option lets keys through. */
  @property() metadata: string | Record<string, string> = '';
  /** BCP 47 UI language; else the nearest `lang`, else the browser's. */
  @property({ reflect: true }) locale = '';
  /** Request timeout in milliseconds (default 30000). */
  @property() timeout: string | number = '';
  /** Color scheme: `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  @state() private values: CheckoutFormValues = { ...EMPTY_FORM_VALUES };
  @state() private problems = new Map<FormField, string>();
  @state() private alertMessage = '';
  @state() private statusMessage = '';
  @state() private discountOpen = false;
  @state() private selectedChip = '';
  @state() private subdivisions: readonly Subdivision[] = [];
  /** The country picker module failed to load: a native select stands in until it arrives. */
  @state() private countryFallback = false;
  /** The payment method table could not load: no chips, and no room kept for them. */
  @state() private methodsUnavailable = false;

  private readonly localize = new LocalizeController(this);
  private readonly submission = new SubmissionController(this);
  private readonly persistence = new FormPersistence();
  private readonly payments = new CreatedPaymentController(this, () => this.config && requestBasis(this.buildRequest(this.config, this.addressFormat)), (withdrawn) => this.paymentChanged(withdrawn));
  /** Fields the shopper typed or chose: configuration changes no longer replace them. */
  private edited = new Set<FormField>();
  /** Counts `reset()` calls, so a submit that waited for data knows its checkout is gone. */
  private resets = 0;
  /** The id of the field that had focus when an update began (see `updated`). */
  private focusedId = '';
  private configResult = parseCheckoutConfig({});
  private reportedConfigProblems = '';
  private subdivisionsFor = '';

  /** The current phase, configuration problems and typed values. */
  get state(): CheckoutState {
    return {
      phase: this.submission.phase,
      configured: this.configResult.ok,
      problems: this.configResult.ok ? [] : this.configResult.problems,
      values: { ...this.values },
    };
  }

  /** Validates and sends, exactly as the pay button does. Resolves when the attempt ends. */
  async submit(): Promise<void> {
    await this.updateComplete;
    await this.pay();
  }

  /** Clears what the shopper typed and any created payment, back to the configured start. */
  reset(): void {
    this.resets += 1;
    this.persistence.clear();
    this.payments.drop();
    this.submission.reset();
    this.edited.clear();
    this.values = { ...EMPTY_FORM_VALUES };
    this.problems = new Map();
    this.alertMessage = '';
    this.statusMessage = '';
    this.selectedChip = '';
    this.discountOpen = false;
    if (this.configResult.ok) this.applyConfig(this.configResult.config, false);
  }

  private get config(): CheckoutConfig | undefined {
    return this.configResult.ok ? this.configResult.config : undefined;
  }

  private get addressFormat(): AddressFormat | undefined {
    return getAddressFormat(this.values.country, this.localize.lang);
  }

  protected override firstUpdated(): void {
    // The country picker is requested once the form is on screen, so its download and evaluation
    // never compete with the first render; its slot keeps its height until it is defined, and a
    // native select takes its place if it cannot load.
    void this.loadCountryPicker();
    // Postal code patterns and the payment method table: validation and the chips, not needed to
    // render the form. Both are tried again at submit.
    loadPostalCodes().then(() => this.requestUpdate(), () => undefined);
    loadPaymentMethods().then(() => this.requestUpdate(), () => (this.methodsUnavailable = true));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('pagehide', this.saveValues);
    globalThis.addEventListener?.('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('pagehide', this.saveValues);
    globalThis.removeEventListener?.('pageshow', this.onPageShow);
  }

  private readonly saveValues = () => {
    if (this.submission.phase === 'idle') this.persist();
  };

  /** Saves what the shopper entered (prefills come from the configuration again) and the key's random part. */
  private persist(): void {
    const entered = Object.fromEntries([...this.edited].map((field) => [field, this.values[field]]));
    this.persistence.save(entered, this.submission.salt, this.selectedChip);
  }

  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) this.holdPayment();
  };

  /**
   * The shown payment was withdrawn, or its link expired on screen: said politely, and focus inside
   * the checkout moves to what replaced the link (the Pay button with the new total, or the notice).
   */
  private paymentChanged(withdrawn?: boolean): void {
    this.statusMessage = this.localize.t(withdrawn ? 'paymentStale' : 'paymentExpired');
    if (withdrawn) this.submission.reset();
    if (this.shadowRoot?.activeElement) void this.focusAfterUpdate(withdrawn ? '.submit' : '#confirmation-title');
  }

  /** Shows the payment this checkout created instead of the form, and says so. */
  private holdPayment(): void {
    if (this.payments.payment && this.submission.holdCreated()) this.statusMessage = this.localize.t(this.payments.expired ? 'paymentExpired' : 'paymentCreated');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.focusedId = this.shadowRoot?.activeElement?.id ?? '';
    if (!this.hasUpdated || CONFIG_INPUTS.some((key) => changed.has(key))) {
      const previous = this.config;
      this.configResult = parseCheckoutConfig(this, globalThis.document?.baseURI);
      if (this.configResult.ok) {
        this.reportedConfigProblems = '';
        const scopeChanged = !previous || previous.endpoint !== this.configResult.config.endpoint || JSON.stringify(previous.cart) !== JSON.stringify(this.configResult.config.cart);
        this.applyConfig(this.configResult.config, scopeChanged);
        this.syncPayment(this.configResult.config, scopeChanged);
      }
    }
    if (this.values.country !== this.subdivisionsFor) void this.loadSubdivisionsFor(this.values.country).then((list) => list && this.offerSubdivisions(list));
  }

  protected override updated(): void {
    if (this.focusedId && !this.shadowRoot?.activeElement) {
      // A country whose format reorders the address fields makes them afresh (see renderAddress):
      // focus goes back to the same field, which shows what was typed, so typing carries on.
      const field = this.renderRoot.querySelector<HTMLElement>(`#${this.focusedId}`);
      field?.focus();
      if (field instanceof HTMLInputElement && field.type === 'text') field.setSelectionRange(field.value.length, field.value.length);
    }
    if (!this.configResult.ok) {
      const key = this.configResult.problems.join('\n');
      if (key !== this.reportedConfigProblems) {
        this.reportedConfigProblems = key;
        emit(this, 'dodo-checkout-error', { kind: 'configuration', message: this.configResult.problems.join(' ') });
      }
    }
  }

  /**
   * Prefills from configuration and, for a new checkout scope, what this tab saved before. A
   * prefilled field follows later configuration changes until the shopper edits it.
   */
  private applyConfig(config: CheckoutConfig, restore: boolean): void {
    const saved = restore ? this.persistence.restore(persistenceKey(config.endpoint, config.cart)) : undefined;
    const values = { ...this.values };
    const prefill: Partial<CheckoutFormValues> = {
      email: config.customer.email ?? '',
      name: config.customer.name ?? '',
      phone: config.customer.phone_number ?? '',
      country: config.country ?? this.defaultCountry(),
      discountCode: config.discountCode ?? '',
    };
    for (const [field, value] of Object.entries(prefill) as [FormField, string][]) if (!this.edited.has(field)) values[field] = value;
    if (saved) {
      Object.assign(values, saved.values);
      for (const field of Object.keys(saved.values) as FormField[]) this.edited.add(field);
      if (saved.idempotencySalt) this.submission.resume(saved.idempotencySalt);
      if (saved.paymentMethod) this.selectedChip = saved.paymentMethod;
    }
    if (values.country !== this.values.country) {
      // A subdivision from another country would be wrong, and so would the old country's messages.
      if (!saved?.values.state) values.state = '';
      this.dropProblems(['country', 'state', 'zipcode']);
    }
    this.values = values;
    if (values.discountCode) this.discountOpen = true;
  }

  /**
   * Withdraws a shown payment the checkout no longer matches; for a new scope, shows the payment
   * this tab created there (Back without the back/forward cache, a reload, a new visit).
   */
  private syncPayment(config: CheckoutConfig, scopeChanged: boolean): void {
    this.payments.check();
    if (scopeChanged && !this.payments.payment && this.submission.phase === 'idle' && this.payments.show(persistenceKey(config.endpoint, config.cart))) this.holdPayment();
  }

  private dropProblems(fields: readonly FormField[]): void {
    if (!fields.some((field) => this.problems.has(field))) return;
    const problems = new Map(this.problems);
    for (const field of fields) problems.delete(field);
    this.problems = problems;
  }

  private defaultCountry(): string {
    const region = regionOf(this.localize.lang);
    return region ?? '';
  }

  /** Starts on the country's list; resolves with it if the country is still the chosen one. */
  private async loadSubdivisionsFor(country: string): Promise<readonly Subdivision[] | undefined> {
    this.subdivisionsFor = country;
    this.subdivisions = [];
    if (!getAddressFormat(country)?.hasSubdivisions) return undefined;
    try {
      const list = await loadSubdivisions(country as CountryCode);
      return this.subdivisionsFor === country ? list : undefined;
    } catch {
      // Without the list the state stays a free-text field; nothing is lost. Tried again at
      // submit, and when the shopper comes back to this country.
      return undefined;
    }
  }

  /**
   * A list that arrived: if the shopper is typing a state, it takes over once they leave the
   * field, so no keystroke meant for the text lands in the select.
   */
  private offerSubdivisions(list: readonly Subdivision[]): void {
    const field = this.renderRoot.querySelector<HTMLInputElement>('input#state');
    if (field && this.shadowRoot?.activeElement === field) {
      const country = this.values.country;
      field.addEventListener('blur', () => this.values.country === country && this.useSubdivisions(list), { once: true });
    } else {
      this.useSubdivisions(list);
    }
  }

  /**
   * Shows the list, and turns what the shopper typed in the free-text field meanwhile (or what was
   * restored or autofilled) into its code. Text the list does not know stays, marked invalid.
   */
  private useSubdivisions(list: readonly Subdivision[]): void {
    const field = this.renderRoot.querySelector<HTMLInputElement>('input#state');
    if (field && this.shadowRoot?.activeElement === field) {
      // At submit: a focused text field fires its change event when the list replaces it, after
      // the conversion below; blurred now, its typed text arrives first, and focus moves to the list.
      field.blur();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#state')?.focus());
    }
    this.subdivisions = list;
    const typed = this.values.state;
    if (!typed || this.isListedSubdivision(typed, list)) return;
    const match = findSubdivision(list, typed);
    if (match) {
      this.values = { ...this.values, state: match.code };
      this.persist();
    } else {
      this.problems = new Map([...this.problems, ['state', this.localize.t('unknownSubdivision', typed)]]);
    }
  }

  override render() {
    const t = this.localize.t;
    return html`
      <div class="checkout" dir=${this.localize.dir} lang=${this.localize.textLocale}>
        <div class="alert" role="alert" part="error">${this.configResult.ok ? this.alertMessage : this.renderConfigProblems()}</div>
        <div class="visually-hidden" role="status" aria-live="polite">${this.statusMessage}</div>
        ${this.config
          ? this.payments.payment && this.submission.phase === 'created'
            ? this.renderConfirmation()
            : html`<form part="form" novalidate aria-label=${t('checkout')} @submit=${this.onSubmit} @keydown=${this.onFormKeydown} @input=${this.onInput} @change=${this.onInput}>
                ${this.renderContact()} ${this.renderAddress()} ${this.renderSummary()} ${this.renderDiscount()}
                ${this.renderMethods()} ${this.renderSubmit()}
              </form>`
          : nothing}
      </div>
    `;
  }

  private renderConfigProblems() {
    const problems = this.configResult.ok ? [] : this.configResult.problems;
    return html`<strong>${this.localize.t('configurationError')}</strong>
      <ul>
        ${problems.map((problem) => html`<li>${problem}</li>`)}
      </ul>`;
  }

  private renderContact() {
    const t = this.localize.t;
    const config = this.config!;
    if (config.customerId) {
      return html`<section part="section" aria-labelledby="contact-title">
        <h2 id="contact-title">${t('contact')}</h2>
        <p class="note">${t('customerIdNote')}</p>
      </section>`;
    }
    return html`<fieldset part="section">
      <legend>${t('contact')}</legend>
      ${this.renderField('email', t('email'), { type: 'email', autocomplete: 'email', inputmode: 'email', required: true })}
      ${this.renderField('name', t('fullName'), { autocomplete: 'name', required: true })}
      ${config.collectPhone ? this.renderField('phone', t('phone'), { type: 'tel', autocomplete: 'tel', inputmode: 'tel' }) : nothing}
    </fieldset>`;
  }

  private renderAddress() {
    const t = this.localize.t;
    const format = this.addressFormat;
    const config = this.config!;
    return html`<fieldset part="section">
      <legend>${t('billingAddress')}</legend>
      ${this.countryFallback ? this.renderCountrySelect() : html`<dodo-country-combobox
        part="combobox"
        exportparts="label, input, error, popup, listbox, option, option-active, option-selected, no-results"
        id="country"
        .value=${this.values.country}
        .options=${this.countryOptions()}
        .label=${t('country')}
        .placeholder=${t('countrySearchPlaceholder')}
        .noResultsText=${t('noCountriesFound')}
        .resultsText=${this.countryResultsText}
        .listLabel=${t('countryListLabel')}
        .error=${this.problems.get('country') ?? ''}
        required
        @change=${this.onCountryChange}
        @keydown=${this.onCountryKeydown}
      ></dodo-country-combobox>`}
      ${format
        ? // Keyed by the field order: when a country reorders the fields they are made afresh rather than
          // reused at other positions, so a browser refilling by element (autofill) never writes a value
          // into another field's input.
          keyed(format.fields.join(), html`<div class="row">${format.fields.map((field) => this.renderAddressField(field, format))}</div>`)
        : nothing}
      ${config.collectTaxId
        ? html`<div class="row">
            ${this.renderField('businessName', t('businessName'), { autocomplete: 'organization' })}
            ${this.renderField('taxId', t('taxId'), { autocomplete: 'off' })}
          </div>`
        : nothing}
    </fieldset>`;
  }

  /** The country as a native select while the picker module cannot load. No name: `onCountryChange` takes it, not `onInput`. */
  private renderCountrySelect() {
    const problem = this.problems.get('country');
    const options = this.countryOptions();
    return html`<div class="field" part="field">
      <label for="country" part="label">${this.localize.t('country')}</label>
      <select id="country" part="input" autocomplete="country" required aria-invalid=${problem ? 'true' : 'false'} aria-describedby="country-error"
        .value=${this.values.country} @change=${this.onCountryChange} @focus=${this.loadCountryPicker} @blur=${this.leaveCountryFallback}>
        <option value=""></option>
        ${(options.length ? options : countryCodeOptions()).map(
          (option) => html`<option value=${option.code} ?selected=${option.code === this.values.country}>${option.name}</option>`,
        )}
      </select>
      <p class="error" id="country-error" part="error">${problem ?? ''}</p>
    </div>`;
  }

  /** Until the picker module loads, the select stands in and asks for it again whenever it takes focus. */
  private readonly loadCountryPicker = () => loadCountryCombobox().then(() => this.leaveCountryFallback(), () => (this.countryFallback = true));

  /** Back to the picker once it is defined, but not under the shopper's focus. */
  private readonly leaveCountryFallback = (event?: FocusEvent) => {
    // Not when the window merely lost focus (relatedTarget null): the shopper comes back to the select.
    if (event?.type === 'blur' && !event.relatedTarget) return;
    if (customElements.get('dodo-country-combobox') && this.shadowRoot?.activeElement?.id !== 'country') this.countryFallback = false;
  };

  private isListedSubdivision(code: string, list: readonly Subdivision[] = this.subdivisions): boolean {
    return list.some((subdivision) => subdivision.code === code);
  }

  private renderAddressField(field: AddressFormat['fields'][number], format: AddressFormat) {
    const t = this.localize.t;
    const required = format.required.includes(field);
    switch (field) {
      case 'street':
        return this.renderField('street', t('street'), { autocomplete: 'address-line1', required });
      case 'city':
        return this.renderField('city', t(`city_${format.cityLabel}`), { autocomplete: 'address-level2', required });
      case 'zipcode':
        return this.renderField('zipcode', t(`zip_${format.zipLabel}`), {
          autocomplete: 'postal-code',
          required,
          placeholder: format.zipExample ?? '',
        });
      case 'state':
        return this.subdivisions.length > 0
          ? this.renderStateSelect(t(`state_${format.stateLabel}`), required)
          : this.renderField('state', t(`state_${format.stateLabel}`), { autocomplete: 'address-level1', required });
    }
  }

  private renderStateSelect(label: string, required: boolean) {
    const problem = this.problems.get('state');
    return html`<div class="field" part="field">
      <label for="state" part="label">${label}${required ? nothing : html` <span class="optional">${this.localize.t('optional')}</span>`}</label>
      <select id="state" name="state" part="input" autocomplete="address-level1" ?required=${required}
        aria-invalid=${problem ? 'true' : 'false'} aria-describedby="state-error" .value=${this.values.state}>
        <option value="" ?selected=${!this.values.state}>${this.localize.t('selectOption')}</option>
        ${this.values.state && !this.isListedSubdivision(this.values.state)
          ? html`<option value=${this.values.state} selected>${this.values.state}</option>`
          : nothing}
        ${this.subdivisions.map(
          (sub) => html`<option value=${sub.code} ?selected=${sub.code === this.values.state}>${subdivisionDisplayName(this.values.country as CountryCode, sub, this.localize.lang)}</option>`,
        )}
      </select>
      <p class="error" id="state-error" part="error">${problem ?? ''}</p>
    </div>`;
  }

  private renderField(
    field: FormField,
    label: string,
    options: { type?: string; autocomplete: string; inputmode?: string; required?: boolean; placeholder?: string },
  ) {
    const problem = this.problems.get(field);
    return html`<div class="field" part="field">
      <label for=${field} part="label">${label}${options.required ? nothing : html` <span class="optional">${this.localize.t('optional')}</span>`}</label>
      <input
        id=${field}
        name=${field}
        part="input"
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete}
        inputmode=${options.inputmode ?? nothing}
        placeholder=${options.placeholder || nothing}
        ?required=${options.required}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${`${field}-error`}
        .value=${this.values[field]}
      />
      <p class="error" id=${`${field}-error`} part="error">${problem ?? ''}</p>
    </div>`;
  }

  private renderSummary() {
    const t = this.localize.t;
    const config = this.config!;
    const currency = displayCurrency(config);
    const money = (amount: number) => (currency ? formatMoney(amount, currency, this.localize.lang) : '');
    const subtotal = this.subtotal();
    return html`<section class="summary" part="section summary" aria-labelledby="summary-title">
      <h2 id="summary-title">${t('orderSummary')}</h2>
      <ul>
        ${config.cart.map((item) => {
          const unit = item.amount ?? item.price;
          return html`<li class="line">
            <span class="item">
              ${item.image ? html`<img src=${item.image} alt="" width="40" height="40" loading="lazy" />` : nothing}
              <span>${item.name ?? item.product_id} <span class="note">× ${item.quantity}</span>
                ${unit !== undefined && currency && item.quantity > 1 ? html`<span class="note">(${t('each', money(unit))})</span>` : nothing}</span>
            </span>
            ${unit !== undefined && currency ? html`<span class="amount">${money(unit * item.quantity)}</span>` : nothing}
          </li>`;
        })}
      </ul>
      ${subtotal !== undefined && currency
        ? html`<div class="totals">
            <div class="line"><span>${t('subtotal')}</span><span class="amount">${money(subtotal)}</span></div>
            ${this.values.discountCode.trim()
              ? html`<div class="line"><span>${t('discount')}</span><span class="note">${t('discountAtPayment', this.values.discountCode.trim())}</span></div>`
              : nothing}
            <div class="line total" part="total"><span>${t('total')}</span><span class="amount">${money(subtotal)}</span></div>
          </div>`
        : nothing}
    </section>`;
  }

  /** Sum of line prices, or undefined when any line has no price to show. */
  private subtotal(): number | undefined {
    let sum = 0;
    for (const item of this.config!.cart) {
      const unit = item.amount ?? item.price;
      if (unit === undefined) return undefined;
      sum += unit * item.quantity;
    }
    return sum;
  }

  private renderDiscount() {
    const t = this.localize.t;
    if (!this.discountOpen) {
      return html`<section part="section">
        <button type="button" class="link-button" aria-expanded="false" @click=${this.openDiscount}>${t('haveDiscountCode')}</button>
      </section>`;
    }
    return html`<section part="section" aria-label=${t('discount')}>
      ${this.renderField('discountCode', t('discountCode'), { autocomplete: 'off' })}
    </section>`;
  }

  private renderMethods() {
    const t = this.localize.t;
    if (this.config!.allowedPaymentMethodTypes && this.values.country && !hasPaymentMethods() && !this.methodsUnavailable) {
      // Until the table arrives, an invisible row of one chip keeps the room the chips will take,
      // so nothing below moves when they appear.
      return html`<fieldset part="section" class="methods pending" aria-hidden="true">
        <legend>${t('paymentMethod')}</legend>
        <div class="chips"><span class="chip"><span>${METHOD_ICONS.card}${t('card')}</span></span></div>
      </fieldset>`;
    }
    const chips = this.chips();
    if (chips.length === 0) return nothing;
    return html`<fieldset part="section" class="methods">
      <legend id="methods-title">${t('paymentMethod')}</legend>
      <div class="chips" role="radiogroup" aria-labelledby="methods-title">
        ${chips.map(
          (chip) => html`<label class="chip" part="chip">
            <input type="radio" name="payment-method" .value=${chip.id} .checked=${this.selectedChip === chip.id} @change=${this.onChipChange} />
            <span>${chip.icon}${chip.nameKey ? t(chip.nameKey) : chip.name}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private chips(): PaymentMethodChip[] {
    const config = this.config!;
    if (!config.allowedPaymentMethodTypes || !this.values.country || !hasPaymentMethods()) return [];
    return paymentMethodChips(config.allowedPaymentMethodTypes, this.values.country as CountryCode, config.billingCurrency ?? config.currency);
  }

  private renderSubmit() {
    const t = this.localize.t;
    const busy = this.submission.busy;
    const subtotal = this.subtotal();
    const currency = displayCurrency(this.config!);
    const label = subtotal !== undefined && currency ? t('pay', formatMoney(subtotal, currency, this.localize.lang)) : t('payNoTotal');
    return html`<button class="submit" part="submit" type="submit" aria-disabled=${busy ? 'true' : 'false'} aria-busy=${busy ? 'true' : 'false'}>
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>${this.submission.phase === 'redirecting' ? t('redirecting') : t('processing')}` : label}
    </button>`;
  }

  /** The created payment: its total, expiry and link, or that its link expired; either way a way to start over. */
  private renderConfirmation() {
    const t = this.localize.t;
    const payment = this.payments.payment!;
    const expired = this.payments.expired;
    return html`<section class="confirmation" part="confirmation" aria-labelledby="confirmation-title">
      <h2 id="confirmation-title" tabindex="-1">${t(expired ? 'paymentExpired' : 'confirmationTitle')}</h2>
      ${expired
        ? nothing
        : html`${payment.currency ? html`<p class="line total"><span>${t('total')}</span><span class="amount">${formatMoney(payment.total_amount, payment.currency, this.localize.lang)}</span></p>` : nothing}
            ${payment.expires_on ? html`<p class="note">${t('linkExpires', new Intl.DateTimeFormat(this.localize.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(payment.expiresAt))}</p>` : nothing}
            <a href=${payment.payment_link} rel="noopener">${t('continueToPayment')}</a>`}
      <button type="button" class="link-button" @click=${this.startOver}>${t('startOver')}</button>
    </section>`;
  }

  /** The shopper leaves the created payment behind: a new checkout, with what they typed on this page. */
  private readonly startOver = () => {
    this.payments.drop();
    this.submission.reset();
    this.statusMessage = '';
    this.persist();
    void this.focusAfterUpdate('#email, #country');
  };

  /** Moves focus once the next render is on screen. */
  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private countryOptions(): CountryOption[] {
    return this.localize.countries();
  }

  /** The picker's announcement of how many countries match, in the shown language (one function, so the picker does not re-render for it). */
  private readonly countryResultsText = (count: number): string => this.localize.t('countryResults', count);

  private readonly onInput = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.type === 'radio' || !(target.name in this.values)) return;
    const field = target.name as FormField;
    this.edited.add(field);
    this.values = { ...this.values, [field]: target.value };
    this.dropProblems([field]);
    this.persist();
  };

  private readonly onCountryChange = (event: Event) => {
    event.stopPropagation();
    const country = (event.target as HTMLElement & { value: string }).value;
    if (country === this.values.country) return;
    this.edited.add('country');
    this.dropProblems(['country', 'state', 'zipcode']);
    // Another country's subdivision would be wrong here; the postal code is kept, as typed, and checked against the new country's pattern at submit.
    this.values = { ...this.values, country, state: '' };
    this.persist();
  };

  /** Enter in the closed country picker submits, as in every other field (the picker keeps Enter while open). */
  private readonly onCountryKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.defaultPrevented && !event.repeat) {
      event.preventDefault();
      void this.pay();
    }
  };

  private readonly onChipChange = (event: Event) => {
    this.selectedChip = (event.target as HTMLInputElement).value;
    this.persist();
  };

  private readonly openDiscount = async () => {
    this.discountOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#discountCode')?.focus();
  };

  /** A held-down Enter repeats keydown; only the first press is a shopper action. */
  private readonly onFormKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.repeat) event.preventDefault();
  };

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    void this.pay();
  };

  private problemMessage(field: FormField, problem: FieldProblem): string {
    const t = this.localize.t;
    if (problem === 'invalidEmail') return t('invalidEmail');
    if (problem === 'invalidPhone') return t('invalidPhone');
    if (problem === 'invalidPostalCode') return t('invalidPostalCode', this.addressFormat?.zipExample ?? '');
    if (problem === 'unknownSubdivision') return t('unknownSubdivision', this.values.state);
    return t('required', this.fieldLabel(field));
  }

  private fieldLabel(field: FormField): string {
    const t = this.localize.t;
    const format = this.addressFormat;
    if (field === 'zipcode' && format) return t(`zip_${format.zipLabel}`);
    if (field === 'state' && format) return t(`state_${format.stateLabel}`);
    if (field === 'city' && format) return t(`city_${format.cityLabel}`);
    const labels: Record<FormField, string> = {
      email: t('email'), name: t('fullName'), phone: t('phone'), country: t('country'), street: t('street'), city: t('city'),
      state: t('state_state'), zipcode: t('zip_postal'), taxId: t('taxId'), businessName: t('businessName'), discountCode: t('discountCode'),
    };
    return labels[field];
  }

  /** What validation and the request need that loads after the form: tried again here if it failed. */
  private async loadForSubmit(): Promise<void> {
    const format = this.addressFormat;
    if (format?.hasSubdivisions && this.subdivisions.length === 0) {
      // A list that failed to load: one more try, so the state is sent as its code.
      const list = await this.loadSubdivisionsFor(this.values.country);
      if (list) this.useSubdivisions(list);
    } else if (this.subdivisions.length > 0) {
      // A name restored or autofilled after the list arrived becomes its code too.
      this.useSubdivisions(this.subdivisions);
    }
    if (format?.fields.includes('zipcode')) {
      // Without the rules (offline), any non-empty code passes and the API has the last word.
      await loadPostalCodes().catch(() => undefined);
    }
    if (this.config?.allowedPaymentMethodTypes && !hasPaymentMethods()) {
      // Without the table (offline) the merchant's whole list is sent and the API decides.
      await loadPaymentMethods().catch(() => undefined);
    }
  }

  private async pay(): Promise<void> {
    if (!this.config || this.submission.busy || this.submission.phase === 'created') return;
    const resets = this.resets;
    await this.loadForSubmit();
    // The wait may outlast this checkout: removed, reset or reconfigured meanwhile.
    const config = this.config;
    if (!config || !this.isConnected || resets !== this.resets) return;
    const format = this.addressFormat;
    if (format && this.values.zipcode.trim()) {
      // "sw1a2aa" becomes "SW1A 2AA": the shopper's input in the form the country writes it.
      this.values = { ...this.values, zipcode: normalizePostalCode(this.values.country as CountryCode, this.values.zipcode) };
    }
    const found = validateForm(this.values, {
      contact: !config.customerId,
      collectPhone: config.collectPhone,
      addressFields: format?.fields ?? [],
      requiredAddressFields: format?.required ?? [],
      isValidPostalCode: (value) => (format ? isValidPostalCode(this.values.country as CountryCode, value) : true),
      isKnownSubdivision: (value) => this.subdivisions.length === 0 || this.isListedSubdivision(value),
    });
    if (found.length > 0) {
      await this.showProblems(found.map(({ field, problem }) => [field, this.problemMessage(field, problem)]));
      return;
    }

    const request = this.buildRequest(config, format);
    const checked = CreatePaymentRequestSchema.safeParse(request);
    if (!checked.success) {
      const field = this.fieldForPath(checked.error.issues[0]?.path ?? []);
      // zod/mini ships no messages ("Invalid input"): show the localized one.
      await this.showProblems([[field, this.localize.t('invalidValue')]]);
      return;
    }

    this.alertMessage = '';
    this.statusMessage = this.localize.t('processing');
    // Saved before sending: if the tab reloads while the answer is unknown, paying again reuses the key.
    this.persist();
    // What the payment will belong to: any later change to it withdraws the payment.
    const basis = requestBasis(request);
    const result = await this.submission.submit(checked.data, {
      endpoint: config.endpoint,
      timeout: config.timeout,
      redirectImmediately: config.redirectImmediately,
      stillCurrent: () => this.payments.matches(basis),
      language: this.localize.lang,
    });
    switch (result.status) {
      case 'busy':
        return;
      case 'cancelled':
        this.statusMessage = '';
        return;
      case 'failed':
        if (result.failure.kind !== 'aborted') await this.showFailure(result.failure);
        // Aborted (removed mid-request, or reset): nothing to report, but no longer busy either.
        else this.statusMessage = '';
        return;
      case 'unsafe-link':
        await this.showError({ kind: 'response', message: this.localize.t('unsafeLink') });
        return;
      case 'created':
        rememberStatusToken(result.response, persistenceKey(config.endpoint, config.cart));
        this.persistence.clear();
        // Changed while the request was out: withdrawn at once, never offered.
        if (!this.payments.show(persistenceKey(config.endpoint, config.cart), createdPayment(result.response, result.decision.url, totalCurrency(config) ?? '', basis.cart), basis)) return;
        this.statusMessage = result.navigated ? this.localize.t('redirecting') : this.localize.t('paymentCreated');
        if (!result.navigated) await this.focusAfterUpdate('#confirmation-title');
    }
  }

  private buildRequest(config: CheckoutConfig, format: AddressFormat | undefined): CreatePaymentRequest {
    let paymentMethods: PaymentMethodType[] | undefined;
    if (config.allowedPaymentMethodTypes) {
      const chip = this.chips().find((c) => c.id === this.selectedChip);
      paymentMethods = chip
        ? [...chip.methods]
        : eligibleMethods(config.allowedPaymentMethodTypes, this.values.country as CountryCode, config.billingCurrency ?? config.currency);
      // Nothing eligible is still the merchant's list: the API decides rather than the widget.
      if (paymentMethods.length === 0) paymentMethods = [...config.allowedPaymentMethodTypes];
    }
    return buildPaymentRequest({ config, values: this.values, addressFields: format?.fields ?? [], ...(paymentMethods ? { paymentMethods } : {}) });
  }

  private fieldForPath(path: readonly PropertyKey[]): FormField {
    const [head, key] = path.map(String);
    const byPath: Record<string, FormField> = {
      email: 'email', name: 'name', phone_number: 'phone', country: 'country', street: 'street', city: 'city',
      state: 'state', zipcode: 'zipcode', tax_id: 'taxId', customer_business_name: 'businessName', discount_code: 'discountCode',
    };
    return byPath[key ?? ''] ?? byPath[head ?? ''] ?? 'email';
  }

  private async showProblems(entries: Array<[FormField, string]>): Promise<void> {
    const ordered = entries.sort((a, b) => FIELD_ORDER.indexOf(a[0]) - FIELD_ORDER.indexOf(b[0]));
    this.problems = new Map(ordered);
    if (ordered.some(([field]) => field === 'discountCode')) this.discountOpen = true;
    const message = this.localize.t('formHasErrors', ordered.length);
    this.alertMessage = message;
    this.statusMessage = '';
    emit(this, 'dodo-checkout-error', { kind: 'validation', message: ordered.map(([, text]) => text).join(' ') });
    await this.updateComplete;
    const first = ordered[0]?.[0];
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  private async showFailure(failure: SendFailure): Promise<void> {
    const t = this.localize.t;
    const detail: CheckoutErrorDetail = { kind: failure.kind === 'aborted' ? 'network' : failure.kind, message: '' };
    if (failure.status !== undefined) detail.status = failure.status;
    if (failure.code !== undefined) detail.code = failure.code;
    // The proxy's own messages and 5xx bodies are English text for the merchant, not the shopper.
    const proxyOwn = failure.kind === 'server' ? proxyOwnFailure(failure) : undefined;
    if (failure.kind === 'timeout' || proxyOwn === 'timeout') detail.message = t('timeoutError');
    else if (failure.kind === 'network') detail.message = t('networkError');
    else if (failure.kind === 'response') detail.message = t('responseError');
    else if (proxyOwn === 'request_timeout') detail.message = t('requestTimeout');
    else if (proxyOwn === 'rate_limited') detail.message = t('rateLimited', failure.retryAfter ?? 0);
    else if (proxyOwn === 'server') detail.message = t('serverError');
    else if (failure.status === 429) detail.message = [failure.apiMessage, t('rateLimited', failure.retryAfter ?? 0)].filter(Boolean).join(' ');
    else detail.message = failure.apiMessage ?? t('serverError');

    // A refused discount code belongs next to the code the shopper typed.
    if (!proxyOwn && failure.apiMessage && /discount/i.test(`${failure.code ?? ''} ${failure.apiMessage}`) && this.values.discountCode.trim()) {
      this.problems = new Map([['discountCode', failure.apiMessage]]);
      this.discountOpen = true;
      await this.showError(detail);
      this.renderRoot.querySelector<HTMLElement>('#discountCode')?.focus();
      return;
    }
    await this.showError(detail);
  }

  private async showError(detail: CheckoutErrorDetail): Promise<void> {
    this.alertMessage = detail.message;
    this.statusMessage = '';
    emit(this, 'dodo-checkout-error', detail);
    await this.updateComplete;
  }
}
