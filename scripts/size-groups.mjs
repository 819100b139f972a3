/** Folds a bundled module's id into its npm package or its package's source folder, for size breakdowns. */
export function groupOf(id) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1];
  const own = /packages\/([^/]+)\/dist\/((?:[^/]+\/)?)/.exec(id);
  return own ? `@family-hubs/${own[1]}/${own[2] || '(top level)'}` : id;
}
