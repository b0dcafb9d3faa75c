import { describe, expect, it } from 'vitest';
import { EMAIL_PATTERN } from '../../../src/api/patterns.js';
import { asciiEmail } from '../../../src/intl/ascii-email.js';

describe('asciiEmail', () => {
  it('writes an internationalized domain in its ASCII form, which the API takes', () => {
    expect(asciiEmail('ivan@пример.рф')).toBe('ivan@xn--e1afmkfd.xn--p1ai');
    expect(asciiEmail('kim@도메인.한국')).toBe('kim@xn--hq1bm8jm9l.xn--3e0b707e');
    expect(asciiEmail('hans@bücher.example')).toBe('hans@xn--bcher-kva.example');
    expect(EMAIL_PATTERN.test(asciiEmail('ivan@пример.рф'))).toBe(true);
  });

  it('leaves ASCII addresses and the local part as they are', () => {
    for (const email of ['ada@example.com', 'ADA@Example.COM', 'ada', 'ada@', 'ivan@xn--e1afmkfd.xn--p1ai', 'иван@example.com']) expect(asciiEmail(email)).toBe(email);
  });

  it('does not let a URL drop what follows the host: such a domain stays for the check to refuse', () => {
    for (const email of ['a@пример.рф/x', 'a@пример.рф?x', 'a@пример.рф#x', 'a@пример.рф:80', 'a@b@пример.рф x', 'a@пример.рф\\x', 'a@пример%2eрф']) {
      expect(asciiEmail(email)).toBe(email);
      expect(EMAIL_PATTERN.test(asciiEmail(email))).toBe(false);
    }
  });
});
