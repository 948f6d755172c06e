import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import programme2020 from '../demo/feeds/mip-2020.json';
import type { FeedInput } from '../src/core/types.ts';

interface Args {
  /** Style of the host page's element around the programme: tokens, color-scheme, background. */
  page: string;
  /** What to look at, shown above the programme. */
  note?: string;
  view: 'list' | 'month';
}

/** The DSFR's dark values of the tokens the widget reads (dsfr.css, `:root[data-fr-theme=dark]`). */
const dsfrDark = `
  --background-default-grey: #161616; --background-alt-grey: #1e1e1e; --text-default-grey: #cecece;
  --text-mention-grey: #929292; --border-default-grey: #353535; --background-action-high-blue-france: #8585f6;
  --text-inverted-blue-france: #000091; --text-default-error: #ff5655;`;

const meta: Meta<Args> = {
  title: 'Themes',
  component: 'mip-programme',
  args: { page: '', view: 'list' },
  argTypes: {
    page: { control: 'text' },
    view: { control: 'inline-radio', options: ['list', 'month'] },
  },
  render: ({ page, note, view }) => html`
    <div style="padding: 1rem; ${page}">
      ${note ? html`<p style="margin-top: 0; font-family: arial, sans-serif">${note}</p>` : nothing}
      <mip-programme .feed=${programme2020 as FeedInput} .now=${Date.UTC(2020, 10, 1)} view=${view}></mip-programme>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The default: the widget follows the visitor, dark when the system, or DevTools' “Emulate CSS
 * prefers-color-scheme”, asks for it (here on a page that follows too).
 */
export const DarkPrefers: Story = {
  name: 'Dark (prefers)',
  args: {
    page: 'color-scheme: light dark; background: light-dark(#fff, #161616); color: light-dark(#3a3a3a, #cecece);',
    note: 'Follows prefers-color-scheme: switch your system (or DevTools) to dark.',
  },
};

/** A DSFR page in dark (`data-fr-theme="dark"`): its tokens reach into the shadow roots. */
export const DsfrDarkTokens: Story = {
  name: 'DSFR dark tokens',
  args: { page: `${dsfrDark} background: var(--background-default-grey); color: var(--text-default-grey); color-scheme: dark;` },
};

/** The month grid on the same DSFR dark page. */
export const DsfrDarkMonth: Story = { name: 'DSFR dark tokens, month', args: { ...DsfrDarkTokens.args, view: 'month' } };

/**
 * A light-only page whose host keeps the widget light (`--mip-color-scheme: light`), whatever the
 * visitor prefers.
 */
export const PinnedLight: Story = {
  name: 'Pinned light',
  args: {
    page: 'background: #fff; --mip-color-scheme: light;',
    note: 'Stays light even when the visitor prefers dark.',
  },
};

/**
 * Windows' contrast themes force system colours: cards, badges, buttons, calendar cells, pressed
 * options and the focus ring keep a visible outline, and a pressed option takes the system's
 * selection colours. To see it: DevTools › Rendering › “Emulate CSS media feature forced-colors: active”.
 */
export const ForcedColours: Story = {
  name: 'Forced colours note',
  args: { note: 'Emulate forced-colors: active (DevTools › Rendering) to see the widget in a contrast theme.' },
};

/**
 * A ministry's own colours: each property takes a `light-dark()` pair, so the widget keeps a dark
 * variant that passes contrast too.
 */
export const CustomBrandColours: Story = {
  name: 'Custom brand colours',
  args: {
    page: `--mip-color-accent: light-dark(#18753c, #27a658); --mip-color-on-accent: light-dark(#ffffff, #0a1e12);
      --mip-color-surface: light-dark(#f0f7f2, #1b2a20); --mip-radius: 0.75rem; --mip-font-family: georgia, serif;
      --mip-focus-ring: 3px dashed light-dark(#18753c, #27a658);`,
  },
};
