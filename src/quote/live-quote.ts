/**
 * Everything the element does with a live quote, loaded with the quote module so the first
 * render carries none of it: the shopper's applied discount code, checked tax ID and currency
 * choice (what the quote is asked for), the quote's verdicts at their fields, the business name
 * from the registry, the announcement of a new total, and what paying takes from the quote.
 *
 * The currency choice is part of the payment request, so of its Idempotency-Key: the tab keeps it
 * beside the checkout's saved entries (FormPersistence), and honours it only while they are kept.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Quote } from '../api/quote.js';
import type { CurrencyCode } from '../api/schemas.js';
import { CURRENCY_CHOICE, persistenceKey, storage } from '../checkout/form-persistence.js';
import type { CheckoutConfig } from '../config/parse-config.js';
import { emit } from '../events.js';
import { isComposingKey } from '../form/composing-key.js';
import type { FormController } from '../form/form-controller.js';
import { problemMessage, type AddressField, type FormField, type FormValues, type Translate } from '../form/form-model.js';
import type { FoundProblem } from '../form/validate-form.js';
import { formatMoney } from '../intl/money.js';
import type { FormView } from '../templates/form-view.js';
import type { Money } from '../templates/payment.js';
import { displayTotal } from '../templates/summary.js';
import { QuoteController } from './quote-controller.js';
import { buildQuoteRequest, type QuoteRequest } from './quote-request.js';
import { currencyChoice, discountField, quoteSummary, taxIdHint, type CurrencyOffer } from './quote-templates.js';

export interface LiveQuoteOptions {
  config: () => CheckoutConfig | undefined;
  form: FormController;
  /** The address fields of the chosen country. */
  addressFields: () => readonly AddressField[];
  /** No payment is under way or made: the quote may follow the form. */
  idle: () => boolean;
  view: () => FormView;
  /** Says `text` in the element's polite live region. */
  announce: (text: string) => void;
  fetch?: typeof fetch;
}

/** What paying takes from the quote. */
export interface PayAhead {
  /** The quote of what is paid, if it came in time. */
  quote: Quote | undefined;
  /** A refused code or an invalid tax ID: nothing is sent. */
  problems: FoundProblem[];
  /** The billing currency the quote was asked for; the payment asks for the same. */
  billingCurrency: CurrencyCode | undefined;
  /**
   * The quote's total is not the one the shopper read at the press, or the quote replacing the one
   * read has not come in time: nothing is sent, and this alert says so (empty once it no longer holds).
   */
  changed: ((t: Translate) => string) | undefined;
  /**
   * Given the created payment: the alert that its total is not the quote's it was paid at (the
   * shopper sees it before going on), else undefined. A payment that names no currency is in the quote's.
   */
  charged: (payment: { total_amount: number; currency?: string | null | undefined }) => ((t: Translate) => string) | undefined;
}

/** The total the shopper read, as `amount currency` ('' when none was stated), and whether a quote stated it. */
export interface ReadTotal {
  total: string;
  quoted: boolean;
  money: Money | undefined;
}

const readOf = (money: Money | undefined, quoted: boolean): ReadTotal => ({ total: money ? `${money.amount} ${money.currency}` : '', quoted, money });
const quotedRead = (quote: Quote): ReadTotal => readOf({ amount: quote.total, currency: quote.currency }, true);

/** The shopper's currency under adaptive pricing, for the country it was offered in. */
interface CurrencyChoice extends CurrencyOffer {
  country: string;
}

type Host = ReactiveControllerHost & HTMLElement;

export class LiveQuote {
  readonly controller: QuoteController;
  /** The discount code the quote checks: the one the shopper applied, not what is being typed. */
  private appliedDiscount = '';
  /** The tax ID as the shopper left its field. */
  private checkedTaxId = '';
  private choice: CurrencyChoice | undefined;
  private announcedTotal = '';
  private lastRequest: QuoteRequest | undefined;
  /** Presses of Pay waiting for the quote (a reset lets a new press start while an old one still waits). */
  private waiting = 0;

  constructor(
    private readonly host: Host,
    private readonly options: LiveQuoteOptions,
  ) {
    this.restore();
    this.controller = new QuoteController(host, {
      endpoint: () => options.config()?.quoteEndpoint,
      request: () => this.request(),
      onQuote: this.onQuote,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  /**
   * A new checkout scope, or the tab's entries restored: the currency this tab chose there, else
   * the one chosen before the cart changed, now kept for this scope; the code and tax ID as they are.
   */
  restore(): void {
    this.keepChoice(this.savedChoice() ?? this.choice);
    this.takeCheckedValues();
  }

  /** Back to the configured start. */
  reset(): void {
    this.keepChoice(undefined);
    this.announcedTotal = '';
    this.takeCheckedValues();
  }

  /** The quote shown: the latest, also while a newer one is on its way; none after a failure or without a route. */
  get shown(): Quote | undefined {
    const { status, quote } = this.controller;
    return this.options.config()?.quoteEndpoint && (status === 'ready' || status === 'pending') ? quote : undefined;
  }

  // ---- Rendering ---------------------------------------------------------------------------------

  /** The summary from the quote, or undefined for the element's own (display prices and the note). */
  summary(view: FormView, config: CheckoutConfig): TemplateResult | undefined {
    const quote = this.shown;
    return quote ? quoteSummary(view, config, quote, this.controller.status === 'pending') : undefined;
  }

  currency(view: FormView): TemplateResult | typeof nothing {
    const offer = this.offer();
    return offer ? currencyChoice(view, offer) : nothing;
  }

  /** The open discount field, with Apply, or the applied code with Remove. */
  discount(view: FormView): TemplateResult {
    const quote = this.shown;
    return discountField(view, { verdict: this.discountVerdict(quote), currency: quote?.currency, onApply: this.apply, onRemove: this.remove });
  }

  /** The total the Pay button carries: none while a newer quote is on its way, as the shown one may be out of date. */
  payTotal(): Money | 'updating' | undefined {
    const quote = this.shown;
    if (!quote) return undefined;
    return this.controller.status === 'pending' ? 'updating' : { amount: quote.total, currency: quote.currency };
  }

  /** The currency the payment methods must take: the quote's. */
  chargeCurrency(): string | undefined {
    return this.shown?.currency;
  }

  hint(field: FormField, values: Readonly<FormValues>, t: Translate): string {
    return field === 'taxId' ? taxIdHint(this.shown?.tax_id, values.taxId, t) : '';
  }

  // ---- What the shopper does ---------------------------------------------------------------------

  /** Handles the currency radios; true when the event was one. */
  onInput(target: HTMLInputElement | HTMLSelectElement): boolean {
    if (target.name !== 'billing-currency') return false;
    const offer = this.offer();
    if (offer && target.value !== offer.chosen) {
      this.keepChoice({ ...offer, chosen: target.value });
      // The shopper's change, as a field's is: a press after an unknown outcome no longer resends the request made before it.
      this.options.form.edits += 1;
      this.host.requestUpdate();
    }
    return true;
  }

  /** Enter in the discount field applies the code rather than paying; true when handled. */
  onKeydown(event: KeyboardEvent): boolean {
    if (event.key !== 'Enter' || isComposingKey(event) || (event.target as HTMLElement).id !== 'discountCode') return false;
    event.preventDefault();
    this.apply();
    return true;
  }

  /** Leaving the tax ID checks it. */
  onFocusOut(id: string): void {
    if (id === 'taxId' && this.checkedTaxId !== this.values.taxId) {
      this.checkedTaxId = this.values.taxId;
      this.host.requestUpdate();
    }
  }

  /**
   * The total the shopper reads in the summary: the shown quote's (also while a newer one is on its
   * way), else the display prices' that Pay states.
   */
  readTotal(): ReadTotal {
    const quote = this.shown;
    return quote ? quotedRead(quote) : this.displayTotal();
  }

  /** The display prices' total that Pay states without a quote; none without a subtotal or currency. */
  private displayTotal(): ReadTotal {
    const config = this.options.config();
    return readOf(config && displayTotal(config), false);
  }

  /**
   * The code and tax ID in the fields are what gets paid with: quoted first, waiting at most
   * `maxWaitMs`. What would be paid is shown rather than paid when it is not the total `read` at
   * the press: a quote with another total, or, after a quote was read, the display prices once the
   * quote replacing it failed, or nothing yet while that quote is still on its way. With no quote
   * read and none come, Pay goes on without, at the display prices read (a cart the page changed
   * meanwhile to another total is shown, not paid). `read` is the display prices' when the quote module was not
   * loaded at the press (no quote could have been shown).
   */
  async beforePay(maxWaitMs: number, read: ReadTotal = this.displayTotal()): Promise<PayAhead> {
    this.takeCheckedValues();
    this.options.announce('');
    // What the quote says meanwhile is for the press to say: not also in the polite region.
    this.waiting += 1;
    const quote = await this.controller.settled(maxWaitMs).finally(() => (this.waiting -= 1));
    const pending = this.controller.status === 'pending';
    // Without a quote: the display prices' total as it stands (the page may have changed the cart meanwhile), unless the quote replacing the one read is still on its way.
    const now = quote ? quotedRead(quote) : read.quoted && pending ? read : this.displayTotal();
    // Said while it holds (the quote still on its way, or the summary showing that total); then gone for good.
    let gone = false;
    return {
      quote, problems: this.problems(quote), billingCurrency: this.billingCurrency(),
      // Compared with the quote it was paid at, else with the quoted total read at the press when
      // the quote replacing it failed and the cart has no display prices to stop the press with.
      charged: (payment) => {
        const against = quote ? quotedRead(quote).money : read.quoted ? read.money : undefined;
        const currency = payment.currency ?? against?.currency;
        if (!against || (payment.total_amount === against.amount && currency === against.currency)) return undefined;
        const { lang } = this.options.view();
        return (t) => t('totalChargedOther', formatMoney(payment.total_amount, currency!, lang), formatMoney(against.amount, against.currency, lang));
      },
      changed: !quote && read.quoted && pending
        ? (t) => ((gone ||= this.controller.status !== 'pending') ? '' : t('totalPendingAtPay'))
        : now.total === read.total || !now.money
          ? undefined
          : (t) => ((gone ||= this.readTotal().total !== now.total) ? '' : t('totalChangedAtPay', formatMoney(now.money!.amount, now.money!.currency, this.options.view().lang))),
    };
  }

  /** A prefilled or restored discount code and tax ID are checked as they are. */
  private takeCheckedValues(): void {
    this.appliedDiscount = this.values.discountCode.trim();
    this.checkedTaxId = this.values.taxId;
  }

  /** The storage key of this checkout's saved entries; the choice is kept under it + CURRENCY_CHOICE. */
  private scope(): string | undefined {
    const config = this.options.config();
    return config && persistenceKey(config.endpoint, config.cart);
  }

  private keepChoice(choice: CurrencyChoice | undefined): void {
    this.choice = choice;
    const scope = this.scope();
    try {
      if (scope && choice) storage()?.setItem(scope + CURRENCY_CHOICE, JSON.stringify(choice));
      else if (scope) storage()?.removeItem(scope + CURRENCY_CHOICE);
    } catch {
      // Quota or privacy mode: the choice holds until the page goes.
    }
  }

  /** The choice this tab kept, while the checkout's entries are kept too (cleared with them by FormPersistence). */
  private savedChoice(): CurrencyChoice | undefined {
    const scope = this.scope();
    const tab = storage();
    if (!scope || !tab) return undefined;
    try {
      const saved: Partial<Record<keyof CurrencyChoice, unknown>> | null = tab.getItem(scope) ? JSON.parse(tab.getItem(scope + CURRENCY_CHOICE) ?? 'null') : null;
      const { country, local, original, chosen } = saved ?? {};
      if ([country, local, original].every((value) => typeof value === 'string') && (chosen === local || chosen === original)) return saved as CurrencyChoice;
      tab.removeItem(scope + CURRENCY_CHOICE);
    } catch {
      // Blocked storage or a mangled entry: no choice.
    }
    return undefined;
  }

  private readonly apply = () => {
    this.appliedDiscount = this.values.discountCode.trim();
    this.host.requestUpdate();
  };

  private readonly remove = async () => {
    this.appliedDiscount = '';
    this.options.form.edit('discountCode', '');
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLInputElement>('#discountCode')?.focus();
  };

  // ---- The quote -----------------------------------------------------------------------------------

  private get values(): Readonly<FormValues> {
    return this.options.form.values;
  }

  private request(): QuoteRequest | undefined {
    const config = this.options.config();
    if (!config?.quoteEndpoint) return undefined;
    // While a payment is under way or shown, the quote it was made from stays.
    if (!this.options.idle()) return this.lastRequest;
    this.lastRequest = buildQuoteRequest({
      config, values: this.values, addressFields: this.options.addressFields(),
      billingCurrency: this.billingCurrency(), discountCode: this.appliedDiscount, taxId: this.checkedTaxId,
    });
    return this.lastRequest;
  }

  /** The merchant's billing currency, else the shop's when the shopper chose it; undefined lets Dodo bill in the local one. */
  billingCurrency(): CurrencyCode | undefined {
    const config = this.options.config();
    if (config?.billingCurrency) return config.billingCurrency;
    const choice = this.choice;
    return choice && choice.country === this.values.country && choice.chosen !== choice.local ? (choice.chosen as CurrencyCode) : undefined;
  }

  /** "Pay in EUR / Pay in USD" when Dodo bills the shopper's country in its own currency and the merchant pinned none. */
  private offer(): CurrencyChoice | undefined {
    const quote = this.shown;
    const original = quote?.lines[0]?.original_currency;
    if (!quote || !original || this.options.config()?.billingCurrency) return undefined;
    const choice = this.choice;
    if (choice && choice.country === this.values.country && choice.country === quote.billing_country) return choice;
    return quote.currency !== original ? { country: quote.billing_country, local: quote.currency, original, chosen: quote.currency } : undefined;
  }

  /** The verdict on the code in the field, once the quote checked it. */
  private discountVerdict(quote: Quote | undefined) {
    const typed = this.values.discountCode.trim();
    return quote?.discount_code && typed && typed === this.appliedDiscount && quote.discount_code.code === typed ? quote.discount_code : null;
  }

  /** A refused discount code or an invalid tax ID, if the quote says so of what is in the fields. */
  private problems(quote: Quote | undefined): FoundProblem[] {
    const found: FoundProblem[] = [];
    const discount = quote?.discount_code;
    if (discount?.status === 'refused' && discount.code === this.values.discountCode.trim()) found.push({ field: 'discountCode', problem: { code: 'discountRefused', reason: discount.reason } });
    const taxId = quote?.tax_id;
    if (this.options.config()?.collectTaxId && taxId?.status === 'invalid' && taxId.tax_id === this.values.taxId.trim()) found.push({ field: 'taxId', problem: { code: 'taxIdInvalid', message: taxId.message } });
    return found;
  }

  /** The event, the verdicts at their fields, the registered business name, and the new total announced once it settles. */
  private readonly onQuote = (quote: Quote, request: QuoteRequest) => {
    emit(this.host, 'dodo-checkout-quote', { quote, request });
    const { form } = this.options;
    const found = this.problems(quote);
    for (const { field, problem } of found) form.flag(field, problem);
    const taxId = quote.tax_id;
    if (taxId?.status === 'valid' && taxId.business_name && taxId.tax_id === this.values.taxId.trim() && !this.values.businessName.trim()) form.correct({ businessName: taxId.business_name });
    // Applying replaced the field and its button by the saving and Remove: focus follows.
    const focused = this.host.shadowRoot?.activeElement?.id ?? '';
    if (this.discountVerdict(quote)?.status === 'applied' && ['', 'discountCode', 'discount-apply'].includes(focused)) {
      void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('#discount-remove')?.focus());
    }
    if (!this.options.idle()) return;
    const view = this.options.view();
    const total = formatMoney(quote.total, quote.currency, view.lang);
    const first = found[0];
    // The first quote is what the page shows on arrival; only changes are news. While Pay waits,
    // the press says what the quote changed, in the alert.
    if (first && !this.waiting) this.options.announce(problemMessage(first.field, first.problem, this.values, view.format, view.t));
    else if (this.announcedTotal && total !== this.announcedTotal && !this.waiting) this.options.announce(view.t('totalUpdated', total));
    this.announcedTotal = total;
  };
}
