import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/mip-agenda/define.ts';
import type { MipAgenda } from '../../src/elements/mip-agenda/mip-agenda.ts';
import '../../src/elements/mip-tag-filter/define.ts';
import type { MipTagFilter } from '../../src/elements/mip-tag-filter/mip-tag-filter.ts';
import { AgendaObject } from '../helpers/agenda-object.ts';
import { before, programmeFeed } from '../helpers/programme-feed.ts';
import { nextSettle } from '../helpers/render.ts';
import { TagFilterObject } from '../helpers/tag-filter-object.ts';

const options = [
  { value: 'API', count: 1 },
  { value: 'Données', count: 2 },
  { value: 'Design', count: 0 },
];

describe('<mip-tag-filter>', () => {
  describe('Accessibility', () => {
    it('is a named group of toggle buttons with no axe violation', async () => {
      const element = await fixture<MipTagFilter>(html`<mip-tag-filter .options=${options} .value=${['Données']}></mip-tag-filter>`);
      const page = new TagFilterObject(element);
      expect(page.label()).to.equal('Thématiques');
      expect(page.options()).to.deep.equal([
        { name: 'API', count: 1, pressed: false },
        { name: 'Données', count: 2, pressed: true },
        { name: 'Design', count: 0, pressed: false },
      ]);
      expect(page.buttons()[1]!.textContent!.replace(/\s+/g, ' ')).to.contain('2 événements');
      await expect(element).to.be.accessible();
    });
  });

  describe('Alone', () => {
    it('toggles with the keyboard and fires change with its value', async () => {
      const element = await fixture<MipTagFilter>(html`<mip-tag-filter label="Thèmes" .options=${options}></mip-tag-filter>`);
      const page = new TagFilterObject(element);
      expect(page.label()).to.equal('Thèmes');
      page.buttons()[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(page.buttons()[1]);
      const change = oneEvent(element, 'change');
      await sendKeys({ press: 'Space' });
      await change;
      expect(element.value).to.deep.equal(['Données']);
      await element.updateComplete;
      expect(page.pressed()).to.deep.equal(['Données']);
      await sendKeys({ press: 'Enter' });
      expect(element.value).to.deep.equal([]);
    });

    it('names attendance options in the visitor’s language', async () => {
      const element = await fixture<MipTagFilter>(
        html`<mip-tag-filter lang="en" field="attendance" .options=${[{ value: 'online', count: 3 }, { value: 'in-person', count: 1 }]}></mip-tag-filter>`,
      );
      const page = new TagFilterObject(element);
      expect(page.label()).to.equal('Attendance');
      expect(page.options().map((option) => option.name)).to.deep.equal(['Online', 'In person']);
    });
  });

  describe('With `for`', () => {
    it('drives an agenda that appears later, with its options and counts', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div><mip-tag-filter for="later" field="organizer"></mip-tag-filter></div>`);
      const filter = holder.querySelector('mip-tag-filter')!;
      const page = new TagFilterObject(filter);
      expect(page.buttons()).to.have.length(0);
      const agenda = document.createElement('mip-agenda') as MipAgenda;
      agenda.id = 'later';
      agenda.now = before;
      agenda.setAttribute('filter-organizer', 'etalab');
      const settled = nextSettle(agenda);
      agenda.feed = programmeFeed;
      holder.append(agenda);
      await settled;
      await waitUntil(() => page.buttons().length === 3);
      expect(page.options()).to.deep.equal([
        { name: 'DINUM', count: 3, pressed: false },
        { name: 'Etalab', count: 2, pressed: true },
        { name: 'Préfecture de la Réunion', count: 1, pressed: false },
      ]);
      const change = oneEvent(agenda, 'mip-filter-change');
      page.button('DINUM')!.click();
      const { detail } = await change;
      expect(detail.filters.organizer).to.deep.equal(['etalab', 'DINUM']);
      expect(detail.count).to.equal(5);
      const titles = Object.values(new AgendaObject(agenda).titlesByDay()).flat();
      expect(new Set(titles).size).to.equal(5);
      await filter.updateComplete;
      expect(page.pressed()).to.deep.equal(['DINUM', 'Etalab']);
      await expect(filter).to.be.accessible();
    });

    it('follows its target when the host changes the target’s filters', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div>
        <mip-tag-filter for="agenda-b"></mip-tag-filter>
        <mip-agenda id="agenda-b" .now=${before} .feed=${programmeFeed}></mip-agenda>
      </div>`);
      const filter = holder.querySelector('mip-tag-filter')!;
      const agenda = holder.querySelector('mip-agenda')!;
      await waitUntil(() => new TagFilterObject(filter).buttons().length > 0);
      agenda.filterTag = 'Design';
      await agenda.updateComplete;
      await filter.updateComplete;
      expect(new TagFilterObject(filter).pressed()).to.deep.equal(['Design']);
    });
  });
});
