// Parts of a draft that used to be lost or flattened on import: the caption of a photo that a
// saved web page keeps in its own folder, and a `.txt` draft's bullet lines.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockText, type Block } from '../../../main/common/article/model.ts';
import { previewImport } from '../../../main/core/import/service.ts';
import { tempDir } from '../library/helpers.ts';
import { put } from './helpers.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('dateline-import-drafts-'));
});
afterAll(async () => cleanup());

const texts = (content: readonly unknown[]) => (content as Block[]).map((b) => [b.type, blockText(b)]);

describe('a saved web page (.html)', () => {
  // What Chromium's and Firefox's "Save page as" write: pictures in `<name>_files/`, relative paths.
  const page = (img: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Bài</title></head><body>
<h1>Nông dân Vĩnh Hảo vào vụ cam</h1>
<p>17:43, 05/01/2025</p>
<p>BHG - Nông dân đang thu hoạch cam sành.</p>
<figure>${img}<figcaption>Nông dân xã Vĩnh Hảo thu hoạch cam sành.</figcaption></figure>
<p>Năm nay cam được mùa, được giá.</p>
<p>Bài, ảnh: THU PHƯƠNG</p>
</body></html>`;

  it.each([
    ['a relative path', '<img src="bai_files/cam-1.jpg" alt="">', 'bai_files/cam-1.jpg'],
    ['a path from the site root', '<img src="/uploads/cam-1.jpg">', '/uploads/cam-1.jpg'],
    ['no source (a lazy-loading page)', '<img data-src="cam.jpg" alt="">', '—'],
  ])('keeps the <figcaption> of a photo with %s, as its caption, and says the photo was not imported', async (_, img, src) => {
    const { draft, report } = await previewImport(await put(dir, 'cam.html', page(img)), { prefix: 'BHG' });
    const caption = 'Nông dân xã Vĩnh Hảo thu hoạch cam sành.';
    expect(texts(draft.content)).toContainEqual(['paragraph', caption]);
    expect(report.captions).toEqual([caption]);
    expect(report.images).toBe(1);
    expect(report.warnings).toContainEqual({ code: 'images-not-imported', params: { count: 1 } });
    expect(report.warnings).toContainEqual({ code: 'caption-without-photo', params: { caption, src } });
  });

  it('still keeps no picture of an unknown scheme, and no empty picture without a caption', async () => {
    const html = '<h1>Tin</h1><p>BHG - Sapo.</p><p><img src="cid:abc"><img src=""></p><p>Thân bài.</p>';
    const { report } = await previewImport(await put(dir, 'cid.html', html), { prefix: 'BHG' });
    expect(report.images).toBe(0);
  });
});

describe('a text draft (.txt)', () => {
  const draft = (lines: string[]) =>
    ['Kết quả kỳ họp', '', 'BHG - Kỳ họp đã thông qua các nghị quyết.', '', ...lines, '', 'Tin: VĂN NGHĨA', ''].join('\n');

  it('turns two or more `- ` or `• ` lines in a row into a bulleted list', async () => {
    const { draft: d } = await previewImport(
      await put(
        dir,
        'list.txt',
        draft([
          'Kỳ họp thông qua:',
          '- Nghị quyết về ngân sách;',
          '- Nghị quyết về đầu tư công;',
          '• Nghị quyết về biên chế.',
          'Các đại biểu nhất trí cao.',
        ]),
      ),
      { prefix: 'BHG' },
    );
    const list = (d.content as Block[]).find((b) => b.type === 'bulleted-list');
    expect(list && list.type === 'bulleted-list' ? list.children.map((i) => blockText(i)) : []).toEqual([
      'Nghị quyết về ngân sách;',
      'Nghị quyết về đầu tư công;',
      'Nghị quyết về biên chế.',
    ]);
    expect(texts(d.content)).toContainEqual(['paragraph', 'Các đại biểu nhất trí cao.']);
  });

  it('leaves one `- ` line a paragraph', async () => {
    const { draft: d } = await previewImport(await put(dir, 'one.txt', draft(['- Chỉ một dòng gạch đầu dòng.', 'Đoạn sau.'])), {
      prefix: 'BHG',
    });
    expect((d.content as Block[]).some((b) => b.type === 'bulleted-list')).toBe(false);
    expect(texts(d.content)).toContainEqual(['paragraph', '- Chỉ một dòng gạch đầu dòng.']);
  });
});
