// Configuration of @custom-elements-manifest/analyzer: the manifest documents the public element.
export default {
  globs: ['src/dodo-checkout.ts', 'src/events.ts'],
  exclude: ['src/server/**', 'src/**/*.test.ts'],
  litelement: true,
  // package.json's customElements field is maintained by hand.
  packagejson: false,
  dev: false,
};
