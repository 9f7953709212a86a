// The writer of the crash soak: autosaves one article through the Library every few tens of
// milliseconds, a counter in its text, and prints `saved N` once each save has returned. The
// parent kills it (SIGKILL) at random moments; each run continues from what is on disk.
// Usage: node autosave-child.mjs <libraryDir> <articleId>

import { blockText } from '../../../main/common/article/model.ts';
import { DEFAULT_SETTINGS } from '../../../main/common/settings.ts';
import { Library } from '../../../main/core/library/library.ts';

const [dir, id] = process.argv.slice(2);
// Revisions every 100 ms, so kills also land in the middle of snapshot writes.
const library = new Library({ dir, settings: () => DEFAULT_SETTINGS, revisionIntervalMs: 100 });

const WORDS = 'người được khuya thuyền Nguyễn ĐẮK LẮK H’Mông tiếng Việt đoàn kết bốn tốt chi bộ Quang Bình'.split(' ');
// About 5,000 words in 25 paragraphs, like a long feature.
const filler = Array.from({ length: 25 }, (_, p) => ({
  type: 'paragraph',
  children: [{ text: Array.from({ length: 200 }, (_, w) => WORDS[(p * 7 + w) % WORDS.length]).join(' ') + '.' }],
}));

const article = await library.get(id);
let counter = Number(/^counter (\d+)$/.exec(blockText(article.content[2]))?.[1] ?? 0);
let version = article.version;

for (;;) {
  counter++;
  const receipt = await library.save({
    id,
    baseVersion: version,
    content: [
      { type: 'headline', children: [{ text: 'Bài viết chịu đựng' }] },
      { type: 'sapo', children: [{ text: 'BHG - Ghi tự động.' }] },
      { type: 'paragraph', children: [{ text: `counter ${counter}` }] },
      ...filler,
    ],
  });
  version = receipt.version;
  // Pipes are synchronous on Linux: once the parent reads this line, the save is on disk.
  process.stdout.write(`saved ${counter}\n`);
  await new Promise((r) => setTimeout(r, 5 + Math.random() * 30));
}
