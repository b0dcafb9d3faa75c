/** Combining marks, except the kana voicing marks (stripping those would change the word). */
const COMBINING_MARKS = /(?![\u3099\u309a])\p{M}/gu;

/** `text` without its diacritics ("São Tomé" → "Sao Tome", "Québec" → "Quebec"); case, punctuation and spacing as they were. */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}
