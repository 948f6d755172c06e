/**
 * The feed's fields as flat columns (`organizer.name`), shared by the
 * spreadsheet reader and writer, with the French headers of the template
 * (`templates/programme.csv`) and the French words accepted as values.
 */
import { foldText } from '../feed.ts';
import type { Attendance, EventStatus } from '../types.ts';

export type ColumnKind = 'text' | 'date' | 'zone' | 'sessions' | 'list' | 'link' | 'boolean' | 'attendance' | 'status';

/** Every column, in the order the writer puts them, with its kind and its French header. */
export const COLUMNS = [
  ['id', 'text', 'identifiant'],
  ['title', 'text', 'titre'],
  ['summary', 'text', 'résumé'],
  ['description', 'text', 'description'],
  ['start', 'date', 'début'],
  ['end', 'date', 'fin'],
  ['timeZone', 'zone', 'fuseau horaire'],
  ['sessions', 'sessions', 'séances'],
  ['formats', 'list', 'format'],
  ['tags', 'list', 'thèmes'],
  ['organizer.name', 'text', 'organisateur'],
  ['organizer.url', 'link', 'site de l’organisateur'],
  ['attendance', 'attendance', 'participation'],
  ['location.name', 'text', 'lieu'],
  ['location.address', 'text', 'adresse'],
  ['location.postalCode', 'text', 'code postal'],
  ['location.city', 'text', 'ville'],
  ['location.region', 'text', 'région'],
  ['registrationUrl', 'link', 'inscription'],
  ['registrationRequired', 'boolean', 'inscription obligatoire'],
  ['url', 'link', 'page'],
  ['onlineUrl', 'link', 'lien en ligne'],
  ['status', 'status', 'statut'],
  ['free', 'boolean', 'gratuit'],
  ['accessibility', 'list', 'accessibilité'],
  ['audience', 'list', 'public'],
  ['track.id', 'text', 'parcours'],
  ['track.title', 'text', 'titre du parcours'],
  ['image.src', 'link', 'image'],
  ['image.alt', 'text', 'texte de l’image'],
  ['updated', 'date', 'mise à jour'],
] as const satisfies readonly (readonly [string, ColumnKind, string])[];

export type Column = (typeof COLUMNS)[number][0];

/** Other headers people write, beside the feed's names and the template's. */
const MORE_ALIASES: Record<string, Column> = {
  intitule: 'title', nom: 'title', chapeau: 'summary', datededebut: 'start', datedefin: 'end', fuseau: 'timeZone',
  formats: 'formats', theme: 'tags', themes: 'tags', motscles: 'tags', organisateurs: 'organizer.name',
  modalite: 'attendance', commune: 'location.city', codepostal: 'location.postalCode', cp: 'location.postalCode',
  liendinscription: 'registrationUrl', lien: 'url', site: 'url', liendeconnexion: 'onlineUrl', visio: 'onlineUrl',
  publics: 'audience', seances: 'sessions', dates: 'sessions',
};

/** The form headers compare in: no case, no accents, no spaces or punctuation but dots. */
export function headerKey(header: string): string {
  return foldText(header).replace(/[^a-z0-9.]/g, '');
}

const BY_KEY = new Map<string, Column>();
for (const [name, , french] of COLUMNS) {
  BY_KEY.set(headerKey(name), name);
  BY_KEY.set(headerKey(french), name);
}
for (const [key, name] of Object.entries(MORE_ALIASES)) if (!BY_KEY.has(key)) BY_KEY.set(key, name);

/** The column a header names, or null. */
export function columnOf(header: string): Column | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

export const KIND: Record<Column, ColumnKind> = Object.fromEntries(COLUMNS.map(([name, kind]) => [name, kind])) as Record<Column, ColumnKind>;

const value = (text: string) => foldText(text).replace(/[’'`_-]/g, ' ').replace(/\s+/g, ' ').trim();

const BOOLEANS = new Map<string, boolean>([
  ['true', true], ['oui', true], ['yes', true], ['vrai', true], ['1', true], ['x', true],
  ['false', false], ['non', false], ['no', false], ['faux', false], ['0', false],
]);
const ATTENDANCE = new Map<string, Attendance>([
  ['online', 'online'], ['en ligne', 'online'], ['distanciel', 'online'], ['a distance', 'online'], ['visio', 'online'],
  ['in person', 'in-person'], ['presentiel', 'in-person'], ['sur place', 'in-person'], ['en presentiel', 'in-person'],
  ['hybrid', 'hybrid'], ['hybride', 'hybrid'], ['mixte', 'hybrid'],
]);
const STATUS = new Map<string, EventStatus>([
  ['scheduled', 'scheduled'], ['prevu', 'scheduled'], ['programme', 'scheduled'], ['confirme', 'scheduled'],
  ['cancelled', 'cancelled'], ['canceled', 'cancelled'], ['annule', 'cancelled'],
  ['postponed', 'postponed'], ['reporte', 'postponed'],
  ['moved online', 'moved-online'], ['en ligne desormais', 'moved-online'], ['passe en ligne', 'moved-online'], ['deplace en ligne', 'moved-online'],
  ['full', 'full'], ['complet', 'full'],
]);

export const readBooleanWord = (text: string): boolean | undefined => BOOLEANS.get(value(text));
export const readAttendanceWord = (text: string): Attendance | undefined => ATTENDANCE.get(value(text));
export const readStatusWord = (text: string): EventStatus | undefined => STATUS.get(value(text));
