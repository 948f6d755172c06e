/** Texts of the command line, in French and English. */
export type Lang = 'fr' | 'en';

/** `--lang` first, then LANG / LC_ALL / LC_MESSAGES: English when they say so, else French. */
export function resolveLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  const value = flag || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en\b|^en[_-]/i.test(value) ? 'en' : 'fr';
}

export const HELP: Record<Lang, string> = {
  fr: `mip-programme — vérifier, convertir et publier le programme du Mois de l’innovation publique

Utilisation :
  mip-programme validate FLUX.json…        vérifie un ou plusieurs flux (règles du widget + schéma JSON)
  mip-programme convert FICHIER [options]  convertit un tableau CSV/TSV, un .ics ou un export OpenAgenda en flux
  mip-programme export FLUX.json --to csv|ics [-o SORTIE]
                                           exporte un flux en tableau (mêmes colonnes) ou en calendrier .ics
  mip-programme merge FLUX.json… [-o SORTIE]
                                           fusionne plusieurs flux (identifiants rendus uniques)
  mip-programme stats FLUX.json            compte les événements par jour, région, format et participation

Options :
  --from csv|ics|openagenda|feed   format de l’entrée (sinon deviné d’après l’extension et le contenu)
  --time-zone ZONE                 fuseau IANA des heures sans fuseau (défaut : Europe/Paris)
  --title TEXTE                    titre du programme
  --start AAAA-MM-JJ, --end AAAA-MM-JJ   premier et dernier jour du programme
  --delimiter ';'                  séparateur du tableau (détecté à la lecture ; « , » par défaut à l’écriture)
  --utc                            export .ics : heures en UTC plutôt qu’avec leur fuseau
  -o, --output FICHIER             écrit le résultat dans FICHIER (sinon sur la sortie standard)
  --json                           rapport au format JSON
  --lang fr|en                     langue des messages (sinon d’après LANG)
  -h, --help                       cette aide

Le flux va dans SORTIE (ou la sortie standard), le rapport sur la sortie d’erreur.
Codes de sortie : 0 tout est repris, 1 certains événements ou lignes ne l’ont pas été, 2 le fichier est inutilisable.
Un fichier « - » est lu sur l’entrée standard.
`,
  en: `mip-programme — check, convert and publish the programme of the Mois de l’innovation publique

Usage:
  mip-programme validate FEED.json…        checks one or more feeds (the widget's rules + the JSON Schema)
  mip-programme convert FILE [options]     converts a CSV/TSV spreadsheet, an .ics file or an OpenAgenda export into a feed
  mip-programme export FEED.json --to csv|ics [-o OUT]
                                           exports a feed as a spreadsheet (same columns) or an .ics calendar
  mip-programme merge FEED.json… [-o OUT]  merges several feeds (ids made unique)
  mip-programme stats FEED.json            counts events by day, region, format and attendance

Options:
  --from csv|ics|openagenda|feed   format of the input (else guessed from its extension and content)
  --time-zone ZONE                 IANA zone of times written without one (default: Europe/Paris)
  --title TEXT                     title of the programme
  --start YYYY-MM-DD, --end YYYY-MM-DD   first and last day of the programme
  --delimiter ';'                  spreadsheet delimiter (detected when reading; "," by default when writing)
  --utc                            .ics export: times in UTC instead of with their zone
  -o, --output FILE                writes the result to FILE (else to standard output)
  --json                           report as JSON
  --lang fr|en                     language of messages (else from LANG)
  -h, --help                       this help

The feed goes to OUT (or standard output), the report to standard error.
Exit codes: 0 everything was carried over, 1 some events or rows were not, 2 the file cannot be used.
A file named "-" is read from standard input.
`,
};

export const T = {
  fr: {
    unknownCommand: (c: string) => `Commande inconnue : ${c}`,
    unknownOption: (o: string) => `Option inconnue : ${o}`,
    needsValue: (o: string) => `L’option ${o} attend une valeur`,
    needsFile: 'Indiquez au moins un fichier.',
    needsTo: 'Indiquez --to csv ou --to ics.',
    badFrom: (v: string) => `Format d’entrée inconnu : ${v} (csv, ics, openagenda ou feed)`,
    badZone: (v: string) => `Fuseau horaire inconnu : ${v}`,
    badDay: (o: string, v: string) => `${o} attend une date AAAA-MM-JJ : ${v}`,
    cannotRead: (f: string, e: string) => `Impossible de lire ${f} : ${e}`,
    cannotUse: (f: string, why: string) => `${f} : fichier inutilisable — ${why}`,
    feedCause: { parse: 'ce n’est pas du JSON', shape: 'pas de liste « events » (ou « version » invalide)', version: 'version du format plus récente que cet outil' } as Record<string, string>,
    validated: (f: string, usable: number, total: number) => `${f} : ${usable} événement${usable > 1 ? 's' : ''} utilisable${usable > 1 ? 's' : ''} sur ${total}`,
    converted: (f: string, format: string, records: number, events: number) =>
      `${f} (${format}) : ${records} enregistrement${records > 1 ? 's' : ''} lu${records > 1 ? 's' : ''}, ${events} événement${events > 1 ? 's' : ''} dans le flux`,
    written: (f: string) => `Écrit : ${f}`,
    merged: (n: number, events: number) => `${n} flux fusionnés : ${events} événement${events > 1 ? 's' : ''}`,
    stats: {
      events: 'Événements distincts', occurrences: 'Séances', byDay: 'Par jour', byRegion: 'Par région', byFormat: 'Par format',
      byAttendance: 'Par participation', byStatus: 'Par statut',
    } as Record<string, string>,
  },
  en: {
    unknownCommand: (c: string) => `Unknown command: ${c}`,
    unknownOption: (o: string) => `Unknown option: ${o}`,
    needsValue: (o: string) => `Option ${o} needs a value`,
    needsFile: 'Give at least one file.',
    needsTo: 'Give --to csv or --to ics.',
    badFrom: (v: string) => `Unknown input format: ${v} (csv, ics, openagenda or feed)`,
    badZone: (v: string) => `Unknown time zone: ${v}`,
    badDay: (o: string, v: string) => `${o} needs a YYYY-MM-DD date: ${v}`,
    cannotRead: (f: string, e: string) => `Cannot read ${f}: ${e}`,
    cannotUse: (f: string, why: string) => `${f}: file cannot be used — ${why}`,
    feedCause: { parse: 'not JSON', shape: 'no "events" list (or an invalid "version")', version: 'format version newer than this tool' } as Record<string, string>,
    validated: (f: string, usable: number, total: number) => `${f}: ${usable} usable event${usable === 1 ? '' : 's'} of ${total}`,
    converted: (f: string, format: string, records: number, events: number) =>
      `${f} (${format}): ${records} record${records === 1 ? '' : 's'} read, ${events} event${events === 1 ? '' : 's'} in the feed`,
    written: (f: string) => `Written: ${f}`,
    merged: (n: number, events: number) => `${n} feeds merged: ${events} event${events === 1 ? '' : 's'}`,
    stats: {
      events: 'Distinct events', occurrences: 'Sessions', byDay: 'By day', byRegion: 'By region', byFormat: 'By format',
      byAttendance: 'By attendance', byStatus: 'By status',
    } as Record<string, string>,
  },
} as const;
