import type { Strings } from './strings.ts';
import { NBSP, NNBSP } from './typography.ts';

// French counts 0 as 'one' ("0 événement"): every count below words 0 apart.
const plural = new Intl.PluralRules('fr');

/** `count` and its noun, singular or plural, never split across lines. */
const counted = (count: number, one: string, other: string) => `${count}${NBSP}${plural.select(count) === 'one' ? one : other}`;

export const fr: Strings = {
  lang: 'fr',
  loading: 'Chargement du programme…',
  retry: 'Réessayer',
  loadError: (cause, status) => {
    switch (cause) {
      case 'network':
        return `Le programme n’a pas pu être chargé${NBSP}: le serveur est injoignable ou refuse l’accès depuis ce site.`;
      case 'http':
        return `Le programme n’a pas pu être chargé (erreur ${status ?? 'HTTP'} du serveur).`;
      case 'timeout':
        return 'Le programme met trop de temps à arriver.';
      case 'parse':
        return 'Le programme reçu est illisible (ce n’est pas du JSON).';
      case 'shape':
        return 'Le programme reçu n’a pas la forme attendue (aucune liste d’événements).';
      case 'version':
        return 'Le programme reçu est dans une version plus récente que ce composant ne sait lire.';
    }
  },
  noEvents: 'Aucun événement à afficher.',
  eventsFound: (count) =>
    count === 0 ? 'Aucun événement' : counted(count, 'événement', 'événements'),
  agendaLabel: 'Programme',
  online: 'En ligne',
  hybrid: 'Sur place et en ligne',
  allDay: 'Toute la journée',
  until: (day) => `jusqu’au ${day}`,
  localTime: (time, zoneName) => `${time}, heure locale (${zoneName})`,
  register: 'S’inscrire',
  moreInformation: 'Plus d’informations',
  status: { cancelled: 'Annulé', postponed: 'Reporté', 'moved-online': 'En ligne désormais', full: 'Complet' },

  filtersLabel: 'Filtrer les événements',
  filtersToggle: (active) => (active ? `Filtres (${counted(active, 'actif', 'actifs')})` : 'Filtres'),
  search: 'Rechercher',
  searchHint: 'Titre, thème, lieu, organisateur… Tous les mots doivent correspondre.',
  field: { tag: 'Thématiques', format: 'Formats', organizer: 'Organisateurs', region: 'Régions et villes', attendance: 'Participation' },
  attendance: { online: 'En ligne', 'in-person': 'Sur place', hybrid: 'Hybride' },
  optionCount: (count) =>
    count === 0 ? 'aucun événement' : counted(count, 'événement', 'événements'),
  dates: 'Dates',
  from: 'Du',
  to: 'Au',
  hidePast: 'Masquer les événements passés',
  clearFilters: 'Effacer tous les filtres',
  noResults: 'Aucun événement ne correspond à ces critères.',
  resultCount: (count) =>
    count === 0 ? 'Aucun événement trouvé' : counted(count, 'événement trouvé', 'événements trouvés'),
  view: 'Affichage',
  viewList: 'Liste',
  viewMonth: 'Mois',

  showMore: (remaining) =>
    remaining === 0
      ? 'Aucun autre événement à afficher'
      : `Afficher plus d’événements (${counted(remaining, 'restant', 'restants')})`,
  showMoreDates: 'Afficher les autres dates',
  details: 'Détails',
  organizedBy: (name) => `Organisé par ${name}`,
  free: 'Entrée libre',
  registrationRequired: 'Inscription obligatoire',
  accessibility: (feature) =>
    ({
      wheelchair: 'Accessible en fauteuil roulant',
      'sign-language': 'Interprétation en langue des signes (LSF)',
      'hearing-loop': 'Boucle magnétique',
      captions: 'Sous-titrage',
      'easy-read': 'Facile à lire et à comprendre (FALC)',
    })[feature] ?? feature,
  audience: (list) => `Public${NBSP}: ${list}`,
  forEvent: (title) => `${NBSP}: ${title}`,
  sessions: 'Séances',
  track: (title) => `Parcours${NBSP}: ${title}`,
  joinOnline: 'Rejoindre en ligne',
  opensNewWindow: 'nouvelle fenêtre',
  myProgramme: 'Mon programme',
  addToCalendar: 'Ajouter à mon agenda',
  calendarFile: 'Fichier agenda (.ics)',
  googleCalendar: 'Google Agenda',
  outlookCalendar: 'Outlook',
  shareEvent: 'Partager le lien',
  linkCopied: 'Lien copié dans le presse-papiers.',
  linkShared: 'Lien partagé.',
  copyThisLink: `Copiez ce lien${NBSP}:`,
  takeHomeLabel: 'Emporter le programme',
  exportShown: (count) =>
    count === 0
      ? 'Aucun événement à ajouter à mon agenda (.ics)'
      : `Ajouter ${plural.select(count) === 'one' ? 'cet événement' : `ces ${count}${NBSP}événements`} à mon agenda (.ics)`,
  shareView: 'Partager cette sélection',
  sharedSelection: (count) =>
    count === 0
      ? `Programme partagé${NBSP}: aucun des événements choisis n’est au programme.`
      : `Programme partagé${NBSP}: ${counted(count, 'événement choisi', 'événements choisis')}.`,
  keepShared: 'Les ajouter à mon programme',
  showEverything: 'Voir tout le programme',
  myProgrammeEmpty: `Votre programme est vide${NBSP}: ajoutez-y des événements avec leur bouton «${NNBSP}Mon programme${NNBSP}».`,
};
