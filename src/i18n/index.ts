import { en } from './en.ts';
import { fr } from './fr.ts';
import type { Language } from './locale.ts';
import type { Strings } from './strings.ts';

export { resolveLanguage, type Language } from './locale.ts';
export type { Strings } from './strings.ts';

const strings: Record<Language, Strings> = { fr, en };

export function stringsFor(language: Language): Strings {
  return strings[language];
}
