import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { OFFER_CATEGORIES, OFFER_STAGES, type ContentClient } from '@family-hubs/content';
import '@family-hubs/widgets/start-for-life-offer/define';
import { emptyClient, loadingClient, sampleClient, staleClient, unavailableClient } from './sample-content.js';

interface Args {
  layout: 'full' | 'card' | 'section';
  section?: string;
  stage?: string;
  heading?: string;
  headingLevel: number;
  lang: string;
  client: () => ContentClient;
}

const render = (args: Args) => html`<div lang=${args.lang}>
  <fh-start-for-life-offer
    layout=${args.layout}
    section=${ifDefined(args.section || undefined)}
    stage=${ifDefined(args.stage || undefined)}
    heading=${ifDefined(args.heading || undefined)}
    heading-level=${args.headingLevel}
    .contentClient=${args.client()}
  >
    <p>See our <a href="/start-for-life">Start for Life offer</a> or call the Family Hub on 0161 496 0000.</p>
  </fh-start-for-life-offer>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/Start for Life offer',
  component: 'fh-start-for-life-offer',
  render,
  args: { layout: 'full', headingLevel: 2, lang: 'en-GB', client: sampleClient },
  argTypes: {
    layout: { control: 'inline-radio', options: ['full', 'card', 'section'] },
    section: { control: 'select', options: ['', ...OFFER_CATEGORIES] },
    stage: { control: 'inline-radio', options: ['', ...OFFER_STAGES] },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    lang: { control: 'inline-radio', options: ['en-GB', 'pl'] },
    client: { table: { disable: true } },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The whole offer, with the stage filter and the print action. */
export const Full: Story = {};
/** The compact card for home pages and sidebars. */
export const Card: Story = { args: { layout: 'card' } };
/** One section on its own. */
export const Section: Story = { args: { layout: 'section', section: 'infantFeeding' } };
/** Filtered to one stage. */
export const Pregnancy: Story = { args: { stage: 'pregnancy' } };
/** On a Polish page: the widget's wording and translated content in Polish, the rest falling back to English. */
export const Polish: Story = { args: { lang: 'pl' } };
/** Waiting for content: the council's fallback content shows, with space kept. */
export const Loading: Story = { args: { client: loadingClient } };
/** The content cannot be loaded: the council's fallback content stays. */
export const Unavailable: Story = { args: { client: unavailableClient } };
/** The space has no published offer. */
export const Empty: Story = { args: { client: emptyClient } };
/** A refresh failed: the last good content, marked as possibly out of date. */
export const Stale: Story = { args: { client: staleClient } };
