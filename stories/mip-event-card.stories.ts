import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parseFeed } from '../src/core/feed.ts';
import type { EventInput, ProgrammeEvent } from '../src/core/types.ts';

/** Reads events as the feed-loading elements do: a card takes an event already read. */
function read(event: EventInput): ProgrammeEvent {
  const result = parseFeed({ version: 1, events: [event] });
  if (!result.ok || !result.events[0]) throw new TypeError('Invalid story event');
  return result.events[0];
}

const workshop: EventInput = {
  id: 'dinum-2026-demo-day',
  title: 'Le demo day du programme 10%',
  summary: 'Les équipes interministérielles présentent leurs solutions.',
  description:
    'Une après-midi pour découvrir **dix projets** nés du programme.\n\nAu programme :\n- présentations de *5 minutes*\n- questions du public\n\n[Le programme 10%](https://www.numerique.gouv.fr/)',
  start: '2026-11-28T14:30:00+01:00',
  end: '2026-11-28T16:30:00+01:00',
  formats: ['Meetup'],
  tags: ['Données', 'Intelligence artificielle'],
  organizer: { name: 'DINUM', url: 'https://www.numerique.gouv.fr/' },
  attendance: 'in-person',
  location: { name: 'Lieu de la transformation publique', address: '77 avenue de Ségur', postalCode: '75015', city: 'Paris', region: 'Île-de-France' },
  registrationUrl: 'https://example.org/inscription',
  free: true,
  accessibility: ['wheelchair', 'sign-language'],
};

interface Args {
  event: ProgrammeEvent;
  lang?: string;
  timezone?: string;
  headingLevel: number;
  open: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/mip-event-card',
  component: 'mip-event-card',
  args: { event: read(workshop), headingLevel: 3, open: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    timezone: { control: 'select', options: ['Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'local'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    open: { control: 'boolean' },
  },
  render: ({ event, lang, timezone, headingLevel, open }) => html`
    <mip-event-card .event=${event} lang=${ifDefined(lang)} timezone=${ifDefined(timezone)} heading-level=${headingLevel} ?open=${open}></mip-event-card>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Details open: the description in the safe Markdown subset, the address and links. */
export const Open: Story = { args: { open: true } };

export const Cancelled: Story = { args: { event: read({ ...workshop, id: 'x', status: 'cancelled' }) } };

export const Full: Story = { args: { event: read({ ...workshop, id: 'y', status: 'full' }) } };

export const Online: Story = {
  args: { event: read({ ...workshop, id: 'z', attendance: 'online', location: undefined, onlineUrl: 'https://webinaire.example.org/' }) },
};

/** A workshop in La Réunion: Paris time, and its own local time. */
export const Overseas: Story = {
  args: {
    event: read({ ...workshop, id: 'reunion', start: '2026-11-18T09:00:00', end: '2026-11-18T11:00:00', timeZone: 'Indian/Reunion', location: { city: 'Saint-Denis', region: 'La Réunion' } }),
  },
};

/** A series: its sessions listed in the details. */
export const Sessions: Story = {
  args: {
    open: true,
    event: read({
      ...workshop,
      id: 'series',
      sessions: [16, 17, 18, 19, 20].map((day) => ({ start: `2026-11-${day}T17:00:00`, end: `2026-11-${day}T18:00:00` })),
    }),
  },
};

export const LongTexts: Story = {
  args: {
    event: read({
      ...workshop,
      id: 'long',
      title:
        'Atelier de co-construction interministériel et intercommunal sur la simplification radicale des démarches administratives des usagers les plus éloignés du numérique dans les territoires ultramarins',
      tags: ['Inclusion numérique et accessibilité des services publics', 'Simplification', 'Territoires ultramarins'],
    }),
  },
};

export const English: Story = { args: { lang: 'en', open: true } };
