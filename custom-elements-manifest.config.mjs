// Configuration of @custom-elements-manifest/analyzer: the manifest documents the public elements.
export default {
  globs: ['src/dodo-checkout.ts', 'src/events.ts', 'src/status/payment-status-element.ts', 'src/status/payment-status-events.ts'],
  exclude: ['src/server/**', 'src/**/*.test.ts'],
  litelement: true,
  // package.json's customElements field is maintained by hand.
  packagejson: false,
  dev: false,
};
