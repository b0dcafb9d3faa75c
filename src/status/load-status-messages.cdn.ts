/**
 * The CDN build's twin of `load-status-messages.ts` (aliased in by the build): one IIFE file
 * cannot split chunks, so each language's texts are `<script dir>/data/status/<lang>.json`,
 * written by `scripts/write-cdn-status-messages.ts`. Fetched texts are only ever used as text.
 */
import { retryingOnce } from '../intl/retrying-once.js';
import type { LazyUiLanguage } from '../intl/ui-languages.js';
import { ENGLISH_STATUS_MESSAGES, type StatusMessages } from './status-messages.js';

/** `document.currentScript` only names this script while it first runs, so capture it now. */
const dataBaseUrl = (() => {
  if (typeof document === 'undefined') return undefined;
  const script = document.currentScript;
  return script && 'src' in script && script.src ? new URL('data/status/', script.src).href : undefined;
})();

const loaders = new Map<LazyUiLanguage, () => Promise<StatusMessages>>();

export function loadStatusMessages(language: LazyUiLanguage): Promise<StatusMessages> {
  let load = loaders.get(language);
  if (!load) {
    load = retryingOnce(async () => {
      if (!dataBaseUrl) throw new Error('dodo-payment-status: the script URL is unknown');
      const response = await fetch(new URL(`${language}.json`, dataBaseUrl));
      if (!response.ok) throw new Error(`dodo-payment-status: ${language}.json answered ${response.status}`);
      const texts = (await response.json()) as Record<string, unknown>;
      // Only string values of known keys, so a broken file falls back to English key by key.
      return Object.fromEntries(
        Object.keys(ENGLISH_STATUS_MESSAGES).map((key) => [key, typeof texts[key] === 'string' ? texts[key] : ENGLISH_STATUS_MESSAGES[key as keyof StatusMessages]]),
      ) as unknown as StatusMessages;
    });
    loaders.set(language, load);
  }
  return load();
}
