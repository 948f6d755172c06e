import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import programme2020 from '../demo/feeds/mip-2020.json';
import type { FacetOption } from '../src/core/filter.ts';
import type { FeedInput } from '../src/core/types.ts';

interface Args {
  field: 'tag' | 'format' | 'organizer' | 'region' | 'attendance';
  label?: string;
  lang?: string;
  options: FacetOption[];
  value: string[];
}

const meta: Meta<Args> = {
  title: 'Elements/mip-tag-filter',
  component: 'mip-tag-filter',
  args: {
    field: 'tag',
    options: [
      { value: 'API', count: 3 },
      { value: 'Données', count: 12 },
      { value: 'Design', count: 4 },
      { value: 'Intelligence artificielle', count: 0 },
    ],
    value: ['Données'],
  },
  argTypes: {
    field: { control: 'select', options: ['tag', 'format', 'organizer', 'region', 'attendance'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    label: { control: 'text' },
  },
  render: ({ field, label, lang, options, value }) => html`
    <mip-tag-filter field=${field} label=${ifDefined(label)} lang=${ifDefined(lang)} .options=${options} .value=${value}></mip-tag-filter>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Alone: options and value set from code; listen to `change`. */
export const Alone: Story = {};

export const Attendance: Story = {
  args: {
    field: 'attendance',
    options: [
      { value: 'online', count: 40 },
      { value: 'in-person', count: 25 },
      { value: 'hybrid', count: 8 },
    ],
    value: [],
  },
};

export const English: Story = { args: { lang: 'en' } };

export const LongTexts: Story = {
  args: {
    field: 'organizer',
    options: [
      { value: 'Laboratoire d’innovation territoriale de la Préfecture de la région Provence-Alpes-Côte d’Azur', count: 2 },
      { value: 'Direction interministérielle de la transformation publique', count: 9 },
    ],
    value: [],
  },
};

/** Driving an agenda elsewhere on the page with `for`: options and counts come from the agenda's feed. */
export const DrivingAnAgenda: Story = {
  render: () => html`
    <div style="display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: 1rem">
      <aside style="display: grid; gap: 1rem; align-content: start">
        <mip-tag-filter for="story-agenda"></mip-tag-filter>
        <mip-tag-filter for="story-agenda" field="format"></mip-tag-filter>
      </aside>
      <mip-agenda id="story-agenda" .feed=${programme2020 as FeedInput}></mip-agenda>
    </div>
  `,
};
