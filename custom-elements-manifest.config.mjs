// Configuration of @custom-elements-manifest/analyzer: the manifest documents the public element.
import { execFileSync } from 'node:child_process';

/**
 * The element's options come from one table (src/config/options.ts), not from decorated fields
 * the analyzer could read: this plugin documents each as a field and an attribute.
 */
function optionTable() {
  const script = `const m = await import('./src/config/options.ts');
const docs = await import('./src/config/option-docs.ts');
const names = Object.keys(m.CHECKOUT_OPTIONS);
process.stdout.write(JSON.stringify(names.map((name) => ({ name, ...m.CHECKOUT_OPTIONS[name], attribute: m.attributeName(name), type: m.optionTypeText(name), initial: m.initialValue(name), doc: docs.OPTION_DOCS[name] }))));`;
  const options = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }));
  return {
    name: 'dodo-checkout-option-table',
    packageLinkPhase({ customElementsManifest }) {
      const element = customElementsManifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'dodo-checkout');
      if (!element) throw new Error('custom-elements-manifest.config.mjs: no dodo-checkout declaration');
      const initial = (value) => (typeof value === 'boolean' ? String(value) : `'${value}'`);
      const fields = options.map((option) => ({
        kind: 'field',
        name: option.name,
        type: { text: option.type },
        default: initial(option.initial),
        description: option.doc,
        attribute: option.attribute,
        ...(option.reflect ? { reflects: true } : {}),
      }));
      const attributes = options.map((option) => ({
        name: option.attribute,
        type: { text: option.type },
        default: initial(option.initial),
        description: option.doc,
        fieldName: option.name,
      }));
      // The options are the element's only attributes; its internal state (`{ state: true }`) has none.
      const own = (element.members ?? []).filter((member) => !(member.static && member.name === 'properties'));
      element.members = [...fields, ...own.map(({ attribute, ...member }) => member)];
      element.attributes = attributes;
    },
  };
}

export default {
  globs: ['src/dodo-checkout.ts', 'src/events.ts'],
  exclude: ['src/server/**', 'src/**/*.test.ts'],
  litelement: true,
  // package.json's customElements field is maintained by hand.
  packagejson: false,
  dev: false,
  plugins: [optionTable()],
};
