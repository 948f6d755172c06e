import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import programme2020 from '../demo/feeds/mip-2020.json';
import type { FeedInput } from '../src/core/types.ts';
import { generateFeed } from '../tools/generate-feed.ts';

interface Args {
  feed: FeedInput | string | null;
  src?: string;
  lang?: string;
  timezone?: string;
  headingLevel: number;
  filterTag?: string;
  onlyOrganizer?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/mip-agenda',
  component: 'mip-agenda',
  args: { feed: programme2020 as FeedInput, headingLevel: 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    timezone: { control: 'select', options: ['Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'local'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    filterTag: { control: 'text' },
    onlyOrganizer: { control: 'text' },
  },
  render: ({ feed, src, lang, timezone, headingLevel, filterTag, onlyOrganizer }) => html`
    <mip-agenda
      .feed=${feed}
      src=${ifDefined(src)}
      lang=${ifDefined(lang)}
      timezone=${ifDefined(timezone)}
      heading-level=${headingLevel}
      filter-tag=${ifDefined(filterTag)}
      only-organizer=${ifDefined(onlyOrganizer)}
    ></mip-agenda>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The DINUM's programme of the 2020 edition, as published. */
export const Programme2020: Story = {};

/** 400 generated events across France and overseas. */
export const ManyEvents: Story = { args: { feed: generateFeed({ count: 400 }) } };

export const English: Story = { args: { lang: 'en' } };

/** Only one organiser's events (`only-organizer`): a ministry's own page. */
export const Scoped: Story = { args: { onlyOrganizer: 'Etalab' } };

/** Times shown in Guyane's zone: every event moves to its local hour there. */
export const Overseas: Story = { args: { timezone: 'America/Cayenne' } };

/** Before the feed has arrived (here: no feed given yet). */
export const Loading: Story = { args: { feed: null } };

export const Error: Story = { args: { feed: '{ this is not JSON' } };

export const Empty: Story = { args: { feed: { version: 1, events: [] } } };

export const LongTexts: Story = {
  args: {
    feed: {
      version: 1,
      events: [
        {
          id: 'long',
          title:
            'Atelier de co-construction interministériel et intercommunal sur la simplification radicale des démarches administratives des usagers les plus éloignés du numérique dans les territoires ultramarins',
          start: '2026-11-17T09:30:00',
          end: '2026-11-17T12:00:00',
          formats: ['Atelier participatif', 'Débat citoyen', 'Simplificathon'],
          summary:
            'Une matinée complète pour cartographier les irritants, prototyper des solutions et les tester avec des usagers, en présence des équipes de la préfecture, du conseil départemental et des associations partenaires.',
          location: { name: 'Laboratoire d’innovation territoriale de la Préfecture de la région Provence-Alpes-Côte d’Azur', city: 'Marseille' },
          attendance: 'in-person',
        },
      ],
    },
  },
};
