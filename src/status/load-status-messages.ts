/**
 * The status texts of a language: English at once, the others loaded once, on demand, as their
 * own module (the CDN build swaps in `load-status-messages.cdn.ts`, which fetches JSON).
 */
import { retryingOnce } from '../intl/retrying-once.js';
import type { LazyUiLanguage } from '../intl/ui-languages.js';
import { STATUS_MESSAGE_LOADERS } from './status-message-loaders.js';
import type { StatusMessages } from './status-messages.js';

const loaders = new Map<LazyUiLanguage, () => Promise<StatusMessages>>();

export function loadStatusMessages(language: LazyUiLanguage): Promise<StatusMessages> {
  let load = loaders.get(language);
  if (!load) {
    load = retryingOnce(async () => (await STATUS_MESSAGE_LOADERS[language]()).default);
    loaders.set(language, load);
  }
  return load();
}
