/**
 * Text as HTML, for markup built as a string: the stand-in's hosted page, the server renderer's
 * attributes and tags, the native country list. `&`, `<`, `>`, `"` and `'` become character
 * references, so the result is safe as element text and inside a quoted attribute value.
 */
const REFERENCES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => REFERENCES[char]!);
