export type Language = 'fr' | 'en';

/** `fr`, `fr-FR`, `fr-CA`… are French; `en`, `en-GB`… English; anything else falls back to French. */
export function resolveLanguage(tag: string | null | undefined): Language {
  return /^en(-|$)/i.test(tag?.trim() ?? '') ? 'en' : 'fr';
}
