/**
 * Arbitraries for hostile input shared by the property tests: text a shopper can paste or a
 * merchant can misconfigure, and numbers at the edges of the API's int32 fields.
 */
import fc from 'fast-check';

const INT32_MAX = 2_147_483_647;
const INT32_MIN = -2_147_483_648;

/** Right-to-left and bidi controls, zero-width characters, BOM and unusual spaces. */
const INVISIBLE = ['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00A0', '\u3000', '\u2028', '\u2029', '\u0085'];
const EMOJI = ['🫖', '👩🏽‍💻', '🏳️‍🌈', '🇸🇪', '❤️', '\u{1F600}'];
const MARKUP = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'; DROP TABLE payments; --", '{{constructor}}', '__proto__', '\\u0000'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** One unit of hostile text: any code point, a lone surrogate, or a known troublemaker. */
const hostileUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\t', '\n', '\r', '\0', 'a', 'Z', '0', '@', '.', '-', '+') },
);

/** Short hostile strings, plus 10 000-character ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: hostileUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(hostileUnit, fc.string({ unit: hostileUnit, maxLength: 8 })).map(([unit, tail]) => unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000 - tail.length) + tail) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u200B', '\u202Eevil\u202C', 'ada@example.com', 'Ada Lovelace', 'a'.repeat(10_000), '\uD800'.repeat(10_000)) },
);

/** Integers around 0 and the int32 edges, fractions, and the non-finite values. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 1.5, -1.5, INT32_MAX, INT32_MAX + 1, INT32_MIN, INT32_MIN - 1, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, NaN, Infinity, -Infinity),
  fc.integer({ min: INT32_MAX - 3, max: INT32_MAX + 3 }),
  fc.integer({ min: INT32_MIN - 3, max: INT32_MIN + 3 }),
  fc.integer({ min: INT32_MIN, max: INT32_MAX }),
  fc.double({ noNaN: false }),
);

/** What an attribute or property can be set to from a page: strings, numbers, anything at all. */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: edgeNumber },
  { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, true, false, Symbol('input'), Object.create(null), [], {}, () => 'x') },
);
