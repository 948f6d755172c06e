/**
 * The no-break spaces of French typography (Imprimerie nationale, as gouv.fr
 * sites expect), so that no line starts with `:`, `;`, `!`, `?` or `»`, nor
 * splits a time or a count from its word. The rule: U+00A0, a word space that
 * does not break, before `:`, inside a time (`14 h 30`) and between a count and
 * its noun (`3 événements`); U+202F, the narrow one, before `;` `!` `?` and
 * inside « ».
 */
export const NBSP = '\u00A0';
export const NNBSP = '\u202F';
