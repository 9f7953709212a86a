// Find and the status-bar counts over a long article: what a keystroke costs while Find is open
// (one block re-folded, the article re-searched) and what the counts cost off the keystroke
// path (one block recounted). `npm run bench -- --only find`.

import type { Block } from '../../main/common/article/model.ts';
import { createArticleEditor } from '../../renderer/editor/create-editor.ts';
import { findInArticle } from '../../renderer/editor/find.ts';
import { articleCounts } from '../../renderer/editor/StatusBarCounts.ts';
import { percentile, round, type Benchmark } from './harness.ts';
import { asBlocks, proseParagraphs } from './prose.ts';

function article(words: number): Block[] {
  return [
    { id: 'h', type: 'headline', children: [{ text: 'Sức mạnh đoàn kết ở Quang Bình' }] },
    { id: 's', type: 'sapo', children: [{ text: 'BHG - Đảng bộ huyện luôn coi việc xây dựng “Chi bộ bốn tốt” là nhiệm vụ then chốt.' }] },
    ...asBlocks(proseParagraphs(words)),
  ];
}

/** Times `edit then measure` `n` times, each after a one-letter change in a middle paragraph. */
function perKeystroke(content: Block[], n: number, measure: (content: Block[]) => void): number[] {
  const samples: number[] = [];
  let current = content;
  for (let i = 0; i < n; i++) {
    const at = 2 + (i % (current.length - 2));
    const block = current[at] as Extract<Block, { type: 'paragraph' }>;
    const next = [...current];
    next[at] = { ...block, children: [{ text: `${(block.children[0] as { text: string }).text}a` }] };
    current = next;
    const t0 = performance.now();
    measure(current);
    samples.push(performance.now() - t0);
  }
  return samples;
}

const bench: Benchmark = {
  name: 'find',
  async run() {
    const content = article(10_000);
    // The window's editor (createArticleEditor), so Find is timed over the editor's real rules.
    const editor = createArticleEditor();
    editor.children = content;
    const query = { query: 'dang vien', options: { ignoreTones: true } };

    let t0 = performance.now();
    const found = findInArticle(editor, query).length;
    const findCold = performance.now() - t0;
    const findKeystroke = perKeystroke(content, 200, (c) => {
      editor.children = c;
      findInArticle(editor, query);
    });

    t0 = performance.now();
    articleCounts(content, 'BHG');
    const countsCold = performance.now() - t0;
    const countsKeystroke = perKeystroke(content, 200, (c) => articleCounts(c, 'BHG'));

    return {
      'editor.find_matches_10k_words': { value: found },
      'editor.find_cold_10k_words_ms': { value: round(findCold) },
      'editor.find_keystroke_p50_ms': { value: round(percentile(findKeystroke, 50)) },
      'editor.find_keystroke_p95_ms': { value: round(percentile(findKeystroke, 95)), goal: '<= 4' },
      'editor.counts_cold_10k_words_ms': { value: round(countsCold) },
      'editor.counts_keystroke_p50_ms': { value: round(percentile(countsKeystroke, 50)) },
      'editor.counts_keystroke_p95_ms': { value: round(percentile(countsKeystroke, 95)), goal: '<= 1' },
    };
  },
};

export default bench;
