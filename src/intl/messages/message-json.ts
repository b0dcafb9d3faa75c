/**
 * Messages as JSON, for the CDN build that fetches locales instead of importing them. Functions
 * become templates with numbered placeholders ("Pay {0}"), choices objects of templates, and are
 * turned back into functions on load, so no code is ever evaluated from fetched data.
 */
import type { Messages } from './en.js';
import type { MessageValue } from './message-format.js';

export type SerializedMessage = string | [template: string] | { readonly [form: string]: string };

const PLACEHOLDER = /\{(\d)\}/g;
const placeholders = (count: number) => Array.from({ length: count }, (_, index) => `{${index}}`);

/** Only valid for functions that just interpolate their arguments (tests check every message). */
const toTemplate = (format: (...args: string[]) => string) => format(...placeholders(Math.max(format.length, 1)));

export function serializeMessages(messages: Partial<Messages>): Record<string, SerializedMessage> {
  const serialized: Record<string, SerializedMessage> = {};
  for (const [key, value] of Object.entries(messages as Record<string, MessageValue>)) {
    if (typeof value === 'string') serialized[key] = value;
    else if (typeof value === 'function') serialized[key] = [toTemplate(value as (...args: string[]) => string)];
    else serialized[key] = Object.fromEntries(Object.entries(value).map(([form, format]) => [form, toTemplate(format as (...args: string[]) => string)]));
  }
  return serialized;
}

const fromTemplate =
  (template: string) =>
  (...args: unknown[]) =>
    template.replace(PLACEHOLDER, (placeholder, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : placeholder));

/**
 * Messages from fetched JSON. Entries of the wrong shape are dropped, so the element falls back
 * to English for them rather than failing.
 */
export function reviveMessages(json: unknown): Partial<Messages> {
  const revived: Record<string, unknown> = {};
  if (typeof json !== 'object' || json === null) return {};
  for (const [key, value] of Object.entries(json)) {
    if (typeof value === 'string') revived[key] = value;
    else if (Array.isArray(value) && typeof value[0] === 'string') revived[key] = fromTemplate(value[0]);
    else if (typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).other === 'string') {
      const forms = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
      revived[key] = Object.fromEntries(forms.map(([form, template]) => [form, fromTemplate(template)]));
    }
  }
  return revived as Partial<Messages>;
}
