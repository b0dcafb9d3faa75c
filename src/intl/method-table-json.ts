/**
 * The payment method table as the CDN build ships it (`data/payment-methods.json`), smaller than
 * the table itself: types grouped by category, each row one string,
 * `name|countries|currencies`, where the name is the brand or, after `=`, the message key of a
 * generic name, and empty or trailing parts are absent. Written by `scripts/write-cdn-data.ts`,
 * read by the CDN data loader.
 */
import type { MethodCategory, MethodNameKey, MethodRow, MethodTable } from './method-eligibility.js';

export type MethodTableJson = Record<string, Record<string, string>>;

export function encodeMethodTable(table: MethodTable): MethodTableJson {
  const json: MethodTableJson = {};
  for (const [type, row] of Object.entries(table) as Array<[string, MethodRow]>) {
    const name = row.nameKey ? `=${row.nameKey}` : (row.brand ?? '');
    (json[row.category] ??= {})[type] = [name, row.countries ?? '', row.currencies ?? ''].join('|').replace(/\|+$/, '');
  }
  return json;
}

/** The table from its JSON; a `__proto__` type in the file is a row like any other. */
export function decodeMethodTable(json: MethodTableJson): MethodTable {
  const table: Record<string, MethodRow> = Object.create(null);
  for (const category in json) {
    for (const type in json[category]) {
      const [name = '', countries, currencies] = String(json[category]![type]).split('|');
      const row: MethodRow = { category: category as MethodCategory };
      if (name[0] === '=') row.nameKey = name.slice(1) as MethodNameKey;
      else if (name) row.brand = name;
      if (countries) row.countries = countries;
      if (currencies) row.currencies = currencies;
      table[type] = row;
    }
  }
  return table;
}
