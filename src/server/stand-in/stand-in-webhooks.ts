/**
 * The stand-in's webhook sender: events signed the Standard Webhooks way (`webhook-id`,
 * `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256>`), delivered at least once —
 * retried on any non-2xx answer or network error, and, at a configurable rate, delivered twice on
 * purpose so a receiver's deduplication is exercised. Node only, like the rest of the stand-in.
 */
import { createHmac, randomBytes } from 'node:crypto';

/**
 * The demo's webhook signing secret. Public on purpose: it only signs the stand-in's events,
 * never Dodo's. In production use your endpoint's own secret from the Dodo dashboard.
 */
export const STAND_IN_WEBHOOK_SECRET = 'whsec_ZG9kby1jaGVja291dCBzdGFuZC1pbiBkZW1vIHdlYmhvb2sga2V5';

/** `v1,<signature>` over `${id}.${timestamp}.${body}` with the secret's base64-decoded key, as Standard Webhooks defines. */
export function signStandardWebhook(secret: string, webhookId: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${webhookId}.${timestampSeconds}.${body}`, 'utf8').digest('base64')}`;
}

export interface StandInWebhookOptions {
  /** Where events are POSTed. Without it, no webhook is sent. */
  url?: string;
  /** Signing secret. Default `STAND_IN_WEBHOOK_SECRET`. */
  secret?: string;
  /** Waits before each retry of a failed delivery, in ms; one retry per entry. Default 1 s, 5 s, 30 s, 2 min, 10 min. */
  retryDelaysMs?: readonly number[];
  /** Share of events (0–1) delivered a second time on purpose, as at-least-once senders do. Default 0. */
  duplicateRate?: number;
  /** Per-attempt timeout in ms. Default 10 000. */
  timeoutMs?: number;
  /** Randomness for the duplicate decision and its delay (tests). */
  random?: () => number;
}

/** One HTTP attempt to deliver an event. */
export interface WebhookDeliveryAttempt {
  webhookId: string;
  type: string;
  /** The payment the event is about, when it is about one. */
  paymentId: string | null;
  /** 1 for the first attempt of a delivery, 2 for its first retry… */
  attempt: number;
  /** Whether this attempt belongs to the deliberate second delivery. */
  duplicate: boolean;
  /** HTTP status answered, or 0 for a network error or timeout. */
  status: number;
  at: Date;
}

export interface StandInWebhookEvent {
  business_id: string;
  type: string;
  timestamp: string;
  data: { payment_id?: string } & Record<string, unknown>;
}

export interface StandInWebhookSender {
  /** Every delivery attempt so far, in the order answered. */
  readonly attempts: readonly WebhookDeliveryAttempt[];
  /** Queues `event` for delivery; returns its `webhook-id` (undefined when no URL is configured). */
  send(event: StandInWebhookEvent): string | undefined;
  /** Resolves when every queued delivery has succeeded or run out of retries. */
  idle(): Promise<void>;
  /** Changes the destination (e.g. once the receiving server listens). */
  setUrl(url: string | undefined): void;
  /** Cancels pending retries. */
  stop(): void;
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 30_000, 120_000, 600_000];

export function createStandInWebhookSender(options: StandInWebhookOptions = {}): StandInWebhookSender {
  let url = options.url;
  const secret = options.secret ?? STAND_IN_WEBHOOK_SECRET;
  const retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const duplicateRate = options.duplicateRate ?? 0;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const random = options.random ?? Math.random;
  const attempts: WebhookDeliveryAttempt[] = [];
  const pending = new Set<Promise<void>>();
  const timers = new Map<NodeJS.Timeout, () => void>();
  let stopped = false;

  const wait = (ms: number) =>
    new Promise<void>((done) => {
      if (stopped) return done();
      const timer = setTimeout(() => {
        timers.delete(timer);
        done();
      }, ms);
      timers.set(timer, done);
    });

  async function attemptOnce(target: string, webhookId: string, body: string): Promise<number> {
    // A fresh timestamp and signature per attempt, the same id: receivers deduplicate by id.
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'dodo-api-stand-in',
          'webhook-id': webhookId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signStandardWebhook(secret, webhookId, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      return response.status;
    } catch {
      return 0;
    }
  }

  async function deliver(target: string, webhookId: string, event: StandInWebhookEvent, body: string, duplicate: boolean): Promise<void> {
    for (let attempt = 1; !stopped; attempt++) {
      const status = await attemptOnce(target, webhookId, body);
      attempts.push({ webhookId, type: event.type, paymentId: event.data.payment_id ?? null, attempt, duplicate, status, at: new Date() });
      if (status >= 200 && status < 300) return;
      const delay = retryDelaysMs[attempt - 1];
      if (delay === undefined) return;
      await wait(delay);
    }
  }

  function track(work: Promise<void>): void {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  }

  return {
    attempts,
    send(event) {
      if (!url || stopped) return undefined;
      const target = url;
      const webhookId = `msg_${randomBytes(12).toString('base64url')}`;
      const body = JSON.stringify(event);
      track(deliver(target, webhookId, event, body, false));
      if (random() < duplicateRate) {
        // Sometimes while the first is still being handled, sometimes after: both paths of a receiver's dedupe.
        const delay = Math.floor(random() * 400);
        track(wait(delay).then(() => (stopped ? undefined : deliver(target, webhookId, event, body, true))));
      }
      return webhookId;
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    setUrl(next) {
      url = next;
    },
    stop() {
      stopped = true;
      for (const [timer, done] of timers) {
        clearTimeout(timer);
        done();
      }
      timers.clear();
    },
  };
}
