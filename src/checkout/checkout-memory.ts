/**
 * What the tab keeps of a checkout, as a controller: the shopper's own entries, their payment
 * method chip and the Idempotency-Key's random part (FormPersistence, sessionStorage). Saved after
 * each update that changed an entry and when the page is hidden, while nothing is being sent;
 * restored when a new checkout scope (endpoint and cart) is configured.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CheckoutConfig } from '../config/parse-config.js';
import type { FormController } from '../form/form-controller.js';
import { FormPersistence, persistenceKey } from './form-persistence.js';
import type { SubmissionController } from './submission-controller.js';

export class CheckoutMemory implements ReactiveController {
  private readonly persistence = new FormPersistence();
  /** The form revision last saved. */
  private savedRevision = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly form: FormController,
    private readonly submission: SubmissionController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('pagehide', this.onPageHide);
  }

  hostUpdated(): void {
    if (this.form.revision !== this.savedRevision && this.submission.phase === 'idle') this.save();
  }

  /** Switches to the checkout's scope and brings back what this tab saved there. */
  restore(config: CheckoutConfig): void {
    const saved = this.persistence.restore(persistenceKey(config.endpoint, config.cart));
    if (!saved) return;
    this.form.restore(saved.values, saved.paymentMethod);
    if (saved.idempotencySalt) this.submission.resume(saved.idempotencySalt);
    this.savedRevision = this.form.revision;
  }

  /** Saves now: before a request goes out, so a reload while its answer is unknown reuses the key. */
  save(): void {
    this.savedRevision = this.form.revision;
    this.persistence.save(this.form.entered(), this.submission.salt, this.form.chip);
  }

  /** Forgets the checkout: a payment was created, or the shopper started over. */
  clear(): void {
    this.savedRevision = this.form.revision;
    this.persistence.clear();
  }

  private readonly onPageHide = () => {
    if (this.submission.phase === 'idle') this.save();
  };
}
