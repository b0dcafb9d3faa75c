/**
 * `value` with every script's decimal digits written as ASCII ones, as postal codes and phone
 * numbers are sent: "١٢٤١١" (Arabic-Indic), "۱۲۳" (Persian), "१२३" (Devanagari), "๑๒๓" (Thai),
 * and, through NFKC, what a Japanese input method writes by default ("１００－０００１" → "100-0001").
 * Unicode encodes each script's digits 0 to 9 as one run of code points, runs of one kind side by
 * side; a digit's value is its distance from the start of its runs, modulo 10. ASCII text is
 * returned as it is, without normalizing.
 */
const DIGIT = /\p{Nd}/u;

export function asciiDigits(value: string): string {
  if (/^[\x00-\x7f]*$/.test(value)) return value;
  return value.normalize('NFKC').replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    let start = code;
    while (DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
    return String((code - start) % 10);
  });
}
