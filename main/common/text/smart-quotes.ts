// Typographic quotes as Word and Google Docs type them: a straight " or ' becomes “ ” ‘ ’ by
// what stands before it. The paper prints “ ” around quotations and ’ in names like H’Mông.

import type { Settings } from '../settings.ts';

/** Characters after which a quote opens (and at the start of a text). */
const OPENS_AFTER = /[\s([{<“‘«\-‐–—/]$/u;

/**
 * Whether typed quotes are turned: the reporter's setting, and only for a paper whose profile
 * prints curly quotes (a straight-quote house would see its style check flag every turned one).
 */
export const curlyQuotesWanted = (settings: Pick<Settings, 'smartQuotes' | 'paperProfile'>): boolean =>
  settings.smartQuotes && settings.paperProfile.quotes === 'curly';

/** The straight quotes that are replaced. */
export const isStraightQuote = (text: string): text is '"' | "'" => text === '"' || text === "'";

/**
 * The curly form of a straight quote typed after `before` (the text before the caret): opening
 * after white space, an opening bracket, dash or quote, or at the start; closing otherwise, so
 * an apostrophe inside a word becomes ’.
 */
export function curlyQuote(quote: '"' | "'", before: string): string {
  const opens = before === '' || OPENS_AFTER.test(before);
  if (quote === '"') return opens ? '“' : '”';
  return opens ? '‘' : '’';
}
