/** The checkout's language on the server: the merchant's choice, else the request's Accept-Language, by the messages there are. */
import { negotiateLanguage, resolveLocale } from '../intl/localize-controller.js';

/** The tags of an Accept-Language header, most wanted first ("*" and q=0 dropped). */
export function acceptedLanguages(header: string): string[] {
  return header
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), weight: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, weight }) => tag && tag !== '*' && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag);
}

/**
 * The locale to render: `locale` when given; else the first accepted language the checkout has
 * messages for (English counts when asked for), kept with its region for formats ("de-CH").
 */
export function chooseLocale(locale: string | undefined, acceptLanguage: string | undefined): string {
  if (locale?.trim()) return resolveLocale([locale]);
  for (const tag of acceptedLanguages(acceptLanguage ?? '')) {
    const resolved = resolveLocale([tag]);
    if (resolved === 'en' && tag.trim().toLowerCase() !== 'en') continue; // not a language tag
    if (negotiateLanguage(resolved) !== 'en' || resolved.toLowerCase().startsWith('en')) return resolved;
  }
  return 'en';
}
