/** The discount entry, the payment method chips, the terms consent, the pay button and the confirmation panel. */
import { html, nothing, type TemplateResult } from 'lit';
import type { TermsDocuments } from '../api/terms-consent.js';
import type { CreatedPayment } from '../checkout/created-payment.js';
import type { CheckoutConfig } from '../config/parse-config.js';
import type { SubmissionPhase } from '../checkout/submission-controller.js';
import { fieldLabel, TERMS_ACCEPTED } from '../form/form-model.js';
import { METHOD_ICONS, type PaymentMethodChip } from '../intl/payment-methods.js';
import { invalid, textField } from './field-shell.js';
import type { FormView } from './form-view.js';
import { checked, untilScript } from './server-rendered.js';
import { displayTotal } from './summary.js';

export function discountSection(view: FormView, open: boolean, onOpen: () => void): TemplateResult {
  const { t } = view;
  if (!open) {
    return html`<section part="section">
      <button type="button" class="link-button" aria-expanded="false" @click=${onOpen}>${t('haveDiscountCode')}</button>
    </section>`;
  }
  return html`<section part="section" aria-label=${t('discount')}>
    ${textField(view, 'discountCode', fieldLabel('discountCode', undefined, t), { autocomplete: 'off' })}
  </section>`;
}

/**
 * The chips, `pending` while the eligibility table loads: then an invisible row of one chip keeps
 * the room the chips will take, so nothing below moves when they appear.
 */
export function methodsSection(view: FormView, chips: readonly PaymentMethodChip[] | 'pending', chosen: string): TemplateResult | typeof nothing {
  const { t } = view;
  if (chips === 'pending') {
    return html`<fieldset part="section" class="methods pending" aria-hidden="true">
      <legend>${t('paymentMethod')}</legend>
      <div class="chips"><span class="chip"><span>${METHOD_ICONS.card}${t('card')}</span></span></div>
    </fieldset>`;
  }
  if (chips.length === 0) return nothing;
  return html`<fieldset part="section" class="methods">
    <legend id="methods-title">${t('paymentMethod')}</legend>
    <div class="chips" role="radiogroup" aria-labelledby="methods-title">
      ${chips.map(
        (chip) => html`<label class="chip" part="chip">
          <input type="radio" name="payment-method" .value=${chip.id} .checked=${chosen === chip.id} />
          <span>${chip.icon}${chip.nameKey ? t(chip.nameKey) : chip.name}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** Stands for the list of documents in the translated sentence, which is cut there to put the links in. */
const DOCUMENTS_MARK = '\u0001';

/**
 * The required consent checkbox: "I agree to the Terms of service, Privacy policy and Refund
 * policy", each document a link opening in a new tab, the list joined in the shown language's
 * own way. Its error line follows the field shell's ids.
 */
export function termsField(view: FormView, terms: TermsDocuments): TemplateResult {
  const { t } = view;
  const documents = ([[terms.termsUrl, t('termsOfService')], [terms.privacyUrl, t('privacyPolicy')], [terms.refundUrl, t('refundPolicy')]] as const).filter(
    (document): document is readonly [string, string] => Boolean(document[0]),
  );
  const [before = '', after = ''] = t('termsConsent', DOCUMENTS_MARK).split(DOCUMENTS_MARK);
  let next = 0;
  const list = new Intl.ListFormat(view.textLocale, { type: 'conjunction' }).formatToParts(documents.map(([, name]) => name)).map((part) => {
    if (part.type !== 'element') return part.value;
    const [url, name] = documents[next++]!;
    return html`<a href=${url} target="_blank" rel="noopener">${name}</a>`;
  });
  return html`<div class="field consent" part="field consent">
    <div class="consent-choice">
      <input
        id="terms"
        name="terms"
        type="checkbox"
        required
        aria-invalid=${invalid(view, 'terms')}
        aria-describedby="terms-error"
        ?checked=${checked(view.values.terms === TERMS_ACCEPTED)}
      />
      <label for="terms" part="label">${before}${list}${after}</label>
    </div>
    <p class="error" id="terms-error" part="error">${view.problemText('terms')}</p>
  </div>`;
}

/** A total in minor units of its currency: the quote's, when there is one. */
export interface Money {
  amount: number;
  currency: string;
}

/**
 * The Pay button. It states the quote's total when there is one; while a newer quote is on its way
 * (`'updating'`) it states none, since the last one may no longer be what is charged; without a
 * quote, the display prices' total.
 */
export function submitButton(view: FormView, config: CheckoutConfig, phase: SubmissionPhase, quoted?: Money | 'updating'): TemplateResult {
  const { t } = view;
  const busy = phase === 'submitting' || phase === 'redirecting';
  const total = quoted === 'updating' ? undefined : (quoted ?? displayTotal(config));
  const amount = total ? view.money(total.amount, total.currency) : '';
  const label = amount ? t('pay', amount) : t('payNoTotal');
  return html`<button class="submit" part="submit" type="submit" ?disabled=${untilScript()} aria-disabled=${busy ? 'true' : 'false'} aria-busy=${busy ? 'true' : 'false'}>
    ${busy ? html`<span class="spinner" aria-hidden="true"></span>${phase === 'redirecting' ? t('redirecting') : t('processing')}` : label}
  </button>`;
}

/**
 * The created payment: its total, expiry and link, or that its link expired, or (verified by this
 * tab's return page) that it was received, with its total and no link; each with a way to start over.
 */
export function confirmationPanel(view: FormView, payment: CreatedPayment, expired: boolean, onStartOver: () => void): TemplateResult {
  const { t } = view;
  const { paid } = payment;
  return html`<section class="confirmation" part="confirmation" aria-labelledby="confirmation-title">
    <h2 id="confirmation-title" tabindex="-1">${t(paid ? 'paymentReceived' : expired ? 'paymentExpired' : 'confirmationTitle')}</h2>
    ${expired && !paid
      ? nothing
      : html`${payment.currency ? html`<p class="line total"><span>${t('total')}</span><span class="amount">${view.money(payment.total_amount, payment.currency)}</span></p>` : nothing}
          ${paid
            ? nothing
            : html`${payment.expires_on ? html`<p class="note">${t('linkExpires', new Intl.DateTimeFormat(view.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(payment.expiresAt))}</p>` : nothing}
                <a href=${payment.payment_link} rel="noopener">${t('continueToPayment')}</a>`}`}
    <button type="button" class="link-button" @click=${onStartOver}>${t('startOver')}</button>
  </section>`;
}
