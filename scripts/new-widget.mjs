#!/usr/bin/env node
// `npm run new-widget NAME`: writes a new content widget's folder by the convention in
// docs/development.md ("A widget's folder"), and wires it into the SDK's views, the package's
// exports, the CDN entries and the autoloader. NAME is kebab-case, e.g. `service-search`.
//
//   node scripts/new-widget.mjs service-search [--root DIR]
//
// It refuses to overwrite anything, so a half-made widget is never clobbered.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--root');
const root = resolve(rootFlag === -1 ? fileURLToPath(new URL('..', import.meta.url)) : args[rootFlag + 1] ?? '.');
const name = args.filter((arg, i) => !arg.startsWith('--') && (rootFlag === -1 || i !== rootFlag + 1))[0];

function fail(message) {
  console.error(`new-widget: ${message}`);
  process.exit(2);
}

if (!name) fail('give the widget a name, e.g. `npm run new-widget service-search`');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(name) && !/^[a-z][a-z0-9]+$/.test(name)) fail(`"${name}" is not a kebab-case name like service-search`);
if (name.startsWith('fh-')) fail(`leave out the fh- prefix: the tag will be fh-${name.slice(3)}`);

const pascal = name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const camel = pascal[0].toLowerCase() + pascal.slice(1);
const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const tag = `fh-${name}`;
const cls = `Fh${pascal}`;
const view = `${camel}View`;
const content = `${pascal}Content`;

/** Files to write, relative to the root. */
const files = {
  [`packages/content/src/views/${name}.ts`]: `/**
 * The view of \`<${tag}>\`: what it reads and how it resolves it. Name every type it shows in
 * \`root\` (queried) or \`follows\` (reached through links); nothing else is validated or bundled.
 */
import { siteSettingsType } from '../model/site-settings.js';
import { defineView } from './define-view.js';
import { siteView, type SiteView } from './parts.js';

/** What \`<${tag}>\` shows. */
export interface ${content} {
  readonly site: SiteView;
}

/** The ${title.toLowerCase()}'s view. */
export const ${view} = defineView<${content}>({
  id: '${name}',
  root: [siteSettingsType],
  follows: [],
  resolve(set) {
    const site = siteView(set);
    return site ? { site } : undefined;
  },
});
`,
  [`packages/widgets/src/${name}/${name}.ts`]: `import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ${view}, type ContentView, type ${content} } from '@family-hubs/content';
import { FhContentElement } from '../internal/content-element.js';
import { headingLevel, renderHeading } from '../internal/heading.js';
import { ${camel}Styles } from './${name}.styles.js';
import { headingText } from './labels.js';

/**
 * ${title}: describe what families get from it, in a sentence or two.
 *
 * Until content arrives, and whenever it cannot be loaded, the element shows its own light-DOM
 * content: put a link and a phone number there.
 *
 * @summary ${title}, from the council's content.
 *
 * @tagname ${tag}
 *
 * @slot - Fallback content, shown while loading and when content cannot be loaded.
 *
 * @csspart base - The widget's content.
 * @csspart heading - The heading.
 * @csspart stale - The notice shown above content from a backup copy.
 *
 * @fires fh-content-loaded - Content arrived (or was refreshed).
 * @fires fh-content-error - Content could not be loaded.
 */
export class ${cls} extends FhContentElement<${content}> {
  static override css = ${camel}Styles;

  /** The heading's level (1–6), so the widget fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  protected override get view(): ContentView<${content}> {
    return ${view};
  }

  protected override renderContent({ site }: ${content}): TemplateResult {
    return html\`<section class="base" part="base" aria-labelledby="heading">
      \${renderHeading(headingLevel(this.headingLevel), headingText(), { id: 'heading', part: 'heading', className: 'fh-heading-m' })}
      \${this.renderStaleNotice()}
      <p>\${site.councilName}</p>
    </section>\`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${cls};
  }
}
`,
  [`packages/widgets/src/${name}/${name}.styles.ts`]: `import { css } from 'lit';
import { token } from '../internal/tokens.js';

/** Styles of \`<${tag}>\`, after the shared ones. Sizes in em; every --fh-* fallback through token(). */
export const ${camel}Styles = css\`
  .base {
    padding: \${token('--fh-space-3')} 0;
  }
\`;
`,
  [`packages/widgets/src/${name}/labels.ts`]: `/**
 * Family-facing words of \`<${tag}>\`, translated with @lit/localize. Functions, not constants, so
 * each call reads the active locale.
 */
import { msg } from '@lit/localize';

/** The widget's heading. */
export const headingText = (): string => msg('${title}');
`,
  [`packages/widgets/src/${name}/events.ts`]: `/**
 * Events of \`<${tag}>\`: one FhEvent subclass each, with its name in GlobalEventHandlersEventMap.
 * It fires the shared fh-content-loaded and fh-content-error events so far.
 */
export {};
`,
  [`packages/widgets/src/${name}/define.ts`]: `import { defineElement } from '../internal/define.js';
import { VERSION } from '../internal/version.js';
import { ${cls} } from './${name}.js';

defineElement('${tag}', ${cls}, VERSION);
`,
  [`packages/widgets/src/${name}.ts`]: `/**
 * \`<${tag}>\`: the element class and its events. Importing this file registers nothing; import
 * \`@family-hubs/widgets/${name}/define\` to register the tag.
 * @module
 */
export { ${cls} } from './${name}/${name}.js';
`,
  [`packages/widgets/src/cdn/${name}.ts`]: `/** CDN entry for \`<${tag}>\` alone (with \`<fh-content-source>\`). */
import '../content-source/define.js';
import '../${name}/define.js';
`,
  [`test/widgets/${name}/${name}.examples.ts`]: `/** \`<${tag}>\`'s examples: they feed its stories and the shared content-widget suite. */
import { html } from 'lit';
import { emptyClient, loadingClient, sampleClient, staleClient, unavailableClient } from '../../support/clients.js';
import type { WidgetExamples } from '../suites/examples.js';

/** The examples. */
export const ${camel}Examples: WidgetExamples = {
  tag: '${tag}',
  fallback: () => html\`<p>Call the Family Hub on 0161 496 0000.</p>\`,
  fallbackText: '0161 496 0000',
  examples: [
    { name: 'Default', description: 'Over the sample council.', state: 'loaded', client: sampleClient },
    { name: 'Loading', description: 'Waiting for content: the fallback shows.', state: 'loading', client: loadingClient },
    { name: 'Unavailable', description: 'The content cannot be loaded: the fallback stays.', state: 'unavailable', client: unavailableClient },
    { name: 'Empty', description: 'Nothing published: the fallback stays.', state: 'empty', client: emptyClient },
    { name: 'Stale', description: 'A refresh failed: the last good content, marked.', state: 'stale', client: staleClient },
  ],
};
`,
  [`test/widgets/${name}/shared-suite.test.ts`]: `// <${tag}> against what every content widget promises, over each of its examples.
import '@family-hubs/widgets/${name}/define';
import { runContentWidgetSuite } from '../suites/content-widget.suite.js';
import { ${camel}Examples } from './${name}.examples.js';

runContentWidgetSuite(${camel}Examples);
`,
  [`stories/${name}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@family-hubs/widgets/${name}/define';
import { renderExampleStory } from '../test/widgets/suites/examples.js';
import { ${camel}Examples } from '../test/widgets/${name}/${name}.examples.js';

const storyOf = (name: string): StoryObj => {
  const example = ${camel}Examples.examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(\`No example named \${name}\`);
  return { name, render: () => renderExampleStory(${camel}Examples, example), parameters: { docs: { description: { story: example.description } } } };
};

const meta: Meta = { title: 'Widgets/${title}', component: '${tag}' };
export default meta;

export const Default = storyOf('Default');
export const Loading = storyOf('Loading');
export const Unavailable = storyOf('Unavailable');
export const Empty = storyOf('Empty');
export const Stale = storyOf('Stale');
`,
};

/** Lines to add above a marker comment in files that list every widget. */
const patches = [
  ['packages/content/src/views/index.ts', '// new-widget: views', `export { ${view}, type ${content} } from './${name}.js';`],
  ['packages/widgets/src/index.ts', '// new-widget: exports', `export * from './${name}.js';`],
  ['packages/widgets/src/cdn/index.ts', '// new-widget: defines', `import '../${name}/define.js';`],
  ['packages/widgets/src/internal/autoloader.ts', '  // new-widget: loaders', `  '${tag}': () => import('../${name}/define.js'),`],
];

for (const file of Object.keys(files)) if (existsSync(join(root, file))) fail(`${file} already exists: nothing was written`);
for (const [file, marker] of patches) {
  if (!existsSync(join(root, file)) || !readFileSync(join(root, file), 'utf8').includes(marker)) fail(`${file} has no "${marker.trim()}" line: nothing was written`);
}
for (const [file, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
  console.log(`wrote   ${file}`);
}
for (const [file, marker, line] of patches) {
  const path = join(root, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(marker, `${line}\n${marker}`));
  console.log(`updated ${relative(root, path)}`);
}
console.log(`\n<${tag}> is ready: write its view (packages/content/src/views/${name}.ts), then its templates and styles.`);
console.log(`Run \`npm test -- test/widgets/${name}/shared-suite.test.ts\` to see it pass the shared suite.`);
