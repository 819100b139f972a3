/**
 * A rollup plugin for the browser (CDN) build: removes what only Contentful's editor and the
 * model docs read from the content-type definitions, namely each field's help text
 * (`.help('…')` in a field builder chain) and each content type's description
 * (`defineContentType({ description: '…' })`, emptied). Widgets validate with the schemas and
 * report problems by field name, which stay; the CLI and the npm build keep everything.
 *
 * Only string arguments are removed, so a call whose argument is computed stays as written.
 */
import MagicString from 'magic-string';

const DEFINITIONS = /\/packages\/content\/dist\/model\/[^/]+\.js$/;

const isPlainString = (node) =>
  (node?.type === 'Literal' && typeof node.value === 'string') || (node?.type === 'TemplateLiteral' && node.expressions.length === 0);

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/** The plugin; `stats` (optional) collects how many help texts and descriptions were removed. */
export function stripEditorMetadata(stats = { help: 0, descriptions: 0 }) {
  return {
    name: 'fh-strip-editor-metadata',
    transform(code, id) {
      if (!DEFINITIONS.test(id) || !code.includes('defineContentType')) return null;
      const output = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'CallExpression') return;
        const { callee } = node;
        if (callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'help' && node.arguments.length === 1 && isPlainString(node.arguments[0])) {
          output.remove(callee.object.end, node.end);
          stats.help++;
        }
        if (callee.type === 'Identifier' && callee.name === 'defineContentType' && node.arguments[0]?.type === 'ObjectExpression') {
          for (const property of node.arguments[0].properties) {
            if (property.type === 'Property' && !property.computed && property.key.name === 'description' && isPlainString(property.value)) {
              output.overwrite(property.value.start, property.value.end, "''");
              stats.descriptions++;
            }
          }
        }
      });
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
