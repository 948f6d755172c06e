import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import programme2020 from '../demo/feeds/mip-2020.json';
import { favouritesKey } from '../src/core/favourites.ts';
import type { FeedInput } from '../src/core/types.ts';
import { generateFeed } from '../tools/generate-feed.ts';

interface Args {
  feed: FeedInput | string | null;
  src?: string;
  lang?: string;
  timezone?: string;
  headingLevel: number;
  view: 'list' | 'month';
  /** The date the story pretends it is: past events hide once the edition has started. */
  now: number;
  filterTag?: string;
  filterQuery?: string;
  onlyOrganizer?: string;
  /** Ids of the only events shown (a programme shared by link). */
  selection?: string[];
  /** Mirror the view in the page URL (and offer "Partager cette sélection"). */
  urlState?: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/mip-programme',
  component: 'mip-programme',
  args: { feed: programme2020 as FeedInput, headingLevel: 2, view: 'list', now: Date.UTC(2020, 10, 1) },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    timezone: { control: 'select', options: ['Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'local'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    view: { control: 'inline-radio', options: ['list', 'month'] },
    now: { control: 'date' },
    filterTag: { control: 'text' },
    filterQuery: { control: 'text' },
    onlyOrganizer: { control: 'text' },
    selection: { control: 'object' },
    urlState: { control: 'boolean' },
  },
  render: ({ feed, src, lang, timezone, headingLevel, view, now, filterTag, filterQuery, onlyOrganizer, selection, urlState }) => html`
    <mip-programme
      .feed=${feed}
      .selection=${selection ?? null}
      ?url-state=${urlState}
      .now=${now}
      src=${ifDefined(src)}
      lang=${ifDefined(lang)}
      timezone=${ifDefined(timezone)}
      heading-level=${headingLevel}
      view=${view}
      filter-tag=${ifDefined(filterTag)}
      filter-query=${ifDefined(filterQuery)}
      only-organizer=${ifDefined(onlyOrganizer)}
    ></mip-programme>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The DINUM's programme of the 2020 edition, as published. */
export const Programme2020: Story = {};

/** 400 generated events across France and overseas, seen on 16 November: past events are hidden. */
export const ManyEvents: Story = { args: { feed: generateFeed({ count: 400 }), now: Date.UTC(2026, 10, 16, 9) } };

/** A ministry page: only the DINUM's events, counted inside that scope. */
export const ScopedToOneOrganizer: Story = { args: { feed: generateFeed({ count: 400 }), now: Date.UTC(2026, 9, 1), onlyOrganizer: 'DINUM' } };

/** Filters preset by the host page; the visitor can change them. */
export const Preset: Story = { args: { filterTag: 'Intelligence artificielle' } };

export const English: Story = { args: { lang: 'en' } };

/** Nothing matches the search. */
export const EmptyResult: Story = { args: { filterQuery: 'aucun résultat possible' } };

/** The month grid, when `<mip-calendar>` is defined. */
export const Month: Story = { args: { view: 'month' } };

/** Before the feed has arrived. */
export const Loading: Story = { args: { feed: null } };

export const Error: Story = { args: { feed: '{ this is not JSON' } };

export const Empty: Story = { args: { feed: { version: 1, events: [] } } };

export const LongTexts: Story = {
  args: {
    now: Date.UTC(2026, 9, 1),
    feed: {
      version: 1,
      events: [
        {
          id: 'long',
          title:
            'Atelier de co-construction interministériel et intercommunal sur la simplification radicale des démarches administratives des usagers les plus éloignés du numérique',
          start: '2026-11-17T09:30:00',
          end: '2026-11-17T12:00:00',
          tags: ['Inclusion numérique et accessibilité des services publics', 'Simplification administrative'],
          formats: ['Atelier participatif'],
          organizer: { name: 'Laboratoire d’innovation territoriale de la Préfecture de la région Provence-Alpes-Côte d’Azur' },
          location: { name: 'Préfecture', city: 'Marseille', region: 'Provence-Alpes-Côte d’Azur' },
          attendance: 'in-person',
        },
        { id: 'short', title: 'Café', start: '2026-11-18T09:00:00', tags: ['Données'], attendance: 'online' },
      ],
    },
  },
};

const starred = ['dinum-2020-webinaire-intrapreneuriat', 'dinum-2020-restitutions-5-projets-ia', 'dinum-2020-pseudonymisation-decisions-justice'];

/** Three events starred in this browser: their stars are on, and "Mon programme (3)" shows them alone. */
export const Starred: Story = {
  loaders: [
    async () => {
      localStorage.setItem(favouritesKey({ title: (programme2020 as FeedInput).title }), JSON.stringify(starred));
      return {};
    },
  ],
};

/** Opened from a colleague's link (`?mip-ids=…`): the chosen events, a notice, "keep them" and "show everything". */
export const SharedProgramme: Story = { args: { selection: starred } };

/** With `url-state`: "Partager cette sélection" copies a link to the view, and each event's details offer its own link. */
export const Shareable: Story = { args: { urlState: true } };
