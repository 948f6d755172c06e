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
  selected?: string;
  month?: string;
  now?: number;
  headingLevel: number;
}

/** Thursday 19 November 2026 in Paris, so that the 2026 stories show a "today". */
const NOW_2026 = Date.parse('2026-11-19T10:00:00+01:00');

const meta: Meta<Args> = {
  title: 'Elements/mip-calendar',
  component: 'mip-calendar',
  args: { feed: programme2020 as FeedInput, headingLevel: 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    timezone: { control: 'select', options: ['Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'Asia/Tokyo', 'local'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    // The `selected` CSS part shares its name with the attribute and would hide its row in the docs table.
    selected: { control: 'text', description: 'The chosen day (`YYYY-MM-DD`); also a CSS part of that day’s button.' },
    month: { control: 'text', description: 'The month shown (`YYYY-MM`).' },
    now: { control: 'date' },
  },
  render: ({ feed, src, lang, timezone, selected, month, now, headingLevel }) => html`
    <mip-calendar
      .feed=${feed}
      .now=${now ?? null}
      src=${ifDefined(src)}
      lang=${ifDefined(lang)}
      timezone=${ifDefined(timezone)}
      selected=${ifDefined(selected)}
      month=${ifDefined(month)}
      heading-level=${headingLevel}
    ></mip-calendar>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The DINUM's programme of the 2020 edition, as published: it opens on November 2020. */
export const Programme2020: Story = {};

/** 400 generated events across France and overseas: counts and the first titles of each day. */
export const BusyMonth: Story = { args: { feed: generateFeed({ count: 400 }), now: NOW_2026 } };

/** An edition with no event yet: the grid still shows, with a message. */
export const EmptyMonth: Story = {
  args: { feed: { version: 1, start: '2026-11-02', end: '2026-11-30', events: [] }, now: NOW_2026 },
};

/** A chosen day: its events are listed below the grid. */
export const SelectedDay: Story = { args: { selected: '2020-11-26' } };

export const English: Story = { args: { lang: 'en', selected: '2020-11-26' } };

/** Shown in Guyane's zone: evening events in Paris move to their local day and hour. */
export const Overseas: Story = { args: { timezone: 'America/Cayenne', selected: '2020-11-26' } };

/** 320 px wide, as on a small phone: counts only, no horizontal scroll. */
export const Narrow: Story = {
  args: { feed: generateFeed({ count: 400 }), now: NOW_2026, selected: '2026-11-19' },
  decorators: [(story) => html`<div style="width: 320px; max-width: 100%; outline: 1px dashed #ccc">${story()}</div>`],
};

/** Before the feed has arrived (here: no feed given yet). */
export const Loading: Story = { args: { feed: null } };

export const Error: Story = { args: { feed: '{ this is not JSON' } };
