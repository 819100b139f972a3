/// <reference types="vite/client" />
// Feeds Storybook's docs and controls from the custom elements manifest (`npm run analyze`, which
// the storybook scripts run first). The manifest is a build artefact (git-ignored); when it is
// missing the glob is empty and stories still render, only without generated docs.
import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';

const manifests = import.meta.glob<{ default: unknown }>('../packages/widgets/custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
