// Storybook 10 for the widgets: stories and MDX pages from stories/, packages resolved to src/
// through the `source` export condition, Lit's legacy decorators compiled by Vite (its TypeScript
// transform follows tsconfig.json → tsconfig.base.json: experimentalDecorators, no define
// semantics for class fields).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig, type Plugin } from 'vite';
import { createStoryReceiver } from '../test/support/story-receiver.js';

// packages/widgets/package.json declares side effects for dist/**/define.js only. Resolved
// through the `source` condition the same modules are src/**/define.ts, which the production build
// would then tree-shake away, leaving stories with undefined elements.
const keepDefineSideEffects = {
  name: 'fh-keep-define-side-effects',
  transform(code: string, id: string) {
    if (/\/packages\/[^/]+\/src\/(?:.+\/)?define\.ts$|\/packages\/widgets\/src\/cdn\//.test(id.split('?')[0] ?? id)) {
      return { code, map: null, moduleSideEffects: true };
    }
    return undefined;
  },
};

// The help request's sending stories (Sending, Not sent yet, Confirmation…) post to the story
// receiver at /__fh__/receiver/…, the same one the browser tests use. Only the dev server
// (`npm run storybook`) has it: a static build is files alone, and those stories say so.
const storyReceiver: Plugin = {
  name: 'fh-story-receiver',
  configureServer(server) {
    const receiver = createStoryReceiver();
    server.middlewares.use((req, res, next) => {
      receiver.handle(req, res).then(
        (handled) => {
          if (!handled) next();
        },
        (error: unknown) => next(error),
      );
    });
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      resolve: { conditions: ['source', ...defaultClientConditions] },
      plugins: [keepDefineSideEffects, storyReceiver],
      // Storybook's own UI chunks exceed Vite's default 500 kB warning; the widgets are measured
      // by the CDN size report instead.
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;
