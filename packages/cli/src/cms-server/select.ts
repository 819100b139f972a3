/**
 * The `select` operator. Contentful returns exactly the selected properties (the docs show
 * `select=fields` dropping `sys` entirely, and metadata stopped being added implicitly in
 * 2022); contentful.js itself adds `sys.id` and `sys.type` to every select it sends because
 * link resolution needs them.
 */

type Json = Record<string, unknown>;

export function applySelect<T extends object>(item: T, selections: readonly string[][]): Json {
  const source = item as Json;
  const result: Json = {};
  for (const [root, property] of selections) {
    if (root === undefined || !(root in source)) continue;
    if (property === undefined) {
      result[root] = source[root];
      continue;
    }
    const from = source[root];
    if (typeof from !== 'object' || from === null) continue;
    const container = (result[root] ??= {}) as Json;
    // Selecting the whole object and one of its properties must not shrink the whole object.
    if (container === from) continue;
    const value = (from as Json)[property];
    if (value !== undefined) container[property] = value;
  }
  return result;
}
