/** The email rule the browser and the proxy share. */
import { describe, expect, it } from 'vitest';
import { EMAIL_PATTERN } from '../../../src/api/patterns.js';

describe('EMAIL_PATTERN', () => {
  it('accepts everyday addresses, and internationalized domains in their ASCII form', () => {
    for (const email of ['ada@example.com', "o'brien+shop@mail.example.co.uk", 'a-b_c@sub-domain.example.io', 'ivan@xn--e1afmkfd.xn--p1ai', 'kim@xn--3e0b707e.xn--3e0b707e', 'IVAN@XN--E1AFMKFD.XN--P1AI']) {
      expect(EMAIL_PATTERN.test(email), email).toBe(true);
    }
  });

  it('refuses what is not an address', () => {
    for (const email of ['ada', 'ada@', '@example.com', 'ada@example', '.ada@example.com', 'ada.@example.com', 'a..da@example.com', 'ada@-example.com', 'ada@example.c', 'ada@example.123', 'ada@example.xn--']) {
      expect(EMAIL_PATTERN.test(email), email).toBe(false);
    }
  });
});
