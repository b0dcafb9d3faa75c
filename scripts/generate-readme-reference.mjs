// Writes the README reference tables (attributes, properties, methods, events, CSS parts, CSS
// custom properties) from custom-elements.json between the reference markers. `--check` fails
// when the README differs from what the manifest says.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- reference:start -->';
const END = '<!-- reference:end -->';
const check = process.argv.includes('--check');

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'dodo-checkout');
if (!element) throw new Error('custom-elements.json has no dodo-checkout declaration');

/** Table cells: one line, pipes escaped. */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${String(text).replace(/\s*\n\s*/g, ' ').replace(/`/g, '').trim()}\`` : '—');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

const publicMembers = (element.members ?? []).filter((member) => !member.privacy && !member.static && !member.name.startsWith('_'));
const fields = publicMembers.filter((member) => member.kind === 'field');
const methods = publicMembers.filter((member) => member.kind === 'method');

const sections = [
  `### Attributes and properties\n\n${table(
    ['attribute', 'property', 'type', 'default', 'description'],
    fields.map((field) => [code(field.attribute), code(field.name), code(field.type?.text), code(field.readonly ? 'read-only' : field.default), field.description]),
  )}`,
  `### Methods\n\n${table(
    ['method', 'returns', 'description'],
    methods.map((method) => [code(`${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`), code(method.return?.type?.text), method.description]),
  )}`,
  `### Events\n\n${table(
    ['event', 'type', 'description'],
    (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), event.description]),
  )}`,
  `### CSS parts\n\nStyle them with \`dodo-checkout::part(name)\`.\n\n${table(
    ['part', 'description'],
    (element.cssParts ?? []).map((part) => [code(part.name), part.description]),
  )}`,
  `### CSS custom properties\n\n${table(
    ['property', 'default', 'description'],
    (element.cssProperties ?? []).map((property) => [code(property.name), code(property.default), property.description]),
  )}`,
];
if (element.slots?.length) sections.push(`### Slots\n\n${table(['slot', 'description'], element.slots.map((slot) => [code(slot.name || '(default)'), slot.description]))}`);

const generated = `${START}\n<!-- Generated from custom-elements.json by scripts/generate-readme-reference.mjs; edit the JSDoc, not this. -->\n\n${sections.join('\n\n')}\n\n${END}`;
const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from === -1 || to === -1 || to < from) throw new Error(`README.md needs the ${START} and ${END} markers`);
const updated = readme.slice(0, from) + generated + readme.slice(to + END.length);

if (check) {
  if (updated !== readme) {
    console.error('The README reference is stale: run `node scripts/generate-readme-reference.mjs` and commit README.md.');
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync('README.md', updated);
}
