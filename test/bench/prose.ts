// News prose of any length for the benchmarks that need an article of N words.

import type { Block } from '../../main/common/article/model.ts';

export const SENTENCES = [
  'Đảng bộ huyện Quang Bình luôn coi việc nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức Đảng và chất lượng đảng viên là nhiệm vụ then chốt, liên tục.',
  'BTV Huyện ủy đã áp dụng linh hoạt các hình thức trực tiếp và trực tuyến để phổ biến kế hoạch xây dựng “Chi bộ bốn tốt” đến hơn 4.000 lượt cán bộ, đảng viên.',
  'Nhờ đó, chất lượng sinh hoạt chi bộ được nâng cao rõ rệt, tinh thần dân chủ trong thảo luận được phát huy mạnh mẽ; tỷ lệ đảng viên phát biểu đạt 96,7%.',
];

/** About `words` words of news prose in paragraphs of about 90 words. */
export function proseParagraphs(words: number): string[] {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = [0, 1, 2].map((k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');
    out.push(text);
    count += text.split(/\s+/).length;
  }
  return out;
}

/** The paragraphs as body blocks with stable ids. */
export const asBlocks = (paragraphs: string[]): Block[] =>
  paragraphs.map((text, i) => ({ type: 'paragraph', id: `b-bench${i.toString(36).padStart(5, '0')}`, children: [{ text }] }));
