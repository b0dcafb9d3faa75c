/**
 * A postal code or phone number as it is checked and sent: every script's decimal digits written
 * as ASCII ones ("١٢٤١١" Arabic-Indic, "۱۲۳" Persian, "१२३" Devanagari, "๑๒๓" Thai), what a
 * Japanese input method writes by default made ASCII through NFKC ("１００－０００１"), and the
 * dashes typed or pasted between digits made hyphens (the prolonged sound mark "ー" that the same
 * key writes in hiragana mode, "‐", "–", "−"). Unicode encodes each script's digits 0 to 9 as one
 * run of code points, runs of one kind side by side; a digit's value is its distance from the
 * start of its runs, modulo 10. The invisible direction marks that come along when a number is
 * copied from right-to-left text are dropped. ASCII text is returned as it is.
 */
const DIGIT = /\p{Nd}/u;

export function asciiDigits(value: string): string {
  if (/^[\x00-\x7f]*$/.test(value)) return value;
  return value
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u2010-\u2015\u2212\u30fc\uff70]/g, '-')
    .replace(/\p{Nd}/gu, (digit) => {
      const code = digit.codePointAt(0)!;
      let start = code;
      while (DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
      return String((code - start) % 10);
    });
}
