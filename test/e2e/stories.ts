// A story with a real photo, set up through the api for the tests where the story is the scene,
// not what is tested (the export dialog's fit, the accessibility audits).

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Block } from '../../main/common/article/model.ts';
import type { Dateline } from './fixtures.ts';

export interface StoryOptions {
  /** The photo's width in pixels (its height is two thirds of it). */
  width?: number;
  /** The photo's alt text ('' leaves a preflight warning). */
  alt?: string;
}

/** Headline, sapo, a paragraph and a photo (made by sharp in `dir`), with section and byline; its id. */
export async function storyWithPhoto(dateline: Dateline, dir: string, { width = 1600, alt = '' }: StoryOptions = {}): Promise<string> {
  const file = join(dir, 'na-ke.jpg');
  await writeFile(
    file,
    await sharp({ create: { width, height: Math.round((width * 2) / 3), channels: 3, background: '#4a6' } })
      .jpeg()
      .toBuffer(),
  );
  const created = await dateline.call('library.create', {});
  const item = (await dateline.call('media.add', { id: created.id, paths: [file] })).items[0];
  if (!item.ok) throw new Error(item.error.message);
  const content: Block[] = [
    { type: 'headline', id: 'b-h', children: [{ text: 'Sức mạnh đoàn kết ở Nà Ké' }] },
    { type: 'sapo', id: 'b-s', children: [{ text: 'BHG - Chi bộ thôn Nà Ké bốn năm liền đạt danh hiệu bốn tốt.' }] },
    { type: 'paragraph', id: 'b-p', children: [{ text: 'Đảng viên đi đầu làm đường liên thôn.' }] },
    {
      type: 'figure',
      id: 'b-f',
      assetId: item.asset.assetId,
      caption: 'Chi bộ họp',
      credit: 'Ảnh: MINH ĐỨC',
      alt,
      layout: 'medium',
      children: [{ text: '' }],
    },
  ];
  await dateline.call('library.save', {
    id: created.id,
    content: content as never,
    meta: {
      category: 'Xây dựng Đảng',
      publishAt: '2025-01-05T10:43:00.000Z',
      byline: { role: 'bai-anh', people: [{ name: 'Minh Đức' }], place: 'Bắc Quang' },
    },
  });
  return created.id;
}
