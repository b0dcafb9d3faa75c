import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../../../src/intl/ascii-digits.js';

describe('asciiDigits', () => {
  it('writes every script’s decimal digits as ASCII ones', () => {
    expect(asciiDigits('١٢٣٤٥٦٧٨٩٠')).toBe('1234567890');
    expect(asciiDigits('۱۲۳۴۵۶۷۸۹۰')).toBe('1234567890');
    expect(asciiDigits('१२३४५६७८९०')).toBe('1234567890');
    expect(asciiDigits('๑๒๓๔๕๖๗๘๙๐')).toBe('1234567890');
    // Outside the basic plane (Osmanya), and the mathematical digits NFKC makes ASCII.
    expect(asciiDigits('𐒠𐒡𐒩')).toBe('019');
    expect(asciiDigits('𝟎𝟗𝟘𝟡')).toBe('0909');
  });

  it('makes what a Japanese input method writes ASCII, dashes included', () => {
    expect(asciiDigits('１００－０００１')).toBe('100-0001');
    expect(asciiDigits('１００ー０００１')).toBe('100-0001');
    expect(asciiDigits('０９０ー１２３４ー５６７８')).toBe('090-1234-5678');
    expect(asciiDigits('＋８１ ９０‐１２３４')).toBe('+81 90-1234');
    expect(asciiDigits('Ｋ１Ａ ０Ｂ１')).toBe('K1A 0B1');
  });

  it('keeps a plus sign, spaces and letters, and leaves ASCII text as it is', () => {
    expect(asciiDigits('+٢٠ ١٠٠ ١٢٣ ٤٥٦٧')).toBe('+20 100 123 4567');
    expect(asciiDigits('SW1A 2AA')).toBe('SW1A 2AA');
    expect(asciiDigits('01310−200')).toBe('01310-200');
  });

  it('drops the invisible direction marks copied with a number from right-to-left text', () => {
    expect(asciiDigits('\u202A+966 50 123 4567\u202C')).toBe('+966 50 123 4567');
    expect(asciiDigits('\u200F+٩٦٦ ٥٠\u200E')).toBe('+966 50');
    expect(asciiDigits('\u200E12411')).toBe('12411');
    expect(asciiDigits('\u061C١٢٤١١\u2066\u2069')).toBe('12411');
  });
});
