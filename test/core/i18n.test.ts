import { expect } from '@open-wc/testing';
import { calendarStringsFor } from '../../src/i18n/calendar.ts';
import { stringsFor } from '../../src/i18n/index.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** Every French text: the strings, and the functions' answers for 0, 1 and 2. */
function frenchTexts(): string[] {
  const strings = stringsFor('fr');
  const texts = ['network', 'http', 'timeout', 'parse', 'shape', 'version'].map((cause) =>
    strings.loadError(cause as Parameters<typeof strings.loadError>[0], 404),
  );
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') [0, 1, 2].forEach((n) => walk((value as (...args: unknown[]) => unknown)(n, n)));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(strings);
  walk(calendarStringsFor('fr'));
  return texts;
}

describe('i18n', () => {
  describe('French typography', () => {
    it('puts U+00A0 before a colon, U+202F before ; ! ? and inside « », in every French text', () => {
      const texts = frenchTexts();
      expect(texts.filter((text) => text.includes(':')).length, 'texts with a colon').to.be.greaterThan(5);
      for (const text of texts) expect(text, text).not.to.match(/(?<!\u00A0):|(?<!\u202F)[;!?»]|«(?!\u202F)/);
    });

    it('writes the colons and guillemets a visitor reads with their no-break spaces', () => {
      const fr = stringsFor('fr');
      expect(fr.audience('agents, élus')).to.equal(`Public${NBSP}: agents, élus`);
      expect(fr.track('Données')).to.equal(`Parcours${NBSP}: Données`);
      expect(fr.forEvent('Atelier')).to.equal(`${NBSP}: Atelier`);
      expect(fr.copyThisLink).to.equal(`Copiez ce lien${NBSP}:`);
      expect(fr.myProgrammeEmpty).to.equal(
        `Votre programme est vide${NBSP}: ajoutez-y des événements avec leur bouton «${NNBSP}Mon programme${NNBSP}».`,
      );
    });
  });

  describe('counts', () => {
    const fr = stringsFor('fr');
    const en = stringsFor('en');
    const frCalendar = calendarStringsFor('fr');
    const enCalendar = calendarStringsFor('en');
    // French never splits a count from its noun.
    const cases: [string, (count: number) => string, [string, string, string]][] = [
      ['fr exportShown', fr.exportShown, [
        'Aucun événement à ajouter à mon agenda (.ics)',
        'Ajouter cet événement à mon agenda (.ics)',
        `Ajouter ces 2${NBSP}événements à mon agenda (.ics)`,
      ]],
      ['en exportShown', en.exportShown, [
        'No events to add to my calendar (.ics)',
        'Add this event to my calendar (.ics)',
        'Add these 2 events to my calendar (.ics)',
      ]],
      ['fr showMore', fr.showMore, [
        'Aucun autre événement à afficher',
        `Afficher plus d’événements (1${NBSP}restant)`,
        `Afficher plus d’événements (2${NBSP}restants)`,
      ]],
      ['en showMore', en.showMore, ['No more events to show', 'Show more events (1 left)', 'Show more events (2 left)']],
      ['fr sharedSelection', fr.sharedSelection, [
        `Programme partagé${NBSP}: aucun des événements choisis n’est au programme.`,
        `Programme partagé${NBSP}: 1${NBSP}événement choisi.`,
        `Programme partagé${NBSP}: 2${NBSP}événements choisis.`,
      ]],
      ['en sharedSelection', en.sharedSelection, [
        'Shared programme: none of the chosen events is in the programme.',
        'Shared programme: 1 event chosen.',
        'Shared programme: 2 events chosen.',
      ]],
      ['fr optionCount', fr.optionCount, ['aucun événement', `1${NBSP}événement`, `2${NBSP}événements`]],
      ['en optionCount', en.optionCount, ['no events', '1 event', '2 events']],
      ['fr filtersToggle', fr.filtersToggle, ['Filtres', `Filtres (1${NBSP}actif)`, `Filtres (2${NBSP}actifs)`]],
      ['en filtersToggle', en.filtersToggle, ['Filters', 'Filters (1 active)', 'Filters (2 active)']],
      ['fr resultCount', fr.resultCount, ['Aucun événement trouvé', `1${NBSP}événement trouvé`, `2${NBSP}événements trouvés`]],
      ['en resultCount', en.resultCount, ['No events found', '1 event found', '2 events found']],
      ['fr eventsFound', fr.eventsFound, ['Aucun événement', `1${NBSP}événement`, `2${NBSP}événements`]],
      ['en eventsFound', en.eventsFound, ['No events', '1 event', '2 events']],
      ['fr calendar eventCount', frCalendar.eventCount, ['aucun événement', `1${NBSP}événement`, `2${NBSP}événements`]],
      ['en calendar eventCount', enCalendar.eventCount, ['no events', '1 event', '2 events']],
    ];
    for (const [name, count, [zero, one, two]] of cases) {
      it(`${name}: its own words for 0, then 1, then 2`, () => {
        expect(count(0)).to.equal(zero);
        expect(count(1)).to.equal(one);
        expect(count(2)).to.equal(two);
      });
    }
  });
});
