import type { FeedInput } from '../../src/core/types.ts';

/** A small edition with every kind of filter value: two organisers, places, attendances, statuses. */
export const programmeFeed: FeedInput = {
  version: 1,
  title: 'Mois de l’innovation publique 2026',
  start: '2026-11-02',
  end: '2026-11-30',
  timeZone: 'Europe/Paris',
  events: [
    {
      id: 'donnees',
      title: 'Atelier données ouvertes',
      start: '2026-11-05T14:00:00',
      end: '2026-11-05T16:00:00',
      tags: ['Données', 'API'],
      formats: ['Atelier'],
      organizer: { name: 'DINUM' },
      attendance: 'in-person',
      location: { name: 'Ségur', city: 'Paris', region: 'Île-de-France' },
      registrationUrl: 'https://example.org/inscription',
      free: true,
      accessibility: ['wheelchair'],
      description: 'Un **atelier** pour *tous*.\n\n- ouvrir\n- partager\n\n[Le site](https://example.org) et [pas ça](javascript:alert(1))',
    },
    {
      id: 'ia',
      title: 'Webinaire intelligence artificielle',
      start: '2026-11-17T10:00:00',
      end: '2026-11-17T11:00:00',
      tags: ['Intelligence artificielle'],
      formats: ['Webinaire'],
      organizer: { name: 'Etalab' },
      attendance: 'online',
    },
    {
      id: 'design',
      title: 'Conférence design des politiques publiques',
      start: '2026-11-18T09:30:00',
      end: '2026-11-18T12:00:00',
      tags: ['Design'],
      formats: ['Conférence'],
      organizer: { name: 'DINUM' },
      attendance: 'hybrid',
      location: { city: 'Lyon', region: 'Auvergne-Rhône-Alpes' },
      status: 'full',
    },
    {
      id: 'cafe',
      title: 'Café numérique',
      start: '2026-11-16T17:00:00',
      sessions: [{ start: '2026-11-16T17:00:00' }, { start: '2026-11-20T17:00:00' }],
      tags: ['Données'],
      formats: ['Rencontre'],
      organizer: { name: 'Etalab' },
      attendance: 'online',
    },
    {
      id: 'appel',
      title: 'Appel à idées',
      start: '2026-11-02',
      end: '2026-11-30',
      tags: ['Services publics'],
      formats: ['Appel à idées'],
      organizer: { name: 'DINUM' },
      attendance: 'online',
    },
    {
      id: 'annule',
      title: 'Table ronde annulée',
      start: '2026-11-19T14:00:00',
      tags: ['Design'],
      formats: ['Table ronde'],
      organizer: { name: 'Préfecture de la Réunion' },
      attendance: 'in-person',
      location: { city: 'Saint-Denis', region: 'La Réunion' },
      timeZone: 'Indian/Reunion',
      status: 'cancelled',
    },
  ],
};

/** An instant during the edition: 18 November 2026, noon in Paris. */
export const during = Date.UTC(2026, 10, 18, 11);
/** Before the edition. */
export const before = Date.UTC(2026, 9, 1);
