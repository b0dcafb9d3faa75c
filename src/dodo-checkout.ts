import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { CountryCode } from './api/schemas.js';
import { CountryPickerLoader } from './components/country-picker-loader.js';
import type { CheckoutFailure } from './checkout/describe-failure.js';
import { loadSubmitPath, type SubmitPath } from './checkout/load-submit-path.js';
import { CheckoutMemory } from './checkout/checkout-memory.js';
import { SubmissionController, type SubmissionPhase } from './checkout/submission-controller.js';
import { CHECKOUT_OPTIONS, CONFIG_OPTION_NAMES, initialValue, optionProperties, type CheckoutOptionValues, type OptionName } from './config/options.js';
import { parseCheckoutConfig, type CheckoutConfig } from './config/parse-config.js';
import { emit } from './events.js';
import { FormController } from './form/form-controller.js';
import { FORM_FIELDS, prefillValues, type FormField, type FormValues } from './form/form-model.js';
import { getAddressFormat, normalizePostalCode, type AddressFormat } from './intl/address-format.js';
import type { FoundProblem } from './form/validate-form.js';
import type { LiveQuote } from './quote/live-quote.js';
import { loadQuoteModule } from './quote/load-quote-module.js';
import { LocalizeController, regionOf } from './intl/localize-controller.js';
import { offeredChips, ReferenceDataController, valueOf } from './reference-data/reference-data-controller.js';
import { checkoutStyles } from './styles/checkout-styles.js';
import { tokens } from './styles/tokens.js';
import { addressSection } from './templates/address.js';
import { contactSection } from './templates/contact.js';
import { formView, type FormView } from './templates/form-view.js';
import { configurationProblems } from './templates/configuration-problems.js';
import { confirmationPanel, discountSection, methodsSection, submitButton } from './templates/payment.js';
import { summarySection } from './templates/summary.js';

/** What the element is doing, for merchants who drive it from their own controls. */
export interface CheckoutState {
  phase: SubmissionPhase;
  configured: boolean;
  problems: readonly string[];
  values: Readonly<FormValues>;
}

/** How long paying waits for the quote of what the form holds; then it pays with the note. */
const QUOTE_WAIT_MS = 1500;

/** The form-level alert: the count of fields to fix, or a failed attempt; both written at render. */
type Alert = { kind: 'problems' } | { kind: 'failure'; failure: CheckoutFailure; describe: SubmitPath['describeFailure'] } | { kind: 'unreachable' };

// The option properties are typed from the table (config/options.ts) by declaration merging.
export interface DodoCheckout extends CheckoutOptionValues {}

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
 * @fires {CustomEvent<CheckoutErrorDetail>} dodo-checkout-error - Something failed. Detail: `{ kind, status?, code?, message }`.
 * @fires {CustomEvent<CheckoutQuoteDetail>} dodo-checkout-quote - A quote from `quote-endpoint` arrived for what the form holds: what Dodo will charge. Detail: `{ quote, request }`.
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
 * @csspart confirmation - The panel shown before continuing to payment.
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
  static override styles = [tokens, checkoutStyles];

  /** The options' properties and attributes come from the one table in config/options.ts; the rest is the element's own state. */
  static override properties = { ...optionProperties(), alert: { state: true }, statusMessage: { state: true } };

  constructor() {
    super();
    for (const name of Object.keys(CHECKOUT_OPTIONS) as OptionName[]) Object.assign(this, { [name]: initialValue(name) });
    this.statusMessage = '';
  }

  private declare alert: Alert | undefined;
  private declare statusMessage: string;

  private readonly localize = new LocalizeController(this);
  private readonly form = new FormController(this);
  private readonly data = new ReferenceDataController(this, () => this.form.values.country);
  private readonly submission = new SubmissionController(this);
  private readonly memory = new CheckoutMemory(this, this.form, this.submission);
  private readonly picker = new CountryPickerLoader(this, () => this.shadowRoot?.activeElement?.id === 'country');
  /** Counts `reset()` calls, so a submit that waited for data knows its checkout is gone. */
  private resets = 0;
  /** The id of the field that had focus when an update began (see `updated`). */
  private focusedId = '';
  private configResult = parseCheckoutConfig({});
  private reportedConfigProblems = '';
  /** The live quote, once its module loaded (only with `quote-endpoint`). */
  private live?: LiveQuote;
  /** The currency the created payment was quoted in. */
  private billedIn?: string;

  /** The current phase, configuration problems and typed values. */
  get state(): CheckoutState {
    return {
      phase: this.submission.phase,
      configured: this.configResult.ok,
      problems: this.configResult.ok ? [] : this.configResult.problems,
      values: { ...this.form.values },
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
    this.submission.reset();
    this.form.reset();
    this.memory.clear();
    this.alert = undefined;
    this.statusMessage = '';
    this.billedIn = undefined;
    if (this.configResult.ok) this.form.prefill(prefillValues(this.configResult.config, regionOf(this.localize.lang)));
    this.live?.reset();
  }

  private get config(): CheckoutConfig | undefined {
    return this.configResult.ok ? this.configResult.config : undefined;
  }

  private get addressFormat(): AddressFormat | undefined {
    return getAddressFormat(this.form.values.country, this.localize.lang, valueOf(this.data.postalCodes));
  }

  // ---- Lifecycle: configuration → form → reference data → render ---------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('pageshow', this.onPageShow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.focusedId = this.shadowRoot?.activeElement?.id ?? '';
    if (!this.hasUpdated || CONFIG_OPTION_NAMES.some((key) => changed.has(key))) this.configure();
  }

  protected override firstUpdated(): void {
    // The picker is requested once the form is on screen, so it never competes with the first
    // render; its slot keeps its height, and a native select stands in if it cannot load.
    void this.picker.load();
    this.data.loadTables();
    // What a submit needs, fetched while the shopper fills the form; tried again at submit.
    loadSubmitPath().catch(() => undefined);
    this.startQuotes();
  }

  protected override updated(): void {
    this.restoreFocus();
    // A state list that arrived waits while the shopper types a state, so no keystroke lands in the select.
    if (this.data.arrived && this.shadowRoot?.activeElement?.id !== 'state') this.form.matchState(this.data.takeArrived());
    if (!this.configResult.ok) this.reportConfigProblems(this.configResult.problems);
  }

  /** Parses the configuration; a new checkout scope (endpoint or cart) brings back what this tab saved for it. */
  private configure(): void {
    const previous = this.config;
    this.configResult = parseCheckoutConfig(this, globalThis.document?.baseURI);
    if (!this.configResult.ok) return;
    this.reportedConfigProblems = '';
    const config = this.configResult.config;
    this.form.prefill(prefillValues(config, regionOf(this.localize.lang)));
    if (this.hasUpdated) this.startQuotes();
    const scopeChanged = !previous || previous.endpoint !== config.endpoint || JSON.stringify(previous.cart) !== JSON.stringify(config.cart);
    if (!scopeChanged) return;
    this.memory.restore(config);
    this.live?.takeCheckedValues();
  }

  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && this.submission.pageRestored()) this.statusMessage = this.localize.t('paymentCreated');
  };

  /** A country whose format reorders the address fields makes them afresh: focus goes back to the same field, so typing carries on. */
  private restoreFocus(): void {
    if (!this.focusedId || this.shadowRoot?.activeElement) return;
    const field = this.renderRoot.querySelector<HTMLElement>(`#${this.focusedId}`);
    field?.focus();
    if (field instanceof HTMLInputElement && field.type === 'text') field.setSelectionRange(field.value.length, field.value.length);
  }

  private reportConfigProblems(problems: readonly string[]): void {
    const key = problems.join('\n');
    if (key === this.reportedConfigProblems) return;
    this.reportedConfigProblems = key;
    emit(this, 'dodo-checkout-error', { kind: 'configuration', message: problems.join(' ') });
  }

  // ---- Rendering ------------------------------------------------------------------------------

  override render() {
    const config = this.config;
    const view = this.view();
    return html`
      <div class="checkout" dir=${this.localize.dir} lang=${this.localize.lang}>
        <div class="alert" role="alert" part="error">${this.configResult.ok ? this.alertText(view) : configurationProblems(view, this.configResult.problems)}</div>
        <div class="visually-hidden" role="status" aria-live="polite">${this.statusMessage}</div>
        ${!config
          ? nothing
          : this.submission.created && this.submission.phase === 'created'
            ? confirmationPanel(view, config, this.submission.created, this.billedIn)
            : this.renderForm(view, config)}
      </div>
    `;
  }

  private renderForm(view: FormView, config: CheckoutConfig) {
    const live = this.live;
    return html`<form part="form" novalidate aria-label=${view.t('checkout')} @submit=${this.onSubmit} @keydown=${this.onFormKeydown} @input=${this.onInput} @change=${this.onInput} @focusout=${this.onFocusOut}>
      ${contactSection(view, config)}
      ${addressSection({ ...view, config, ...this.countryView(), subdivisions: this.data.subdivisions })}
      ${live?.summary(view, config) ?? summarySection(view, config)}
      ${live?.currency(view)}
      ${live && this.form.discountOpen ? live.discount(view) : discountSection(view, this.form.discountOpen, this.openDiscount)}
      ${methodsSection(view, this.chips(config), this.form.chip)}
      ${submitButton(view, config, this.submission.phase, live?.payTotal())}
    </form>`;
  }

  private view(): FormView {
    const view = formView(this.localize, this.form, this.addressFormat);
    return { ...view, hintText: (field) => this.live?.hint(field, view.values, view.t) ?? '' };
  }

  // ---- The live quote (with `quote-endpoint`) -------------------------------------------------

  /** Loads the quote module once the form is on screen; until then, and if it cannot load, display prices show with the note. */
  private startQuotes(): void {
    if (!this.config?.quoteEndpoint || this.live) return;
    loadQuoteModule().then(
      ({ LiveQuote, quoteEnglish }) => {
        this.localize.addEnglish(quoteEnglish);
        this.live ??= new LiveQuote(this, {
          config: () => this.config,
          form: this.form,
          addressFields: () => this.addressFormat?.fields ?? [],
          idle: () => this.submission.phase === 'idle',
          view: () => this.view(),
          announce: (text) => (this.statusMessage = text),
        });
        this.requestUpdate();
      },
      () => undefined,
    );
  }

  private alertText(view: FormView): string {
    if (this.alert?.kind === 'failure') return this.alert.describe(this.alert.failure, view.t).detail.message;
    if (this.alert?.kind === 'unreachable') return view.t('networkError');
    // The count follows the fields: each one fixed is one fewer.
    if (this.alert?.kind === 'problems' && this.form.problems.size > 0) return view.t('formHasErrors', this.form.problems.size);
    return '';
  }

  private countryView() {
    return {
      countryFallback: this.picker.fallback,
      countryOptions: this.localize.countries(),
      countryResultsText: this.countryResultsText,
      onCountryChange: this.onCountryChange,
      onCountryKeydown: this.onCountryKeydown,
      onCountryFallbackFocus: this.picker.load,
      onCountryFallbackBlur: this.picker.leaveFallback,
    };
  }

  /** The chips for the chosen country in the currency charged: the quote's (adaptive pricing), else the configuration's. */
  private chips(config: CheckoutConfig) {
    return offeredChips(this.data.paymentMethods, config, this.form.values.country, this.live?.chargeCurrency());
  }

  /** The picker's announcement of how many countries match (one function, so the picker does not re-render for it). */
  private readonly countryResultsText = (count: number): string => this.localize.t('countryResults', count);

  // ---- What the shopper does ------------------------------------------------------------------

  private readonly onInput = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'payment-method') this.form.chooseChip(target.value);
    else if (this.live?.onInput(target)) return;
    else if ((FORM_FIELDS as readonly string[]).includes(target.name)) this.form.edit(target.name as FormField, target.value);
  };

  private readonly onCountryChange = (event: Event) => {
    event.stopPropagation();
    this.form.chooseCountry((event.target as HTMLElement & { value: string }).value);
  };

  /** Leaving the state field lets a list that arrived meanwhile take its place; leaving the tax ID checks it. */
  private readonly onFocusOut = (event: FocusEvent) => {
    const id = (event.target as HTMLElement).id;
    if (id === 'state' && this.data.arrived) this.requestUpdate();
    this.live?.onFocusOut(id);
  };

  /** Enter in the closed country picker submits, as in every other field (the picker keeps Enter while open). */
  private readonly onCountryKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.defaultPrevented && !event.repeat) {
      event.preventDefault();
      void this.pay();
    }
  };

  private readonly openDiscount = async () => {
    this.form.openDiscount();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#discountCode')?.focus();
  };

  /** A held-down Enter repeats keydown; only the first press is a shopper action. Enter in the discount field applies the code. */
  private readonly onFormKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.repeat) event.preventDefault();
    else this.live?.onKeydown(event);
  };

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    void this.pay();
  };

  // ---- Paying: data → checks → request → proxy → outcome --------------------------------------

  private async pay(): Promise<void> {
    if (!this.config || this.submission.busy || this.submission.phase === 'created') return;
    const resets = this.resets;
    const path = await this.readyForSubmit();
    // The code in the field and the tax ID are what gets paid with: the quote checks them first, briefly.
    const ahead = await this.live?.beforePay(QUOTE_WAIT_MS);
    // The waits may outlast this checkout: removed, reset or reconfigured meanwhile.
    const config = this.config;
    if (!config || !this.isConnected || resets !== this.resets || this.submission.busy) return;
    if (!path) return this.showUnreachable();
    const { values } = this.form;
    const format = this.addressFormat;
    // "sw1a2aa" becomes "SW1A 2AA": the shopper's input in the form the country writes it.
    if (format && values.zipcode.trim()) this.form.correct({ zipcode: normalizePostalCode(values.country as CountryCode, values.zipcode, valueOf(this.data.postalCodes)) });
    const chip = this.chips(config);
    const billingCurrency = ahead ? ahead.billingCurrency : config.billingCurrency;
    const prepared = path.prepareRequest({
      // The payment's billing currency is the quote's input, so it charges what the quote showed.
      config: billingCurrency ? { ...config, billingCurrency } : config,
      values: this.form.values, format, subdivisions: this.data.subdivisions,
      postalCodes: valueOf(this.data.postalCodes), paymentMethods: valueOf(this.data.paymentMethods),
      chipMethods: chip === 'pending' ? undefined : chip.find((candidate) => candidate.id === this.form.chip)?.methods,
      chargeCurrency: ahead?.quote?.currency,
    });
    // A refused code or an invalid tax ID is shown at its field; nothing is sent.
    const quoteProblems = ahead?.problems ?? [];
    if (!prepared.ok || quoteProblems.length > 0) return this.showProblems([...(prepared.ok ? [] : prepared.problems), ...quoteProblems]);
    this.billedIn = ahead?.quote?.currency;

    this.alert = undefined;
    this.statusMessage = this.localize.t('processing');
    // Saved before sending: if the tab reloads while the answer is unknown, paying again reuses the key.
    this.memory.save();
    const result = await this.submission.submit(prepared.request, { endpoint: config.endpoint, timeout: config.timeout, redirectImmediately: config.redirectImmediately, path });
    if (result.status === 'busy') return;
    this.statusMessage = '';
    if (result.status === 'cancelled' || (result.status === 'failed' && result.failure.kind === 'aborted')) return;
    if (result.status === 'failed') return this.showFailure(result.failure, path);
    if (result.status === 'unsafe-link') return this.showFailure({ kind: 'unsafe-link' }, path);
    this.memory.clear();
    this.statusMessage = this.localize.t(result.navigated ? 'redirecting' : 'paymentCreated');
    if (result.navigated) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirmation-title')?.focus();
  }

  /** What the checks and the request need that loads after the form, tried again if it failed; the submit path unless it cannot load. */
  private async readyForSubmit(): Promise<SubmitPath | undefined> {
    const [path] = await Promise.all([
      loadSubmitPath().catch(() => undefined),
      this.data.forSubmit({ postalCodes: Boolean(this.addressFormat?.fields.includes('zipcode')), paymentMethods: Boolean(this.config?.allowedPaymentMethodTypes) }),
    ]);
    const field = this.renderRoot.querySelector<HTMLInputElement>('input#state');
    if (this.data.arrived && field && this.shadowRoot?.activeElement === field) {
      // A focused text field fires its change event when the list replaces it; blurred now, its
      // typed text arrives first, and focus moves to the list.
      field.blur();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#state')?.focus());
    }
    // A name restored or autofilled after the list arrived becomes its code too.
    this.form.matchState(this.data.takeArrived());
    return path;
  }

  private async showProblems(found: readonly FoundProblem[]): Promise<void> {
    this.form.report(found);
    this.alert = { kind: 'problems' };
    this.statusMessage = '';
    const view = this.view();
    emit(this, 'dodo-checkout-error', { kind: 'validation', message: FORM_FIELDS.map((field) => view.problemText(field)).filter(Boolean).join(' ') });
    await this.updateComplete;
    const first = this.form.firstProblem;
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  /** Offline since the page loaded: the submit path could not load, so nothing could be sent either. */
  private showUnreachable(): void {
    this.alert = { kind: 'unreachable' };
    emit(this, 'dodo-checkout-error', { kind: 'network', message: this.localize.t('networkError') });
  }

  private async showFailure(failure: CheckoutFailure, path: SubmitPath): Promise<void> {
    const { detail, refusedDiscount } = path.describeFailure(failure, this.localize.t);
    const discount = refusedDiscount && this.form.values.discountCode.trim() ? refusedDiscount : undefined;
    // A refused discount code belongs next to the code the shopper typed.
    if (discount) this.form.report([{ field: 'discountCode', problem: { code: 'refused', message: discount } }]);
    this.alert = { kind: 'failure', failure, describe: path.describeFailure };
    emit(this, 'dodo-checkout-error', detail);
    await this.updateComplete;
    if (discount) this.renderRoot.querySelector<HTMLElement>('#discountCode')?.focus();
  }
}
