import type { Strings } from './strings.ts';

const plural = new Intl.PluralRules('en-GB');

export const en: Strings = {
  lang: 'en',
  loading: 'Loading the programme…',
  retry: 'Try again',
  loadError: (cause, status) => {
    switch (cause) {
      case 'network':
        return 'The programme could not be loaded: the server cannot be reached or refuses access from this site.';
      case 'http':
        return `The programme could not be loaded (server error ${status ?? 'HTTP'}).`;
      case 'timeout':
        return 'The programme is taking too long to arrive.';
      case 'parse':
        return 'The programme received cannot be read (it is not JSON).';
      case 'shape':
        return 'The programme received is not in the expected form (no list of events).';
      case 'version':
        return 'The programme received is in a newer version than this component can read.';
    }
  },
  noEvents: 'No events to show.',
  eventsFound: (count) =>
    count === 0 ? 'No events' : `${count} ${plural.select(count) === 'one' ? 'event' : 'events'}`,
  agendaLabel: 'Programme',
  online: 'Online',
  hybrid: 'On site and online',
  allDay: 'All day',
  until: (day) => `until ${day}`,
  localTime: (time, zoneName) => `${time} local time (${zoneName})`,
  register: 'Register',
  moreInformation: 'More information',
  status: { cancelled: 'Cancelled', postponed: 'Postponed', 'moved-online': 'Now online', full: 'Full' },
};
