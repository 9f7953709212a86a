// What changed between two versions of an article, in a line: words added and removed (a word is
// a syllable, as the diff and the paper count them) and the first change in reading order, e.g.
// `+12 / −3: “sâu sắc” → “rõ”`. Built on the review's word diff (diff.ts), so the revisions list
// and the review screen agree on what a change is.

import type { ArticleMeta, Block, ChangeSummary } from '../article/model.ts';
import { diffArticles, tokenize } from './diff.ts';

const WORDY = /[\p{L}\p{N}]/u;
const countWords = (text: string): number => tokenize(text).filter((t) => WORDY.test(t)).length;

/** At most `max` words of a change, with … when cut. */
export function excerpt(text: string, max = 8): string {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  return words.length > max ? `${words.slice(0, max).join(' ')}…` : words.join(' ');
}

/** The summary of going from `before` to `after` (an empty `before` is a first version). */
export function summarizeChanges(
  before: { content: readonly Block[]; meta?: ArticleMeta } | null,
  after: { content: readonly Block[]; meta?: ArticleMeta },
): ChangeSummary {
  let added = 0;
  let removed = 0;
  let first: ChangeSummary['first'] = null;
  for (const unit of diffArticles(before?.content ?? [], after.content)) {
    if (unit.change === 'same') continue;
    let out = '';
    let put = '';
    let run = false;
    for (const op of unit.ops) {
      if (op.op === 'insert') added += countWords(op.text);
      if (op.op === 'delete') removed += countWords(op.text);
      if (first) continue;
      // The first run of changes: what it took out and put in, up to the next unchanged words.
      if (op.op === 'equal') {
        if (run && op.text.trim() && (out.trim() || put.trim())) first = { before: excerpt(out), after: excerpt(put) };
      } else {
        run = true;
        if (op.op === 'delete') out += op.text;
        else put += op.text;
      }
    }
    if (!first && run && (out.trim() || put.trim())) first = { before: excerpt(out), after: excerpt(put) };
  }
  const metaChanged = !!before?.meta && !!after.meta && JSON.stringify(before.meta) !== JSON.stringify(after.meta);
  return { added, removed, first, metaChanged };
}
