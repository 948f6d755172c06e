/**
 * A deterministic, seeded generator of large, realistic programme feeds (v1)
 * for tests, Storybook stories and benchmarks.
 *
 * Pure TypeScript with no DOM, no Node API and no dependency: it runs
 * unchanged in a browser (Vite, Web Test Runner) and in Node (`tsx`).
 *
 * - The same options always give byte-identical output.
 * - Event number `n` (id `gen-YEAR-0000n`) only depends on `seed`, `year`
 *   and `n`, not on `count`: a feed of 100 events holds exactly the first
 *   100 ids of a feed of 10 000.
 * - No Date arithmetic that depends on the machine's zone: date strings are
 *   built from numbers; the weekday of a November day comes from
 *   `Date.UTC(...).getUTCDay()` only. Every November 2–30 is outside daylight
 *   saving time in Europe/Paris and none of the overseas zones has any, so
 *   fixed UTC offsets are exact for ordering events.
 */
import type { EventInput, FeedInput } from '../src/core/types.ts';

export interface GenerateOptions {
  /** Number of events (a non-negative integer). */
  count: number;
  /** PRNG seed (any integer, taken modulo 2^32); default 2026. */
  seed?: number;
  /** Edition year; default 2026. */
  year?: number;
}

// ---------------------------------------------------------------------------
// Seeded randomness

type Rng = () => number;

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed: number): Rng {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes the seed and an event number into an independent 32-bit stream seed. */
function mix(seed: number, n: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul((n + 0x6a09e667) | 0, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

interface Weighted<T> {
  items: readonly T[];
  cumulative: readonly number[];
  total: number;
}

function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  return { items, cumulative, total };
}

function draw<T>(rng: Rng, table: Weighted<T>): T {
  const r = rng() * table.total;
  const { cumulative, items } = table;
  for (let i = 0; i < cumulative.length; i++) if (r < cumulative[i]!) return items[i]!;
  return items[items.length - 1]!;
}

/** `k` distinct items drawn from a weighted table (k is small). */
function drawDistinct<T>(rng: Rng, table: Weighted<T>, k: number): T[] {
  const out: T[] = [];
  for (let guard = 0; out.length < k && guard < 50; guard++) {
    const item = draw(rng, table);
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Reference data: regions, cities, organisers, formats, themes

interface City { name: string; postalCode: string }
interface Region {
  name: string;
  /** IANA zone for the overseas regions; metropolitan ones use the feed's. */
  timeZone?: string;
  /** Fixed UTC offset in November, in minutes (for ordering only). */
  offset: number;
  cities: Weighted<City>;
}

const PARIS_OFFSET = 60;

function region(name: string, cities: [string, string][], timeZone?: string, offset = PARIS_OFFSET): Region {
  // The first city (the regional capital) is the most frequent.
  const entries = cities.map(([city, postalCode], i) => [{ name: city, postalCode }, i === 0 ? 4 : i < 3 ? 2 : 1] as const);
  return { name, timeZone, offset, cities: weighted(entries) };
}

const IDF = region('Île-de-France', [
  ['Paris', '75011'], ['Saint-Denis', '93200'], ['Montreuil', '93100'], ['Nanterre', '92000'],
  ['Boulogne-Billancourt', '92100'], ['Issy-les-Moulineaux', '92130'], ['Versailles', '78000'],
  ['Créteil', '94000'], ['Évry-Courcouronnes', '91000'], ['Cergy', '95000'], ['Melun', '77000'],
]);

const REGIONS = weighted<Region>([
  [IDF, 24],
  [region('Auvergne-Rhône-Alpes', [['Lyon', '69003'], ['Grenoble', '38000'], ['Clermont-Ferrand', '63000'], ['Saint-Étienne', '42000'], ['Annecy', '74000'], ['Chambéry', '73000'], ['Valence', '26000']]), 8],
  [region('Bourgogne-Franche-Comté', [['Dijon', '21000'], ['Besançon', '25000'], ['Auxerre', '89000'], ['Mâcon', '71000'], ['Belfort', '90000'], ['Nevers', '58000']]), 4],
  [region('Bretagne', [['Rennes', '35000'], ['Brest', '29200'], ['Quimper', '29000'], ['Vannes', '56000'], ['Lorient', '56100'], ['Saint-Brieuc', '22000']]), 6],
  [region('Centre-Val de Loire', [['Orléans', '45000'], ['Tours', '37000'], ['Bourges', '18000'], ['Blois', '41000'], ['Chartres', '28000'], ['Châteauroux', '36000']]), 4],
  [region('Corse', [['Ajaccio', '20000'], ['Bastia', '20200'], ['Corte', '20250'], ['Porto-Vecchio', '20137']]), 1.5],
  [region('Grand Est', [['Strasbourg', '67000'], ['Metz', '57000'], ['Nancy', '54000'], ['Reims', '51100'], ['Mulhouse', '68100'], ['Châlons-en-Champagne', '51000'], ['Troyes', '10000']]), 6],
  [region('Hauts-de-France', [['Lille', '59000'], ['Amiens', '80000'], ['Roubaix', '59100'], ['Arras', '62000'], ['Valenciennes', '59300'], ['Beauvais', '60000'], ['Dunkerque', '59140']]), 6],
  [region('Normandie', [['Rouen', '76000'], ['Caen', '14000'], ['Le Havre', '76600'], ['Cherbourg-en-Cotentin', '50100'], ['Évreux', '27000'], ['Alençon', '61000']]), 4.5],
  [region('Nouvelle-Aquitaine', [['Bordeaux', '33000'], ['Limoges', '87000'], ['Poitiers', '86000'], ['La Rochelle', '17000'], ['Pau', '64000'], ['Bayonne', '64100'], ['Périgueux', '24000']]), 7],
  [region('Occitanie', [['Toulouse', '31000'], ['Montpellier', '34000'], ['Nîmes', '30000'], ['Perpignan', '66000'], ['Albi', '81000'], ['Rodez', '12000'], ['Tarbes', '65000']]), 7],
  [region('Pays de la Loire', [['Nantes', '44000'], ['Angers', '49000'], ['Le Mans', '72000'], ['Saint-Nazaire', '44600'], ['Laval', '53000'], ['La Roche-sur-Yon', '85000']]), 5],
  [region("Provence-Alpes-Côte d'Azur", [['Marseille', '13002'], ['Nice', '06000'], ['Toulon', '83000'], ['Aix-en-Provence', '13100'], ['Avignon', '84000'], ['Gap', '05000'], ['Digne-les-Bains', '04000']]), 6],
  [region('Guadeloupe', [['Basse-Terre', '97100'], ['Pointe-à-Pitre', '97110'], ['Les Abymes', '97139'], ['Baie-Mahault', '97122'], ['Le Gosier', '97190']], 'America/Guadeloupe', -240), 1.6],
  [region('Martinique', [['Fort-de-France', '97200'], ['Le Lamentin', '97232'], ['Schœlcher', '97233'], ['Le Robert', '97231']], 'America/Martinique', -240), 1.5],
  [region('Guyane', [['Cayenne', '97300'], ['Kourou', '97310'], ['Saint-Laurent-du-Maroni', '97320'], ['Matoury', '97351'], ['Rémire-Montjoly', '97354']], 'America/Cayenne', -180), 1.2],
  [region('La Réunion', [['Saint-Denis', '97400'], ['Saint-Pierre', '97410'], ['Saint-Paul', '97460'], ['Le Port', '97420'], ['Le Tampon', '97430']], 'Indian/Reunion', 240), 2],
  [region('Mayotte', [['Mamoudzou', '97600'], ['Dzaoudzi', '97615'], ['Koungou', '97690'], ['Sada', '97640']], 'Indian/Mayotte', 180), 1],
]);

/** A few well-known Paris venues, used for about half of the events in Paris. */
const PARIS_VENUES: readonly { name: string; address: string; postalCode: string }[] = [
  { name: 'Centre de conférences Ségur-Fontenoy', address: '20 avenue de Ségur', postalCode: '75007' },
  { name: 'Centre de conférences Pierre Mendès France', address: '139 rue de Bercy', postalCode: '75012' },
  { name: 'Station F', address: '5 parvis Alan-Turing', postalCode: '75013' },
  { name: "Cité des sciences et de l'industrie", address: '30 avenue Corentin-Cariou', postalCode: '75019' },
  { name: 'Maison de la Mutualité', address: '24 rue Saint-Victor', postalCode: '75005' },
  { name: 'Hôtel de Ville de Paris', address: "Place de l'Hôtel-de-Ville", postalCode: '75004' },
];

const VENUES: readonly ((city: string) => string)[] = [
  (c) => `Hôtel de ville de ${c}`,
  (c) => `Médiathèque de ${c}`,
  (c) => `Maison France services de ${c}`,
  (c) => `Centre de congrès de ${c}`,
  () => 'Tiers-lieu La Fabrique',
  () => 'Tiers-lieu Le Hub',
  () => "Maison de l'innovation publique",
  () => 'Espace Simone-Veil',
  () => 'Salle du conseil',
  () => 'Campus numérique',
  () => 'Archives départementales',
  () => 'Préfecture, salle des fêtes',
];

const STREETS: readonly string[] = [
  'rue de la République', 'avenue Jean-Jaurès', 'boulevard Victor-Hugo', 'rue Nationale',
  'place de la Mairie', 'rue du Général-de-Gaulle', 'avenue de la Libération', 'rue Pasteur',
  'rue Gambetta', 'rue Jules-Ferry', 'allée des Tilleuls', 'quai des Arts', 'rue Victor-Schœlcher',
  'boulevard de la Liberté', 'rue des Écoles',
];

interface Organizer { name: string; url?: string; region?: string }

/** National organisers: anywhere, mostly Paris, often online. Weighted. */
const NATIONAL = weighted<Organizer>([
  [{ name: 'DINUM', url: 'https://www.numerique.gouv.fr' }, 10],
  [{ name: 'DITP', url: 'https://www.modernisation.gouv.fr' }, 9],
  [{ name: 'beta.gouv.fr', url: 'https://beta.gouv.fr' }, 5],
  [{ name: 'Agence nationale de la cohésion des territoires', url: 'https://agence-cohesion-territoires.gouv.fr' }, 4],
  [{ name: 'France Travail', url: 'https://www.francetravail.fr' }, 4],
  [{ name: 'Urssaf', url: 'https://www.urssaf.fr' }, 3],
  [{ name: 'Caisse nationale des allocations familiales', url: 'https://www.caf.fr' }, 2],
  [{ name: 'Assurance Maladie', url: 'https://www.ameli.fr' }, 2],
  [{ name: 'Direction générale des finances publiques' }, 2],
  [{ name: 'ANSSI', url: 'https://cyber.gouv.fr' }, 2],
  [{ name: 'CNFPT', url: 'https://www.cnfpt.fr' }, 3],
  [{ name: "Direction générale de l'administration et de la fonction publique" }, 2],
  [{ name: 'Ademe', url: 'https://www.ademe.fr' }, 1.5],
  [{ name: 'Cerema', url: 'https://www.cerema.fr' }, 1.5],
  [{ name: "110 bis, le lab d'innovation de l'Éducation nationale" }, 2],
  [{ name: 'Bercy Hub, ministères économiques et financiers' }, 2],
  [{ name: 'Fabrique numérique des ministères de la Transition écologique' }, 2],
  [{ name: "Lab d'innovation du ministère de l'Intérieur" }, 1.5],
  [{ name: "Laboratoire d'innovation du ministère de la Justice" }, 1],
  [{ name: 'La 27e Région', url: 'https://www.la27eregion.fr' }, 1.5],
]);

/** Regional organisers, each tied to one region. */
const REGIONAL: readonly Organizer[] = [
  { name: 'Ville de Paris', url: 'https://www.paris.fr', region: 'Île-de-France' },
  { name: 'Région Île-de-France', url: 'https://www.iledefrance.fr', region: 'Île-de-France' },
  { name: 'Département de la Seine-Saint-Denis', region: 'Île-de-France' },
  { name: 'AP-HP', url: 'https://www.aphp.fr', region: 'Île-de-France' },
  { name: 'Région Auvergne-Rhône-Alpes', url: 'https://www.auvergnerhonealpes.fr', region: 'Auvergne-Rhône-Alpes' },
  { name: 'Ville de Lyon', url: 'https://www.lyon.fr', region: 'Auvergne-Rhône-Alpes' },
  { name: 'Région Bourgogne-Franche-Comté', region: 'Bourgogne-Franche-Comté' },
  { name: 'Préfecture de la région Bourgogne-Franche-Comté', region: 'Bourgogne-Franche-Comté' },
  { name: "Ti Lab, laboratoire régional d'innovation publique", region: 'Bretagne' },
  { name: 'Région Bretagne', url: 'https://www.bretagne.bzh', region: 'Bretagne' },
  { name: 'Région Centre-Val de Loire', region: 'Centre-Val de Loire' },
  { name: 'Collectivité de Corse', url: 'https://www.isula.corsica', region: 'Corse' },
  { name: 'Préfecture de Corse', region: 'Corse' },
  { name: 'Région Grand Est', url: 'https://www.grandest.fr', region: 'Grand Est' },
  { name: 'Eurométropole de Strasbourg', region: 'Grand Est' },
  { name: "Collectivité européenne d'Alsace", region: 'Grand Est' },
  { name: 'Région Hauts-de-France', url: 'https://www.hautsdefrance.fr', region: 'Hauts-de-France' },
  { name: 'Département du Nord', region: 'Hauts-de-France' },
  { name: 'CHU de Lille', region: 'Hauts-de-France' },
  { name: 'Région Normandie', url: 'https://www.normandie.fr', region: 'Normandie' },
  { name: 'Préfecture de la Seine-Maritime', region: 'Normandie' },
  { name: 'Région Nouvelle-Aquitaine', url: 'https://www.nouvelle-aquitaine.fr', region: 'Nouvelle-Aquitaine' },
  { name: 'Département de la Gironde', url: 'https://www.gironde.fr', region: 'Nouvelle-Aquitaine' },
  { name: 'CHU de Bordeaux', region: 'Nouvelle-Aquitaine' },
  { name: 'Région Occitanie', url: 'https://www.laregion.fr', region: 'Occitanie' },
  { name: 'Toulouse Métropole', region: 'Occitanie' },
  { name: 'Nantes Métropole', url: 'https://metropole.nantes.fr', region: 'Pays de la Loire' },
  { name: 'Région Sud', url: 'https://www.maregionsud.fr', region: "Provence-Alpes-Côte d'Azur" },
  { name: 'Ville de Marseille', region: "Provence-Alpes-Côte d'Azur" },
  { name: 'Région Guadeloupe', url: 'https://www.regionguadeloupe.fr', region: 'Guadeloupe' },
  { name: 'Préfecture de la Guadeloupe', region: 'Guadeloupe' },
  { name: 'Collectivité territoriale de Martinique', region: 'Martinique' },
  { name: 'Préfecture de la Martinique', region: 'Martinique' },
  { name: 'Collectivité territoriale de Guyane', region: 'Guyane' },
  { name: 'Préfecture de la Guyane', region: 'Guyane' },
  { name: 'Région Réunion', url: 'https://regionreunion.com', region: 'La Réunion' },
  { name: 'Préfecture de La Réunion', region: 'La Réunion' },
  { name: 'CHU de La Réunion', region: 'La Réunion' },
  { name: 'Département de Mayotte', region: 'Mayotte' },
  { name: 'Préfecture de Mayotte', region: 'Mayotte' },
];

const REGIONAL_BY_REGION = new Map<string, Organizer[]>();
for (const org of REGIONAL) {
  const list = REGIONAL_BY_REGION.get(org.region!) ?? [];
  list.push(org);
  REGIONAL_BY_REGION.set(org.region!, list);
}

interface Format { name: string; /** With its article: "un atelier". */ a: string }
const F = (name: string, a: string): Format => ({ name, a });
const WEBINAIRE = F('Webinaire', 'un webinaire');
const ATELIER = F('Atelier', 'un atelier');
const CONFERENCE = F('Conférence', 'une conférence');
const TABLE_RONDE = F('Table ronde', 'une table ronde');
const HACKATHON = F('Hackathon', 'un hackathon');
const SIMPLIFICATHON = F('Simplificathon', 'un simplificathon');
const PORTES_OUVERTES = F('Portes ouvertes', 'des portes ouvertes');
const FORMATION = F('Formation', 'une formation');
const MEETUP = F('Meetup', 'un meetup');
const DEMO = F('Démo', 'une démo');
const RETEX = F('Retex', 'un retex');
const DEBAT = F('Débat citoyen', 'un débat citoyen');
const PODCAST = F('Podcast', "l'enregistrement d'un podcast");
const SERIOUS_GAME = F('Serious game', 'un serious game');
const VISITE = F('Visite', 'une visite');
const FORUM = F('Forum', 'un forum');

const ONLINE_FORMATS = weighted<Format>([
  [WEBINAIRE, 12], [CONFERENCE, 3], [TABLE_RONDE, 3], [ATELIER, 3], [FORMATION, 2],
  [DEMO, 2], [RETEX, 2], [PODCAST, 1], [MEETUP, 1], [DEBAT, 0.7],
]);
const ONSITE_FORMATS = weighted<Format>([
  [ATELIER, 8], [CONFERENCE, 5], [TABLE_RONDE, 4], [HACKATHON, 1], [SIMPLIFICATHON, 1],
  [PORTES_OUVERTES, 2], [FORMATION, 3], [MEETUP, 3], [DEMO, 2], [RETEX, 2], [DEBAT, 2],
  [SERIOUS_GAME, 1.5], [VISITE, 1.5], [FORUM, 1], [PODCAST, 0.5],
]);
const LONG_FORMATS = weighted<Format>([
  [HACKATHON, 3], [SIMPLIFICATHON, 2], [PORTES_OUVERTES, 3], [FORUM, 2], [FORMATION, 2], [ATELIER, 1],
]);
const SERIES_FORMATS = weighted<Format>([
  [FORMATION, 3], [WEBINAIRE, 3], [ATELIER, 2], [VISITE, 1], [PODCAST, 1],
]);

interface Theme {
  tag: string;
  /** Infinitive phrases, lower case: "simplifier les démarches…". */
  verbs: readonly string[];
  /** Noun phrases, capitalised. */
  nouns: readonly string[];
}

const THEMES = weighted<Theme>([
  [{ tag: 'Simplification', verbs: [
    'simplifier les démarches des usagers avec le design', 'réduire les délais de traitement des demandes',
    'rédiger des courriers administratifs en langage clair', 'supprimer les pièces justificatives inutiles',
    'mesurer la satisfaction des usagers', 'appliquer le « Dites-le-nous une fois »',
  ], nouns: ['La simplification administrative au quotidien', 'Le langage clair dans les courriers', 'Les démarches en ligne de demain'] }, 12],
  [{ tag: 'Intelligence artificielle', verbs: [
    "utiliser l'IA générative dans son service en toute sécurité", "comprendre les enjeux éthiques de l'intelligence artificielle",
    "automatiser le traitement du courrier avec l'IA", "former les agents aux usages de l'IA", "évaluer un assistant conversationnel pour les usagers",
  ], nouns: ["L'IA générative au service des agents", 'Intelligence artificielle et service public', "Les assistants IA dans l'administration"] }, 11],
  [{ tag: 'Données', verbs: [
    'ouvrir et valoriser les données publiques', "piloter l'action publique par la donnée",
    'construire un tableau de bord avec des données ouvertes', 'partager les données entre administrations',
  ], nouns: ["L'open data territorial", 'La donnée au cœur des politiques publiques', 'Les communs numériques'] }, 8],
  [{ tag: 'Transition écologique', verbs: [
    "réduire l'empreinte carbone de son administration", 'accompagner la sobriété énergétique des bâtiments publics',
    "intégrer l'écologie dans les achats publics", 'mobiliser les agents autour du climat',
  ], nouns: ['La Fresque du climat pour les agents', 'La planification écologique dans les territoires', 'Des services publics sobres et résilients'] }, 8],
  [{ tag: 'Design des politiques publiques', verbs: [
    'concevoir une politique publique avec ses usagers', 'tester un service public par le prototypage',
    'cartographier le parcours des usagers', 'mener des entretiens avec les usagers',
  ], nouns: ['Le design des politiques publiques en pratique', "Le design de service dans l'administration", 'Immersion au cœur du parcours usager'] }, 8],
  [{ tag: 'Participation citoyenne', verbs: [
    'associer les habitants aux décisions locales', 'organiser une convention citoyenne',
    'animer un budget participatif', "recueillir l'avis des citoyens en ligne",
  ], nouns: ['La démocratie participative en action', 'Les budgets participatifs', 'Le dialogue entre citoyens et administration'] }, 6],
  [{ tag: 'Management', verbs: [
    'manager une équipe en mode projet', "favoriser l'intelligence collective",
    'accompagner le changement dans son service', 'expérimenter de nouvelles organisations du travail',
  ], nouns: ['Le management par la confiance', "L'intelligence collective au travail", 'Les nouveaux modes de travail hybrides'] }, 6],
  [{ tag: 'Numérique responsable', verbs: [
    'concevoir des services numériques sobres', 'allonger la durée de vie des équipements',
    "mesurer l'impact environnemental du numérique", 'alléger les sites web publics',
  ], nouns: ["L'écoconception des services numériques", 'Le numérique responsable dans les administrations', 'La sobriété numérique'] }, 5],
  [{ tag: 'Accessibilité', verbs: [
    'rendre ses démarches en ligne accessibles à tous', 'réaliser un audit RGAA',
    'rédiger en facile à lire et à comprendre', 'accueillir les personnes en situation de handicap',
  ], nouns: ["L'accessibilité numérique, une obligation et une chance", 'Le RGAA expliqué aux équipes projet', 'Le FALC dans les services publics'] }, 5],
  [{ tag: 'Cybersécurité', verbs: [
    'protéger sa collectivité contre les rançongiciels', "sensibiliser les agents à l'hameçonnage",
    'gérer une crise cyber', 'sécuriser les données des usagers',
  ], nouns: ['La cybersécurité des collectivités', 'Exercice de crise cyber', 'Les bons réflexes numériques'] }, 5],
  [{ tag: 'RH et compétences', verbs: [
    'recruter autrement dans la fonction publique', 'développer les compétences numériques des agents',
    'attirer les jeunes talents vers le service public', 'valoriser les parcours professionnels',
  ], nouns: ['La fonction publique de demain', 'Les métiers du numérique public', "L'apprentissage dans la fonction publique"] }, 6],
  [{ tag: 'Innovation territoriale', verbs: [
    'faire émerger des projets innovants dans les territoires', "coopérer entre collectivités et services de l'État",
    'revitaliser les centres-bourgs', 'rapprocher les services publics des habitants',
  ], nouns: ["Les laboratoires d'innovation territoriale", 'Les tiers-lieux au service du public', 'France services, au plus près des usagers'] }, 7],
  [{ tag: 'Relation usagers', verbs: [
    "améliorer l'accueil des usagers au guichet", 'répondre aux usagers sur les réseaux sociaux',
    'exploiter les avis des usagers', 'accompagner les publics éloignés du numérique',
  ], nouns: ["L'accueil des usagers réinventé", "L'inclusion numérique", 'Services Publics+ : la voix des usagers'] }, 5],
  [{ tag: 'Sciences comportementales', verbs: [
    'appliquer les sciences comportementales aux politiques publiques', 'lutter contre le non-recours aux droits',
    'encourager les bons gestes grâce aux nudges',
  ], nouns: ["Les sciences comportementales au service de l'action publique", 'Le non-recours aux droits'] }, 3],
]);

const AUDIENCES = weighted<string>([
  ['Agents publics', 10], ['Managers', 4], ['Agents des collectivités', 3], ['Grand public', 3],
  ['Élus', 2], ['Étudiants', 1.5], ['Entreprises', 1], ['Associations', 1], ['Chercheurs', 0.7],
  ['Professionnels de santé', 0.5],
]);

const PROGRAMME_ITEMS: readonly string[] = [
  'accueil café et présentation des intervenants', "retours d'expérience de plusieurs administrations",
  'atelier pratique en petits groupes', "démonstration d'outils", "témoignages d'agents et d'usagers",
  'mise en situation à partir de cas concrets', 'restitution collective', 'questions-réponses avec la salle',
  'synthèse et prochaines étapes', 'présentation des ressources utiles',
];

const SUBTITLES: readonly string[] = [
  "retours d'expérience", 'regards croisés', 'méthodes et outils', 'où en sommes-nous ?',
  'premiers pas', 'les clés pour agir', 'bilan et perspectives',
];

const TRACKS: readonly { id: string; title: string }[] = [
  { id: 'parcours-ia', title: "Parcours IA : de la découverte à la mise en œuvre" },
  { id: 'parcours-simplification', title: 'Parcours simplification' },
  { id: 'parcours-design', title: 'Parcours design des services publics' },
  { id: 'parcours-donnees', title: 'Parcours données' },
];

// ---------------------------------------------------------------------------
// Dates and times: numbers in, strings out

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;
const FIRST_DAY = 2;
const LAST_DAY = 30;
/** Quarter hours, in minutes after midnight, local time. */
const DAY_OPENS = 8 * 60 + 30;
const DAY_CLOSES = 19 * 60;

const START_TIMES = weighted<number>([
  [8 * 60 + 30, 2], [9 * 60, 8], [9 * 60 + 30, 6], [10 * 60, 7], [10 * 60 + 30, 3], [11 * 60, 4],
  [11 * 60 + 30, 1], [12 * 60, 2], [12 * 60 + 15, 1], [12 * 60 + 30, 4], [13 * 60 + 30, 2], [14 * 60, 8],
  [14 * 60 + 30, 5], [15 * 60, 4], [15 * 60 + 30, 2], [16 * 60, 3], [16 * 60 + 30, 2], [17 * 60, 3],
  [17 * 60 + 30, 3], [17 * 60 + 45, 0.5], [18 * 60, 2],
]);
const DURATIONS = weighted<number>([
  [30, 2], [45, 2], [60, 6], [75, 1], [90, 6], [105, 0.5], [120, 5], [150, 2], [180, 3],
]);

interface Calendar {
  /** Day of the month, weighted: weekdays much more than weekends. */
  days: Weighted<number>;
  /** Weekday (0 = Sunday) of each day of November, by day of the month. */
  weekday: number[];
  /** `YYYY-11-DD`, by day of the month. */
  dates: string[];
}

function calendar(year: number): Calendar {
  const weekday: number[] = [];
  const dates: string[] = [];
  const entries: [number, number][] = [];
  // Mon–Sun; Tuesdays and Thursdays are the busiest days of the month.
  const weightOf = [0.3, 9, 11, 10, 11, 7, 1];
  for (let day = 1; day <= 30; day++) {
    weekday[day] = new Date(Date.UTC(year, 10, day)).getUTCDay();
    dates[day] = `${year}-11-${pad2(day)}`;
    if (day >= FIRST_DAY) entries.push([day, weightOf[weekday[day]!]!]);
  }
  return { days: weighted(entries), weekday, dates };
}

/** `T09:30:00` for each minute of the day, built once. */
const TIMES: string[] = [];
for (let m = 0; m < 1440; m++) TIMES[m] = `T${pad2(Math.floor(m / 60))}:${pad2(m % 60)}:00`;

function dateOf(cal: Calendar, day: number): string {
  return cal.dates[day]!;
}

function dateTimeOf(cal: Calendar, day: number, minutes: number): string {
  return cal.dates[day]! + TIMES[minutes]!;
}

/** A start and duration on quarter hours that fit between 8:30 and 19:00. */
function timeSlot(rng: Rng): [start: number, end: number] {
  const duration = draw(rng, DURATIONS);
  let start = draw(rng, START_TIMES);
  if (start + duration > DAY_CLOSES) start = DAY_CLOSES - duration;
  if (start < DAY_OPENS) start = DAY_OPENS;
  return [start, start + duration];
}

function isWeekday(cal: Calendar, day: number): boolean {
  const w = cal.weekday[day]!;
  return w >= 1 && w <= 5;
}

// ---------------------------------------------------------------------------
// Text

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Topic { verb: string; noun: string }

function title(rng: Rng, format: Format, { verb, noun }: Topic, org: Organizer, city: string | undefined): string {
  if (format === PORTES_OUVERTES) return `Portes ouvertes : ${org.name} ${pick(rng, ['ouvre ses portes', 'vous accueille', 'présente ses projets'])}`;
  if (format === PODCAST && rng() < 0.5) return `Enregistrement public du podcast « ${noun} »`;
  const r = rng();
  if (r < 0.38) return `${format.name} : ${verb}`;
  if (r < 0.56) return `${format.name} « ${noun} »`;
  if (r < 0.72) return `Comment ${verb} ?`;
  if (r < 0.86 && city) return `${format.name} à ${city} : ${verb}`;
  return `${noun} : ${pick(rng, SUBTITLES)}`;
}

function summary(rng: Rng, format: Format, { verb }: Topic, org: Organizer): string {
  const r = rng();
  if (r < 0.35) return `${capitalise(format.a)} pour ${verb}.`;
  if (r < 0.6) return `${org.name} vous invite à ${verb}.`;
  if (r < 0.8) return `Retours d'expérience et échanges pour ${verb}.`;
  return `Venez découvrir comment ${verb}, avec des agents qui l'ont fait.`;
}

function description(
  rng: Rng, format: Format, { verb, noun }: Topic, org: Organizer, audience: string[] | undefined,
  wheelchair: boolean, url: string | undefined,
): string {
  const paragraphs = [
    `Dans le cadre du Mois de l'innovation publique, **${org.name}** propose ${format.a} sur le thème « ${noun} ». ` +
      `L'objectif : ${verb}.`,
  ];
  if (rng() < 0.5) {
    const items: string[] = [];
    const n = int(rng, 3, 4);
    for (let guard = 0; items.length < n && guard < 20; guard++) {
      const item = capitalise(pick(rng, PROGRAMME_ITEMS));
      if (!items.includes(item)) items.push(item);
    }
    paragraphs.push(`Au programme :\n\n${items.map((item) => `- ${item}`).join('\n')}`);
  }
  if (rng() < 0.6) {
    const options: string[] = ['**Inscription obligatoire**, dans la limite des places disponibles.'];
    if (audience?.length) options.push(`Ouvert aux publics suivants : ${audience.map((a) => a.toLowerCase()).join(', ')}.`);
    if (org.url) options.push(`Plus d'informations sur [le site de l'organisateur](${org.url}).`);
    if (url) options.push(`Retrouvez le programme détaillé sur [la page de l'événement](${url}).`);
    if (wheelchair) options.push('Le lieu est accessible aux personnes à mobilité réduite.');
    paragraphs.push(pick(rng, options));
  }
  return paragraphs.join('\n\n');
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function letters(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += LETTERS[Math.floor(rng() * 26)];
  return s;
}

function onlineUrl(rng: Rng): string {
  return rng() < 0.6
    ? `https://visio.numerique.gouv.fr/${letters(rng, 3)}-${letters(rng, 4)}-${letters(rng, 3)}`
    : `https://webinaire.numerique.gouv.fr/meeting/signin/${int(rng, 10000, 99999)}/creator/${int(rng, 100, 9999)}`;
}

function mailDomain(url: string): string {
  return url.replace(/^https:\/\/(www\.)?/, '').replace(/\/.*$/, '');
}

// ---------------------------------------------------------------------------
// Events

interface Generated { event: EventInput; key: number; n: number }

function generateEvent(seed: number, year: number, n: number, cal: Calendar): Generated {
  const rng = mulberry32(mix(seed, n));
  const id = `gen-${year}-${String(n).padStart(5, '0')}`;

  // Status first: an event moved online was planned on site.
  const s = rng();
  const status: EventInput['status'] =
    s < 0.02 ? 'cancelled' : s < 0.03 ? 'postponed' : s < 0.04 ? 'full' : s < 0.05 ? 'moved-online' : undefined;
  const a = rng();
  const attendance: EventInput['attendance'] =
    status === 'moved-online' ? (a < 0.8 ? 'in-person' : 'hybrid') : a < 0.4 ? 'online' : a < 0.85 ? 'in-person' : 'hybrid';

  // Where, and who.
  const region = draw(rng, REGIONS);
  const pool = REGIONAL_BY_REGION.get(region.name);
  const org = pool && rng() < 0.55 ? pick(rng, pool) : draw(rng, NATIONAL);
  let timeZone: string | undefined;
  let location: EventInput['location'];
  let city: string | undefined;
  if (attendance === 'online') {
    // An online event keeps the zone of an overseas organiser.
    if (org.region) timeZone = region.timeZone;
  } else {
    timeZone = region.timeZone;
    const c = draw(rng, region.cities);
    city = c.name;
    if (c.name === 'Paris' && rng() < 0.5) {
      const v = pick(rng, PARIS_VENUES);
      location = { name: v.name, address: v.address, postalCode: v.postalCode, city: c.name, region: region.name };
    } else {
      location = {
        name: pick(rng, VENUES)(c.name),
        address: `${int(rng, 1, 120)} ${pick(rng, STREETS)}`,
        postalCode: c.postalCode,
        city: c.name,
        region: region.name,
      };
    }
  }
  // A regional organiser always belongs to the drawn region, so its offset is the region's.
  const offset = timeZone ? region.offset : PARIS_OFFSET;

  // When. key: minutes since Nov 1st 00:00 UTC, for ordering.
  let start: string;
  let end: string | undefined;
  let sessions: EventInput['sessions'];
  let key: number;
  let shape: 'timed' | 'long' | 'series' = 'timed';
  const w = rng();
  if (w < 0.02) {
    // All day, one day.
    shape = 'long';
    const day = draw(rng, cal.days);
    start = dateOf(cal, day);
    key = (day - 1) * 1440 - PARIS_OFFSET;
  } else if (w < 0.04) {
    // All day over several days, inclusive end.
    shape = 'long';
    const day = Math.min(draw(rng, cal.days), LAST_DAY - 1);
    const last = Math.min(day + int(rng, 1, 4), LAST_DAY);
    start = dateOf(cal, day);
    end = dateOf(cal, last);
    key = (day - 1) * 1440 - PARIS_OFFSET;
  } else if (w < 0.05) {
    // Timed, across days (a two- or three-day hackathon).
    shape = 'long';
    const day = Math.min(draw(rng, cal.days), LAST_DAY - 1);
    const last = Math.min(day + int(rng, 1, 2), LAST_DAY);
    const from = pick(rng, [9 * 60, 9 * 60 + 30, 10 * 60]);
    start = dateTimeOf(cal, day, from);
    end = dateTimeOf(cal, last, pick(rng, [16 * 60, 17 * 60, 17 * 60 + 30, 18 * 60]));
    key = (day - 1) * 1440 + from - offset;
  } else if (w < 0.08) {
    // Sessions: the same time on 3–5 consecutive working days, or weekly.
    shape = 'series';
    const [from, to] = timeSlot(rng);
    const days: number[] = [];
    if (rng() < 0.75) {
      const length = int(rng, 3, 5);
      let day = draw(rng, cal.days);
      while (!isWeekday(cal, day) && day < LAST_DAY) day++;
      for (let d = day; d <= LAST_DAY && days.length < length; d++) if (isWeekday(cal, d)) days.push(d);
      if (days.length < 3) {
        // Too close to the end of the month: take the last working days instead.
        days.length = 0;
        for (let d = LAST_DAY; d >= FIRST_DAY && days.length < length; d--) if (isWeekday(cal, d)) days.unshift(d);
      }
    } else {
      // Weekly, on the same weekday, 3 or 4 times.
      let day = FIRST_DAY + int(rng, 0, 6);
      while (!isWeekday(cal, day)) day++;
      const length = int(rng, 3, 4);
      for (let d = day; d <= LAST_DAY && days.length < length; d += 7) days.push(d);
    }
    sessions = days.map((d) => ({ start: dateTimeOf(cal, d, from), end: dateTimeOf(cal, d, to) }));
    start = sessions[0]!.start;
    end = sessions[0]!.end;
    key = (days[0]! - 1) * 1440 + from - offset;
  } else {
    const day = draw(rng, cal.days);
    const [from, to] = timeSlot(rng);
    start = dateTimeOf(cal, day, from);
    if (rng() >= 0.04) end = dateTimeOf(cal, day, to);
    key = (day - 1) * 1440 + from - offset;
  }

  // What.
  const formatTable = shape === 'long' ? LONG_FORMATS : shape === 'series' ? SERIES_FORMATS : attendance === 'online' ? ONLINE_FORMATS : ONSITE_FORMATS;
  const format = draw(rng, formatTable);
  const formats = [format.name];
  if (rng() < 0.3) {
    const second = draw(rng, attendance === 'online' ? ONLINE_FORMATS : ONSITE_FORMATS);
    if (second !== format) formats.push(second.name);
  }
  const themes = drawDistinct(rng, THEMES, rng() < 0.45 ? 1 : rng() < 0.7 ? 2 : 3);
  const theme = themes[0]!;
  const topic: Topic = { verb: pick(rng, theme.verbs), noun: pick(rng, theme.nouns) };
  const audience = rng() < 0.9 ? drawDistinct(rng, AUDIENCES, int(rng, 1, 3)) : undefined;
  const wheelchair = attendance !== 'online' && rng() < 0.45;
  const url = rng() < 0.6 ? `https://www.modernisation.gouv.fr/mois-innovation-publique/${year}/programme/${id}` : undefined;

  // Registration.
  let registrationUrl: string | undefined;
  const r = rng();
  if (r < 0.85 || status === 'full') {
    registrationUrl = org.url && r < 0.03
      ? `mailto:innovation@${mailDomain(org.url)}?subject=${encodeURIComponent(`Inscription ${id}`)}`
      : r < 0.5
        ? `https://www.demarches-simplifiees.fr/commencer/mip-${year}-${String(n).padStart(5, '0')}`
        : `https://evenements.numerique.gouv.fr/inscription/${id}`;
  }
  const registrationRequired = status === 'full' ? true : registrationUrl ? rng() < 0.75 : rng() < 0.5 ? false : undefined;

  const event: EventInput = {
    id,
    title: title(rng, format, topic, org, city),
    start,
  };
  if (end !== undefined) event.end = end;
  if (timeZone) event.timeZone = timeZone;
  if (sessions) event.sessions = sessions;
  if (status) event.status = status;
  event.summary = summary(rng, format, topic, org);
  event.description = description(rng, format, topic, org, audience, wheelchair, url);
  event.formats = formats;
  event.tags = themes.map((t) => t.tag);
  event.organizer = org.url ? { name: org.name, url: org.url } : { name: org.name };
  event.attendance = attendance;
  if (location) event.location = location;
  if (attendance !== 'in-person' || status === 'moved-online') event.onlineUrl = onlineUrl(rng);
  if (registrationUrl) event.registrationUrl = registrationUrl;
  if (registrationRequired !== undefined) event.registrationRequired = registrationRequired;
  event.free = format === FORMATION ? rng() < 0.7 : rng() < 0.95;
  if (wheelchair) event.accessibility = ['wheelchair'];
  if (audience) event.audience = audience;
  if (rng() < 0.03) event.track = pick(rng, TRACKS);
  if (url) event.url = url;
  return { event, key, n };
}

/**
 * A feed of `count` events for the Mois de l'innovation publique of `year`,
 * sorted by start instant (wall-clock times read in each event's zone; all-day
 * events at midnight in Paris; ties by id).
 */
export function generateFeed(options: GenerateOptions): FeedInput {
  const { count } = options;
  const seed = options.seed ?? 2026;
  const year = options.year ?? 2026;
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year must be a four-digit integer, got ${year}`);

  const cal = calendar(year);
  const generated: Generated[] = new Array(count);
  for (let i = 0; i < count; i++) generated[i] = generateEvent(seed | 0, year, i + 1, cal);
  generated.sort((x, y) => x.key - y.key || x.n - y.n);

  return {
    version: 1,
    title: `Mois de l'innovation publique ${year}`,
    start: `${year}-11-02`,
    end: `${year}-11-30`,
    timeZone: 'Europe/Paris',
    events: generated.map((g) => g.event),
  };
}
