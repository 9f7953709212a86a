// Several features mark ranges of text without changing the article: find matches, spelling,
// comments, suggestions. Slate's Editable takes one `decorate`, so each feature registers its
// own decorator here and the editor asks them all. A decorator must be cheap: it runs for every
// rendered text node on every change.

import type { BaseRange, NodeEntry } from 'slate';

export type Decorator = (entry: NodeEntry) => BaseRange[];

/** One decorate function over all of them (a decorator that throws is skipped, not fatal). */
export function combineDecorators(decorators: readonly (Decorator | null | undefined)[]): Decorator {
  const live = decorators.filter((d): d is Decorator => typeof d === 'function');
  if (live.length === 0) return () => [];
  if (live.length === 1) return live[0];
  return (entry) => {
    const ranges: BaseRange[] = [];
    for (const decorate of live) {
      try {
        ranges.push(...decorate(entry));
      } catch (e) {
        console.error(e);
      }
    }
    return ranges;
  };
}
