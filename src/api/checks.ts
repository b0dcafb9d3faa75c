/**
 * Plain checks of JSON values, with the limits of zod's: each `Check` answers `undefined` when the
 * value fits, else the path (below the value) of its first problem. The browser checks what it
 * sends and reads with these (payment-checks.ts, quote-checks.ts) instead of a schema library; the
 * property tests of those modules hold them to the zod schemas the proxy uses.
 */
const INT32_MAX = 2_147_483_647;

/** `undefined` when the value fits; else the path, below the value, of its first problem. */
export type Check = (value: unknown) => PropertyKey[] | undefined;

export const fits = undefined;
export const here: PropertyKey[] = [];

export const isObject = (value: unknown): value is Record<PropertyKey, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the schemas take for a record: an object whose constructor, if any, looks like Object's. */
export function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const constructor = value.constructor;
  if (constructor === undefined || typeof constructor !== 'function') return true;
  const prototype: unknown = constructor.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

export const text = (min = 0, max = Infinity, pattern?: RegExp): Check => (value) =>
  typeof value === 'string' && value.length >= min && value.length <= max && (!pattern || pattern.test(value)) ? fits : here;
export const int32AtLeastZero: Check = (value) => (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= INT32_MAX ? fits : here);
export const safeInteger: Check = (value) => (Number.isSafeInteger(value) ? fits : here);
export const boolean: Check = (value) => (typeof value === 'boolean' ? fits : here);
export const oneOf = (values: readonly string[]): Check => (value) => (values.includes(value as string) ? fits : here);
export const optional = (check: Check): Check => (value) => (value === undefined ? fits : check(value));
export const nullable = (check: Check): Check => (value) => (value === null ? fits : check(value));
export const maybe = (check: Check): Check => optional(nullable(check));
export const anything: Check = () => fits;

export function within(key: PropertyKey, path: PropertyKey[] | undefined): PropertyKey[] | undefined {
  return path && [key, ...path];
}

/** An array of `item`s, with a count between `min` and `max`. */
export const list = (item: Check, min = 0, max = Infinity): Check => (value) => {
  if (!Array.isArray(value)) return here;
  for (let index = 0; index < value.length; index += 1) {
    const problem = within(index, item(value[index]));
    if (problem) return problem;
  }
  return value.length >= min && value.length <= max ? fits : here;
};

/** An object with these keys (`strict`: and no other enumerable one); each key's check decides whether it may be absent. */
export const object = (shape: Record<string, Check>, strict: boolean): Check => (value) => {
  if (!isObject(value)) return here;
  for (const [key, check] of Object.entries(shape)) {
    const problem = within(key, check(value[key]));
    if (problem) return problem;
  }
  return strict && Object.keys(value).some((key) => !(key in shape)) ? here : fits;
};

/** A record of string keys and values checked by `key` and `entry`. */
export const record = (key: Check, entry: Check): Check => (value) => {
  if (!isPlainObject(value)) return here;
  for (const name of Reflect.ownKeys(value)) {
    if (name === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, name)) continue;
    const problem = key(name) ? [name] : within(name, entry(value[name]));
    if (problem) return problem;
  }
  return fits;
};
