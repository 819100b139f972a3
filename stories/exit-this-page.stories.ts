import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@family-hubs/widgets/exit-this-page/define';

const meta: Meta = { title: 'Widgets/Exit this page', component: 'fh-exit-this-page' };
export default meta;

/** The button with its no-JavaScript fallback link. Pressing it (or Shift three times) leaves Storybook for BBC Weather. */
export const Default: StoryObj = {
  render: () => html`<fh-exit-this-page><a href="https://www.bbc.co.uk/weather">Exit this page</a></fh-exit-this-page>
    <p>Press Shift three times within 5 seconds, or select the button, to go to BBC Weather.</p>`,
};

/** `replace-history`: this page is replaced in the history, so Back does not return to it. */
export const ReplaceHistory: StoryObj = {
  render: () => html`<fh-exit-this-page replace-history redirect-url="https://www.bbc.co.uk/weather"></fh-exit-this-page>`,
};
