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

  filtersLabel: 'Filter events',
  filtersToggle: (active) => (active ? `Filters (${active} active)` : 'Filters'),
  search: 'Search',
  searchHint: 'Title, theme, place, organiser… Every word must match.',
  field: { tag: 'Themes', format: 'Formats', organizer: 'Organisers', region: 'Regions and cities', attendance: 'Attendance' },
  attendance: { online: 'Online', 'in-person': 'In person', hybrid: 'Hybrid' },
  optionCount: (count) => (count === 0 ? 'no events' : `${count} ${plural.select(count) === 'one' ? 'event' : 'events'}`),
  dates: 'Dates',
  from: 'From',
  to: 'To',
  hidePast: 'Hide past events',
  clearFilters: 'Clear all filters',
  noResults: 'No events match these criteria.',
  resultCount: (count) => (count === 0 ? 'No events found' : `${count} ${plural.select(count) === 'one' ? 'event' : 'events'} found`),
  view: 'View',
  viewList: 'List',
  viewMonth: 'Month',

  showMore: (remaining) => (remaining === 0 ? 'No more events to show' : `Show more events (${remaining} left)`),
  showMoreDates: 'Show the other dates',
  details: 'Details',
  organizedBy: (name) => `Organised by ${name}`,
  free: 'Free entry',
  registrationRequired: 'Registration required',
  accessibility: (feature) =>
    ({
      wheelchair: 'Wheelchair accessible',
      'sign-language': 'Sign language interpreting',
      'hearing-loop': 'Hearing loop',
      captions: 'Captions',
      'easy-read': 'Easy read',
    })[feature] ?? feature,
  audience: (list) => `Audience: ${list}`,
  forEvent: (title) => `: ${title}`,
  sessions: 'Sessions',
  track: (title) => `Track: ${title}`,
  joinOnline: 'Join online',
  opensNewWindow: 'opens in a new window',
  myProgramme: 'My programme',
  addToCalendar: 'Add to my calendar',
  calendarFile: 'Calendar file (.ics)',
  googleCalendar: 'Google Calendar',
  outlookCalendar: 'Outlook',
  shareEvent: 'Share the link',
  linkCopied: 'Link copied to the clipboard.',
  linkShared: 'Link shared.',
  copyThisLink: 'Copy this link:',
  takeHomeLabel: 'Take the programme home',
  exportShown: (count) =>
    count === 0
      ? 'No events to add to my calendar (.ics)'
      : `Add ${plural.select(count) === 'one' ? 'this event' : `these ${count} events`} to my calendar (.ics)`,
  shareView: 'Share this view',
  sharedSelection: (count) =>
    count === 0
      ? 'Shared programme: none of the chosen events is in the programme.'
      : `Shared programme: ${count} ${plural.select(count) === 'one' ? 'event' : 'events'} chosen.`,
  keepShared: 'Add them to my programme',
  showEverything: 'Show the whole programme',
  myProgrammeEmpty: 'Your programme is empty: add events to it with their “My programme” button.',
};
