// Flat config (ESLint 9). Type-aware typescript-eslint rules for TypeScript, Lit and lit-a11y
// rules for the widgets and stories, and the house security rules (no HTML-string sinks, no
// eval) everywhere.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

const htmlSinks = [
  {
    selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
    message: 'innerHTML/outerHTML parse HTML strings: render with Lit templates or DOM APIs instead.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'insertAdjacentHTML parses HTML strings: render with Lit templates or DOM APIs instead.',
  },
  {
    selector: "CallExpression[callee.property.name='createContextualFragment']",
    message: 'createContextualFragment parses HTML strings: render with Lit templates instead.',
  },
  {
    selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']",
    message: 'new Function is eval and is blocked by a strict CSP.',
  },
  {
    selector: "ImportSpecifier[imported.name=/^unsafe(HTML|SVG|MathML)$/]",
    message: 'unsafeHTML/unsafeSVG bypass Lit escaping: render content from its AST instead.',
  },
  {
    // html`<p style=${…}>` is blocked by a strict CSP (style-src without 'unsafe-inline').
    selector: "TaggedTemplateExpression[tag.name='html'] > TemplateLiteral > TemplateElement[tail=false][value.raw=/\\sstyle=[\"']?$/]",
    message: 'style=${…} bindings break under a strict CSP: use classes, custom properties or parts.',
  },
];

const unsafeImports = [
  { name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML bypasses Lit escaping.' },
  { name: 'lit/directives/unsafe-svg.js', message: 'unsafeSVG bypasses Lit escaping.' },
  { name: 'lit-html/directives/unsafe-html.js', message: 'unsafeHTML bypasses Lit escaping.' },
  { name: 'lit-html/directives/unsafe-svg.js', message: 'unsafeSVG bypasses Lit escaping.' },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'docs/api/**',
      '**/custom-elements.json',
      '.cache/**',
      'test-results/**',
      'coverage/**',
      'packages/widgets/src/locales/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['.storybook/*.ts'],
          defaultProject: 'tsconfig.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: 'document.write parses HTML strings.' },
        { object: 'document', property: 'writeln', message: 'document.writeln parses HTML strings.' },
      ],
      'no-restricted-imports': ['error', { paths: unsafeImports }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // The layers, sealed (see docs/architecture.md). A later block's no-restricted-imports replaces an
  // earlier one for the same files, so each repeats the unsafe-HTML paths.
  {
    files: ['packages/widgets/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...unsafeImports,
            { name: 'contentful', message: 'Widgets know no CMS: read content through a view and the content client.' },
            { name: '@family-hubs/content/contentful', message: 'Widgets know no CMS: read content through a view and the content client.' },
            { name: '@family-hubs/content/model', message: 'The full model is the CLI’s: a widget imports its view, which names only its types.' },
            { name: '@family-hubs/content/pack-builder', message: 'Building packs is the CLI’s job.' },
            { name: '@family-hubs/content/oruk-export', message: 'Widgets know no feed format: publishing the ORUK feed is the CLI’s job.' },
            { name: '@family-hubs/cli', message: 'The CLI is Node only.' },
          ],
          patterns: [
            { group: ['@contentful/*'], message: 'Widgets know no CMS: editor preview comes through the content client.' },
            { group: ['**/oruk/**', '**/oruk-export/**', '**/sources/contentful/**'], message: 'Widgets know no feed or CMS format.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/content/src/**/*.ts'],
    ignores: ['packages/content/src/sources/contentful/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...unsafeImports, { name: 'contentful', message: 'Only sources/contentful/ speaks Contentful.' }],
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*'], message: 'The content SDK has no Lit: it runs in Node too.' },
            { group: ['node:*'], message: 'The content SDK runs in browsers: no Node built-ins.' },
            { group: ['@family-hubs/widgets', '@family-hubs/widgets/*', '@family-hubs/cli'], message: 'The content SDK is the ground floor: it imports no package above it.' },
            { group: ['@contentful/*'], message: 'Only sources/contentful/ speaks Contentful.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/content/src/sources/contentful/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: unsafeImports,
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*', 'node:*'], message: 'The content SDK runs in browsers and has no Lit.' },
            { group: ['@family-hubs/widgets', '@family-hubs/widgets/*', '@family-hubs/cli'], message: 'The content SDK imports no package above it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'stories/**/*.ts', 'test/widgets/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'stories/**/*.ts', 'test/widgets/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'stories/**/*.ts', 'test/widgets/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai assertions are property reads: expect(x).to.be.true
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's describe/it return promises the runner itself awaits.
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
            // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise, but it is
            // synchronous (also for `.dom.to.equal`). Awaiting `accessible()` stays enforced.
            { from: 'package', package: 'chai', name: 'Equal' },
          ],
        },
      ],
    },
  },
);
