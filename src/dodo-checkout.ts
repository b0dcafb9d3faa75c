import { adoptStyles, html, isServer, LitElement, nothing, ReactiveElement, render, type PropertyValues } from 'lit';
import { afterFirstPaint, nextTask } from './after-first-paint.js';
import { CountryPickerLoader } from './components/country-picker-loader.js';
import { CheckoutMemory } from './checkout/checkout-memory.js';
import { openStorage } from './checkout/form-persistence.js';
import { PaymentFlow } from './checkout/payment-flow.js';
import { SubmissionController, type SubmissionPhase } from './checkout/submission-controller.js';
import { CHECKOUT_OPTIONS, CONFIG_OPTION_NAMES, initialValue, optionProperties, type CheckoutOptionValues, type OptionName } from './config/options.js';
import { parseCheckoutConfig, type CheckoutConfig } from './config/parse-config.js';
import { emit } from './events.js';
import { FormController } from './form/form-controller.js';
import { isComposingKey } from './form/composing-key.js';
import { FORM_FIELDS, prefillValues, TERMS_ACCEPTED, type FormField, type FormValues } from './form/form-model.js';
import { typedBeforeHydration } from './form/typed-before-hydration.js';
import { loadHydrate, type Hydration } from './hydration/load-hydrate.js';
import type { LiveQuote } from './quote/live-quote.js';
import { loadQuoteModule } from './quote/load-quote-module.js';
import { getAddressFormat, type AddressFormat } from './intl/address-format.js';
import { LocalizeController, regionOf } from './intl/localize-controller.js';
import { moneyReady, prepareMoney } from './intl/money.js';
import { holdHeight, reservedHeight } from './reserved-height.js';
import { hiddenUntilStyled } from './ssr/hidden-until-styled.js';
import { offeredChips, ReferenceDataController, valueOf } from './reference-data/reference-data-controller.js';
import { checkoutStyles } from './styles/checkout-styles.js';
import { sharedStyles } from './styles/shared-styles.js';
import { tokens } from './styles/tokens.js';
import { addressSection } from './templates/address.js';
import { contactSection } from './templates/contact.js';
import { formView, type FormView } from './templates/form-view.js';
import { configurationProblems } from './templates/configuration-problems.js';
import { confirmationPanel, discountSection, methodsSection, submitButton, termsField } from './templates/payment.js';
import { summarySection } from './templates/summary.js';

/** How long a server-rendered form waits for its language and country names before it is hydrated anyway. */
const HYDRATION_WAIT_MS = 3_000;
/** The form's parts in the browser's first render (see `renderedParts`): contact and address; summary and discount; methods, terms and Pay. */
const FORM_PARTS = 3;
/** Every option of the element, by property name. */
const OPTION_NAMES = Object.keys(CHECKOUT_OPTIONS) as OptionName[];

/** What the element is doing, for merchants who drive it from their own controls. */
export interface CheckoutState {
  /**
   * `idle` while the shopper fills the form; `submitting` from a press of Pay (or `submit()`) until
   * its outcome: the checks, the brief wait for the quote and the request; `redirecting` once sent
   * to the payment page; `created` while the created payment is shown instead of the form.
   */
  phase: SubmissionPhase;
  configured: boolean;
  problems: readonly string[];
  values: Readonly<FormValues>;
}


// The option properties are typed from the table (config/options.ts) by declaration merging.
export interface DodoCheckout extends CheckoutOptionValues {}

/**
 * `<dodo-checkout>`: a complete checkout for Dodo Payments. It collects contact and billing
 * details, shows the cart, takes a discount code and a preferred payment method, posts a
 * `POST /payments` request to the merchant's proxy and sends the shopper to the hosted payment page.
 *
 * @tag dodo-checkout
 *
 * @fires {CustomEvent<CheckoutSubmitDetail>} dodo-checkout-submit - Before the request is sent; cancel it to send nothing. Detail: `{ request }`, a copy: changing it changes nothing sent (the proxy's `transform` does).
 * @fires {CustomEvent<CheckoutPaymentCreatedDetail>} dodo-checkout-payment-created - The proxy created the payment. Detail: `{ response }`.
 * @fires {CustomEvent<CheckoutRedirectDetail>} dodo-checkout-redirect - Before navigating to the payment page; cancel it to navigate yourself. Detail: `{ url, response }`.
 * @fires {CustomEvent<CheckoutPaymentStaleDetail>} dodo-checkout-payment-stale - A created payment was withdrawn because the cart (`reason: 'cart'`) or anything else in the request (`'request'`) changed; paying again creates a new one. Never for a payment this tab's return page verified as paid. Detail: `{ previous: { payment_id, payment_link, total_amount, expires_on? }, reason }`.
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
 * @csspart consent - The terms consent field (with `terms-url`): its checkbox, the sentence with the links, and its error.
 * @csspart method-icon - The icon inside a payment method chip.
 * @csspart submit - The pay button.
 * @csspart confirmation - The panel that shows a created payment (its link, total where its currency is known, and expiry; or that it expired; or, once this tab's return page verified it, that it was received, with its total) and the "Start over" button.
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
  static override styles = [tokens, sharedStyles, checkoutStyles];

  /** The options' properties and attributes come from the one table in config/options.ts; the rest is the element's own state. */
  static override properties = optionProperties();

  constructor() {
    super();
    for (const name of OPTION_NAMES) Object.assign(this, { [name]: initialValue(name) });
  }

  private readonly localize = new LocalizeController(this);
  private readonly form = new FormController(this, () => this.addressFormat?.fields ?? []);
  private readonly data = new ReferenceDataController(this, () => this.form.values.country);
  private readonly submission = new SubmissionController(this);
  private readonly memory = new CheckoutMemory(this, this.form, this.submission);
  private readonly flow = new PaymentFlow(this, {
    localize: this.localize, form: this.form, data: this.data, submission: this.submission, memory: this.memory,
    config: () => this.config, format: () => this.addressFormat, live: () => this.live,
  });
  /** The live quote, once its module loaded (only with `quote-endpoint`). */
  private live?: LiveQuote;
  /** What the live quote last said politely (a new total, a refused code), shown while the payment flow has nothing to say. */
  private quoteAnnouncement = '';
  /**
   * Rendering on the server (`dodo-checkout/ssr`), or upgrading the form it rendered: a declarative
   * shadow root is already there. Such a form shows the native country select until the picker has
   * loaded, so it works before any script runs.
   */
  private readonly serverRendered = isServer || this.shadowRoot !== null;
  /**
   * How many of the form's parts are rendered (see `scheduleUpdate`): the contact and address
   * fields at the end of the task that upgrades the element, then one more part in each task after
   * it. Hydration adopts the server's whole form at once.
   */
  private renderedParts = this.serverRendered ? FORM_PARTS : 1;
  /** The task that renders the next part of the form, until it has run. */
  private nextPart: Promise<void> | undefined;
  /** The page's `dodo-checkout:not(:defined)` height, read at the upgrade, until the render root holds it (see `releaseHeight`). */
  private reserved = this.serverRendered ? undefined : reservedHeight(this);
  /** Lets go of the reserved height, once the whole form is rendered. */
  private releaseHeight: (() => void) | undefined;
  /** Until the first update: the server-rendered shadow root is adopted, not rendered afresh. */
  private hydrating = false;
  /** Lit's hydration, loaded for a server-rendered form only (undefined if it could not load: the form is then rendered afresh). */
  private hydrateLoad: Promise<Hydration | undefined> | undefined;
  private hydration: Hydration | undefined;
  /** The options at the upgrade, which the server rendered: the form is hydrated only if they are still the same. */
  private serverOptions: unknown[] | undefined;
  /** The form was configured before hydration, with the server's options (see `scheduleUpdate`). */
  private configuredEarly = false;
  /** A task to make the first number formatter is on its way (see `prepareAmounts`). */
  private preparingMoney = false;
  /** What the shopper entered into the server-rendered form before this script ran (see `willUpdate`). */
  private typedEarly: Partial<FormValues> = {};
  private readonly picker = new CountryPickerLoader(this, () => this.shadowRoot?.activeElement?.id === 'country', this.serverRendered);
  /** The id of the field that had focus when an update began (see `updated`). */
  private focusedId = '';
  private configResult = parseCheckoutConfig({});
  private reportedConfigProblems = '';

  /**
   * What the shopper's press is at: `submitting` from the press of Pay (or `submit()`), through the
   * checks and the brief wait for the quote, until the proxy answers.
   */
  private get phase(): SubmissionPhase {
    return this.flow.paying && this.submission.phase === 'idle' ? 'submitting' : this.submission.phase;
  }

  /** The current phase (`idle`; `submitting` from a press of Pay until its outcome; `redirecting`; `created`), configuration problems and typed values. */
  get state(): CheckoutState {
    return {
      phase: this.phase,
      configured: this.configResult.ok,
      problems: this.configResult.ok ? [] : this.configResult.problems,
      values: { ...this.form.values },
    };
  }

  /** Validates and sends, exactly as the pay button does. Resolves when the attempt ends. */
  async submit(): Promise<void> {
    await this.updateComplete;
    await this.flow.pay();
  }

  /** Clears what the shopper typed and any created payment, back to the configured start. */
  reset(): void {
    this.memory.clear();
    this.flow.reset();
    this.form.reset();
    if (this.configResult.ok) this.form.prefill(prefillValues(this.configResult.config, () => regionOf(this.localize.lang)));
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

  // ---- Server-rendered markup (dodo-checkout/ssr): adopted as it is, with what was typed into it

  /** The server's shadow root, with the element's styles adopted in place of its stylesheet link or `<style>` (the same rules). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRoot = this.shadowRoot;
    if (!serverRoot) {
      const root = super.createRenderRoot();
      if (this.reserved && root instanceof ShadowRoot) this.releaseHeight = holdHeight(root, this.reserved);
      this.reserved = undefined;
      return root;
    }
    this.hydrating = true;
    this.serverOptions = OPTION_NAMES.map((key) => this[key]);
    this.hydrateLoad = loadHydrate().catch(() => undefined);
    // The server's styles, first in the root (a `<link>` or an inline `<style>`), give way to the
    // adopted ones, which show a form the server hid until its linked stylesheet arrived. Taken
    // before adopting: without constructable style sheets, Lit adopts styles as `<style>` children.
    const serverStyles = serverRoot.firstElementChild;
    if (serverStyles?.matches('link[rel="stylesheet"], style')) serverStyles.remove();
    serverRoot.querySelector('.checkout[hidden]')?.removeAttribute('hidden');
    adoptStyles(serverRoot, (this.constructor as typeof LitElement).elementStyles);
    return serverRoot;
  }

  /**
   * The first render comes, as in any Lit element, at the end of the task that upgraded the element
   * (the script's own, for a script tag), and renders the contact and address fields only; `updated`
   * renders the rest in tasks after that, a part in each (`renderRestOfForm`). The fields are there
   * before the browser's next frame, and no task is long.
   *
   * The server-rendered form already takes input: it is hydrated once its words and country names
   * are here, so the first render matches it (after HYDRATION_WAIT_MS without them, at once), and
   * Lit's hydration has loaded. What hydration would do first runs in tasks before its own, none of
   * them the task that brought the last of that data: the first number formatter (in a language
   * that needs one), then the tab's storage opened and Lit's preparation of the form's templates, a
   * few in each task (`prepareTemplates`).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hydrating) return super.scheduleUpdate();
    const waited = new Promise((resolve) => setTimeout(resolve, HYDRATION_WAIT_MS));
    return Promise.race([this.localize.loaded(), waited])
      .then(() => this.hydrateLoad)
      .then((hydration) => {
        this.hydration = hydration;
        this.hydrateLoad = undefined;
        // The server wrote the amounts, and hydration renders them too (English makes no formatter).
        if (!moneyReady(this.localize.lang)) prepareMoney(this.localize.lang);
        // The rest in tasks of their own: this one brought the last of the language's data, or Lit's hydration.
        return nextTask();
      })
      .then(async () => {
        // With other options than the server's, the form is rendered afresh instead (see `update`).
        if (this.optionsChangedSince(this.serverOptions)) return nextTask();
        const started = performance.now();
        try {
          // Hydration reads this tab's memory of the form (see `takeOverServerForm`).
          openStorage();
          this.configure();
          this.configuredEarly = true;
          await this.hydration?.prepareTemplates(this.render(), started);
        } catch {
          // Only a head start: hydration configures and renders as it would without it.
          this.configuredEarly = false;
        }
        return nextTask();
      })
      .then(() => super.scheduleUpdate());
  }

  /**
   * Hydration attaches the template to the server's DOM; markup that does not match (another
   * version's), or a page where hydration could not load, is rendered afresh. So is a form whose
   * options the page changed after the server rendered it: hydration keeps the server's texts and
   * attributes, which would go on showing the server's cart and total.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (!this.hydrating) return super.update(changed);
    this.hydrating = false;
    const value = this.render();
    this.renderOptions.isConnected = this.isConnected;
    // What LitElement's update does before it renders: ReactiveElement's, which reflects attributes.
    (ReactiveElement.prototype as unknown as { update(this: ReactiveElement, changed: PropertyValues): void }).update.call(this, changed);
    const hydration = this.hydration;
    const serverOptions = this.serverOptions;
    this.hydration = this.serverOptions = undefined;
    try {
      if (!hydration) throw new Error('dodo-checkout: Lit hydration did not load');
      if (this.optionsChangedSince(serverOptions)) throw new Error('dodo-checkout: the options changed since the server rendered the form');
      hydration.hydrate(value, this.renderRoot, this.renderOptions);
    } catch {
      this.renderRoot.replaceChildren();
      render(value, this.renderRoot, this.renderOptions);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.focusedId = this.shadowRoot?.activeElement?.id ?? '';
    // No controller hooks run on the server: the language comes from `locale` here.
    if (isServer) this.localize.hostUpdate();
    // Configured before hydration, with the options it still has: nothing to do again.
    const configured = this.configuredEarly && !this.optionsChangedSince(this.serverOptions);
    this.configuredEarly = false;
    if (!configured && (!this.hasUpdated || CONFIG_OPTION_NAMES.some((key) => changed.has(key)))) this.configure();
    if (this.hydrating) this.takeTypedText();
    // A state list that arrived for the chosen country is shown by this render, unless the shopper
    // is typing a state: then it waits, so no keystroke lands in the select.
    if (this.data.arrivedFor(this.form.values.country) && this.focusedId !== 'state') this.form.matchState(this.data.takeArrived());
  }

  /** Whether an option, presentation included (the server's texts are in its language), differs from `values`. */
  private optionsChangedSince(values: unknown[] | undefined): boolean {
    return OPTION_NAMES.some((key, i) => this[key] !== values?.[i]);
  }

  /**
   * Before hydration: what the shopper typed into the server's fields becomes the form's, except a
   * country, which changes the fields (taken in `firstUpdated`, once the markup is the element's).
   */
  private takeTypedText(): void {
    this.typedEarly = typedBeforeHydration(this.shadowRoot!);
    for (const [field, value] of Object.entries(this.typedEarly) as Array<[FormField, string]>) if (field !== 'country') this.form.edit(field, value);
  }

  /** After hydration: what this tab kept (the entries, a created payment), then everything typed before the script ran, which is newer. */
  private takeOverServerForm(): void {
    const config = this.config;
    if (config) this.recall(config, true);
    for (const [field, value] of Object.entries(this.typedEarly) as Array<[FormField, string]>) this.form.edit(field, value);
    this.typedEarly = {};
  }

  protected override firstUpdated(): void {
    if (this.serverRendered) this.takeOverServerForm();
    // What the form does not need to be usable starts after the first paint, so the task that
    // renders the form carries none of it, and each load in a task of its own, since starting one
    // costs the main thread something (a module preload, a fetch, the render of what it changes).
    // The picker's slot keeps its height, and a native select stands in until it is defined (or if
    // it cannot load).
    afterFirstPaint(async () => {
      this.localize.loadNames();
      await nextTask();
      void this.picker.load();
      await nextTask();
      this.data.loadTables();
      await nextTask();
      // What a submit needs, fetched while the shopper fills the form; tried again at submit.
      this.flow.preload();
      await nextTask();
      this.startQuotes();
    });
  }

  /** Settles once the whole form is rendered (see `scheduleUpdate`), so `await el.updateComplete` finds the pay button. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.nextPart) {
      await this.nextPart;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    if (this.renderedParts < FORM_PARTS) {
      this.nextPart ??= nextTask().then(() => {
        this.renderedParts++;
        this.nextPart = undefined;
        this.requestUpdate();
      });
    } else if (this.releaseHeight) {
      this.releaseHeight();
      this.releaseHeight = undefined;
    }
    this.prepareAmounts();
    this.restoreFocus();
    if (!this.configResult.ok) this.reportConfigProblems(this.configResult.problems);
  }

  /**
   * Amounts in a language that needs the page's first number formatter (a long task: see
   * `moneyReady`) were left blank; they follow in a task of their own once this render is painted,
   * in place (the lines keep their height).
   */
  private prepareAmounts(): void {
    const lang = this.localize.lang;
    if (this.renderedParts < FORM_PARTS || this.preparingMoney || moneyReady(lang)) return;
    this.preparingMoney = true;
    afterFirstPaint(() => {
      this.preparingMoney = false;
      prepareMoney(lang);
      this.requestUpdate();
    });
  }

  /** Parses the configuration; a new checkout scope (endpoint or cart) brings back what this tab saved for it. */
  private configure(): void {
    const previous = this.config;
    // The server checks a relative endpoint's form only (it renders no endpoint); the browser resolves it against the page.
    this.configResult = parseCheckoutConfig(this, isServer ? 'http://localhost/' : globalThis.document?.baseURI);
    if (!this.configResult.ok) return;
    this.reportedConfigProblems = '';
    const config = this.configResult.config;
    this.form.prefill(prefillValues(config, () => regionOf(this.localize.lang)));
    if (this.hasUpdated) this.startQuotes();
    // A tick was given for the documents then shown: other documents are ticked afresh.
    if (previous && JSON.stringify(previous.terms) !== JSON.stringify(config.terms) && this.form.values.terms) this.form.correct({ terms: '' });
    const scopeChanged = !previous || previous.endpoint !== config.endpoint || JSON.stringify(previous.cart) !== JSON.stringify(config.cart);
    // The server knows no tab, and a server-rendered form is hydrated as the server wrote it: its tab's memory comes after (`firstUpdated`).
    if (this.serverRendered && !this.hasUpdated) return;
    this.recall(config, scopeChanged);
  }

  /** What this tab kept for the checkout: its entries when the scope is new, and a payment it created. */
  private recall(config: CheckoutConfig, scopeChanged: boolean): void {
    if (scopeChanged) {
      this.memory.restore(config);
      this.live?.restore();
    }
    this.flow.sync(config, scopeChanged);
  }

  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) this.flow.hold();
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
      <div class="checkout" dir=${this.localize.dir} lang=${this.localize.textLocale} ?hidden=${isServer && hiddenUntilStyled.has(this)}>
        <div class="alert" role="alert" part="error">${this.configResult.ok ? this.flow.alertText(view.t) : configurationProblems(view, this.configResult.problems)}</div>
        <div class="visually-hidden" role="status" aria-live="polite">${this.flow.status ? view.t(this.flow.status) : this.quoteAnnouncement}</div>
        ${!config
          ? nothing
          : this.flow.payments.payment && this.submission.phase === 'created'
            ? confirmationPanel(view, this.flow.payments.payment, this.flow.payments.expired, this.flow.startOver)
            : this.renderForm(view, config)}
      </div>
    `;
  }

  private renderForm(view: FormView, config: CheckoutConfig) {
    return html`<form part="form" novalidate aria-label=${view.t('checkout')} @submit=${this.onSubmit} @keydown=${this.onFormKeydown} @input=${this.onInput} @change=${this.onInput} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
      ${contactSection(view, config)}
      ${addressSection({ ...view, config, ...this.countryView(), subdivisions: this.data.subdivisions })}
      ${this.renderedParts > 1 ? this.renderRestOfForm(view, config) : nothing}
    </form>`;
  }

  /** Below the address: the summary and discount (the second part), then the payment methods, terms and the pay button (the third). */
  private renderRestOfForm(view: FormView, config: CheckoutConfig) {
    const live = this.live;
    return html`
      ${live?.summary(view, config) ?? summarySection(view, config)}
      ${live?.currency(view)}
      ${live && this.form.discountOpen ? live.discount(view) : discountSection(view, this.form.discountOpen, this.openDiscount)}
      ${this.renderedParts > 2
        ? html`${methodsSection(view, offeredChips(this.data.paymentMethods, config, this.form.values.country, live?.chargeCurrency()), this.form.chip)}
          ${config.terms ? termsField(view, config.terms) : nothing}
          ${submitButton(view, config, this.phase, live?.payTotal())}`
        : nothing}
    `;
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
      ({ LiveQuote, QUOTE_MESSAGES }) => {
        this.localize.addMessages(QUOTE_MESSAGES);
        this.live ??= new LiveQuote(this, {
          config: () => this.config,
          form: this.form,
          addressFields: () => this.addressFormat?.fields ?? [],
          idle: () => this.submission.phase === 'idle',
          view: () => this.view(),
          announce: (text) => {
            this.quoteAnnouncement = text;
            // Newer than what the status line says of a withdrawn payment: that line gives way.
            if (text && this.flow.status === 'paymentStale') this.flow.status = '';
            this.requestUpdate();
          },
        });
        this.requestUpdate();
      },
      () => undefined,
    );
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

  /** The picker's announcement of how many countries match (one function, so the picker does not re-render for it). */
  private readonly countryResultsText = (count: number): string => this.localize.t('countryResults', count);

  // ---- What the shopper does ------------------------------------------------------------------

  private readonly onInput = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'payment-method') this.form.chooseChip(target.value);
    else if (target.name === 'terms') this.form.edit('terms', (target as HTMLInputElement).checked ? TERMS_ACCEPTED : '');
    else if (this.live?.onInput(target)) return;
    else if ((FORM_FIELDS as readonly string[]).includes(target.name)) this.form.edit(target.name as FormField, target.value);
  };

  private readonly onCountryChange = (event: Event) => {
    event.stopPropagation();
    this.form.chooseCountry((event.target as HTMLElement & { value: string }).value);
  };

  /** Focusing the country field asks again for country names that failed to load. */
  private readonly onFocusIn = (event: FocusEvent) => {
    if ((event.target as Element).id === 'country') this.localize.loadNames();
  };

  /** Leaving the state field lets a list that arrived meanwhile take its place; leaving the tax ID checks it. */
  private readonly onFocusOut = (event: FocusEvent) => {
    const id = (event.target as HTMLElement).id;
    if (id === 'state' && this.data.arrived) this.requestUpdate();
    this.live?.onFocusOut(id);
  };

  /** Enter in the closed country picker submits, as in every other field (the picker keeps Enter while open). */
  private readonly onCountryKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.defaultPrevented && !event.repeat && !isComposingKey(event)) {
      event.preventDefault();
      void this.flow.pay();
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
    void this.flow.pay();
  };
}
