// The counts the status bar shows, sapo and body apart. Slate keeps an unchanged block the
// same object after an edit, so counts are cached per block object: a keystroke recounts one
// paragraph, not the article.

import type { Block } from '../../main/common/article/model.ts';
import { blockText, isListBlock } from '../../main/common/article/model.ts';
import { stripPrefix } from '../../main/common/article/sapo.ts';
import { addCounts, countText, type TextCounts } from '../../main/common/vietnamese/counts.ts';

export interface ArticleCounts {
  sapo: TextCounts;
  body: TextCounts;
}

const cache = new WeakMap<object, { prefix: string; counts: TextCounts }>();

function counted(block: Block, prefix: string, text: () => string): TextCounts {
  const hit = cache.get(block);
  if (hit && hit.prefix === prefix) return hit.counts;
  const counts = countText(text());
  cache.set(block, { prefix, counts });
  return counts;
}

/** What a body block counts: its running text; a list, item by item; a photo, nothing. */
function bodyCounts(block: Block): TextCounts {
  if (block.type === 'figure') return addCounts();
  if (isListBlock(block)) return addCounts(...block.children.map((li) => counted(li, '', () => blockText(li))));
  return counted(block, '', () => blockText(block));
}

/** Counts of the sapo (without the paper's prefix) and of the body. */
export function articleCounts(content: readonly Block[], prefix: string): ArticleCounts {
  const sapo: TextCounts[] = [];
  const body: TextCounts[] = [];
  for (const block of content) {
    if (block.type === 'headline') continue;
    if (block.type === 'sapo') sapo.push(counted(block, `sapo:${prefix}`, () => stripPrefix(blockText(block), prefix || undefined)));
    else body.push(bodyCounts(block));
  }
  return { sapo: addCounts(...sapo), body: addCounts(...body) };
}
