// The article's metadata panel in Chromium: the byline as structured data (typed and through the
// IME), publish time in Hà Giang's clock, section, tags, related articles, the desk's note and
// the slug reach the stored article through the same autosave as the text, survive a reload,
// and `dateline show --format text` prints them the paper's way.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { articleText, expect, repoDir, saveStatus, storedArticle, test } from './fixtures.ts';
import { cdpFor, compose } from './ime.ts';

const run = promisify(execFile);

const HEADLINE = 'Sức mạnh đoàn kết trong phong trào “bốn tốt” ở Quang Bình';
const NOTE = 'Kiểm tra lại số liệu 97% với Huyện ủy trước khi đăng.';

const byTestId = (page: Page, id: string) => page.getByTestId(id);

test('byline, publish time, section, tags, related, note and slug are stored, kept on reload and printed by the CLI', async ({
  page,
  dateline,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  const related = await dateline.call('library.create', { headline: 'Xuân sớm với người dân khu tái định cư Đồng Tâm' });
  await dateline.call('library.save', { id: related.id, content: related.content as never, meta: { category: 'Xây dựng Đảng' } });
  const article = await dateline.call('library.create', { headline: HEADLINE });
  await dateline.open(page, `#/article/${article.id}`);
  await expect(articleText(page).locator('.block-headline')).toHaveText(HEADLINE);

  // Byline: `Bài, ảnh:`, a name typed partly through the IME, a place.
  await byTestId(page, 'byline-role').selectOption('bai-anh');
  await byTestId(page, 'byline-name-0').click();
  await page.keyboard.type('Trung ');
  const cdp = await cdpFor(page);
  await compose(cdp, ['H', 'Ha', 'Hâ', 'Hậ', 'Hậu']);
  await cdp.detach();
  await byTestId(page, 'byline-place').click();
  await page.keyboard.type('Quang Bình');
  await expect(byTestId(page, 'byline-preview')).toHaveText('Bài, ảnh: TRUNG HẬU (Quang Bình)');
  // The field keeps the name as typed; only the printed line is in capitals.
  await expect(byTestId(page, 'byline-name-0')).toHaveValue('Trung Hậu');

  // Publish time on the newsroom's clock, shown the paper's way.
  await byTestId(page, 'meta-publish-at').click();
  await page.keyboard.type('17:43, 05/01/2025');
  await expect(byTestId(page, 'meta-publish-shown')).toHaveText('17:43, 05/01/2025');

  await byTestId(page, 'meta-place').click();
  await page.keyboard.type('Quang Bình');
  // The section offers those already used in the library.
  await expect(page.locator(`datalist option[value="Xây dựng Đảng"]`)).toHaveCount(1);
  await byTestId(page, 'meta-category').click();
  await page.keyboard.type('Xây dựng Đảng');

  // Tags: Enter and a comma add; a repeat in other case is not added twice.
  await byTestId(page, 'meta-tags').click();
  await page.keyboard.type('bốn tốt');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Quang Bình,quang bình');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('meta-tag')).toHaveText(['bốn tốt×', 'Quang Bình×']);
  await expect(byTestId(page, 'meta-tags')).toHaveValue('');

  // Related: found by headline without tones, shown with its date.
  await byTestId(page, 'meta-related-search').click();
  await page.keyboard.type('dong tam');
  await page.getByRole('button', { name: 'Thêm “Xuân sớm với người dân khu tái định cư Đồng Tâm” vào bài liên quan' }).click();
  await expect(page.getByTestId('meta-related-item')).toHaveCount(1);
  await expect(page.getByTestId('meta-related-item')).toContainText('Xuân sớm với người dân khu tái định cư Đồng Tâm');

  await byTestId(page, 'meta-editor-note').click();
  await page.keyboard.type(NOTE);

  // The slug: the suggestion from the headline, then it follows the headline while untouched.
  await byTestId(page, 'meta-slug-suggest').click();
  await expect(byTestId(page, 'meta-slug')).toHaveValue('suc-manh-doan-ket-trong-phong-trao-bon-tot-o-quang-binh');
  await articleText(page).locator('.block-headline').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' năm 2025');
  await expect(byTestId(page, 'meta-slug')).toHaveValue('suc-manh-doan-ket-trong-phong-trao-bon-tot-o-quang-binh-nam-2025');

  await expect(saveStatus(page)).toHaveText('Đã lưu');
  const stored = await storedArticle(
    dateline,
    article.id,
    (a) => a.meta.slug.endsWith('nam-2025') && a.meta.editorNote === NOTE && a.meta.relatedIds.length === 1,
  );
  expect(stored.meta).toEqual({
    slug: 'suc-manh-doan-ket-trong-phong-trao-bon-tot-o-quang-binh-nam-2025',
    category: 'Xây dựng Đảng',
    tags: ['bốn tốt', 'Quang Bình'],
    place: 'Quang Bình',
    publishAt: '2025-01-05T10:43:00.000Z',
    byline: { role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' },
    relatedIds: [related.id],
    editorNote: NOTE,
  });
  expect(JSON.stringify(stored.meta)).toBe(JSON.stringify(stored.meta).normalize('NFC'));
  expect(stored.content[0]).toMatchObject({ children: [{ text: `${HEADLINE} năm 2025` }] });

  await page.reload();
  await expect(byTestId(page, 'byline-name-0')).toHaveValue('Trung Hậu');
  await expect(byTestId(page, 'byline-place')).toHaveValue('Quang Bình');
  await expect(byTestId(page, 'byline-role')).toHaveValue('bai-anh');
  await expect(byTestId(page, 'byline-preview')).toHaveText('Bài, ảnh: TRUNG HẬU (Quang Bình)');
  await expect(byTestId(page, 'meta-publish-at')).toHaveValue('17:43, 05/01/2025');
  await expect(byTestId(page, 'meta-publish-shown')).toHaveText('17:43, 05/01/2025');
  await expect(byTestId(page, 'meta-place')).toHaveValue('Quang Bình');
  await expect(byTestId(page, 'meta-category')).toHaveValue('Xây dựng Đảng');
  await expect(page.getByTestId('meta-tag')).toHaveText(['bốn tốt×', 'Quang Bình×']);
  await expect(page.getByTestId('meta-related-item')).toContainText('Xuân sớm với người dân khu tái định cư Đồng Tâm');
  await expect(byTestId(page, 'meta-editor-note')).toHaveValue(NOTE);
  await expect(byTestId(page, 'meta-slug')).toHaveValue('suc-manh-doan-ket-trong-phong-trao-bon-tot-o-quang-binh-nam-2025');

  const { stdout } = await run(
    process.execPath,
    [join(repoDir, 'bin', 'dateline.js'), 'show', article.id, '--format', 'text', '--library', dateline.libraryDir],
    {
      env: { ...process.env, DATELINE_CONFIG_DIR: dateline.configDir },
    },
  );
  expect(stdout.split('\n\n').slice(0, 2)).toEqual([`${HEADLINE} năm 2025`, '17:43, 05/01/2025']);
  expect(stdout.endsWith('\n\nBài, ảnh: TRUNG HẬU (Quang Bình)\n')).toBe(true);
  expect(stdout).not.toContain(NOTE);
  expect(problems).toEqual([]);
});

test('Bài: + Ảnh: splits writer and photographer; Theo prints the source; removing and clearing are saved', async ({ page, dateline }) => {
  const article = await dateline.call('library.create', { headline: 'Tin ảnh' });
  await dateline.open(page, `#/article/${article.id}`);
  await byTestId(page, 'byline-role').selectOption('bai');
  await byTestId(page, 'byline-name-0').fill('Trung Hậu');
  await byTestId(page, 'byline-add-person').click();
  await byTestId(page, 'byline-name-1').fill('Minh Anh');
  await byTestId(page, 'byline-person-role-1').selectOption('photo');
  await byTestId(page, 'byline-place').fill('Quang Bình');
  await expect(byTestId(page, 'byline-preview')).toHaveText('Bài: TRUNG HẬU; Ảnh: MINH ANH (Quang Bình)');
  await byTestId(page, 'meta-publish-now').click();
  await storedArticle(dateline, article.id, (a) => a.meta.byline.people.length === 2 && a.meta.publishAt !== null);
  const saved = await dateline.call('library.get', { id: article.id });
  expect(saved.meta.byline).toEqual({
    role: 'bai',
    people: [{ name: 'Trung Hậu' }, { name: 'Minh Anh', role: 'photo' }],
    place: 'Quang Bình',
  });
  expect(Math.abs(Date.parse(saved.meta.publishAt ?? '') - Date.now())).toBeLessThan(10 * 60_000);

  await byTestId(page, 'meta-publish-clear').click();
  await byTestId(page, 'byline-role').selectOption('theo');
  await byTestId(page, 'byline-source').fill('VOV');
  await expect(byTestId(page, 'byline-preview')).toHaveText('TRUNG HẬU - MINH ANH (Theo VOV)');
  await byTestId(page, 'byline-remove-person-1').click();
  await byTestId(page, 'byline-name-0').fill('');
  await expect(byTestId(page, 'byline-preview')).toHaveText('Theo VOV');
  await storedArticle(
    dateline,
    article.id,
    (a) => a.meta.byline.role === 'theo' && a.meta.byline.people.length === 0 && a.meta.publishAt === null,
  );
  expect((await dateline.call('library.get', { id: article.id })).meta.byline).toEqual({
    role: 'theo',
    people: [],
    place: 'Quang Bình',
    source: 'VOV',
  });
});

test('the sapo keeps the paper’s prefix once when a whole sapo is pasted after it', async ({ page, dateline }) => {
  const article = await dateline.call('library.create', { headline: 'Tiền tố' });
  await dateline.open(page, `#/article/${article.id}`);
  const editor = articleText(page);
  await editor.locator('.block-sapo').click();
  await page.keyboard.press('End');
  await editor.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'BHG - Nhận thức sâu sắc về vai trò của công tác xây dựng Đảng.');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor.locator('.block-sapo')).toHaveText('BHG - Nhận thức sâu sắc về vai trò của công tác xây dựng Đảng.');
  const stored = await storedArticle(
    dateline,
    article.id,
    (a) => a.content[1].children.length > 0 && JSON.stringify(a.content[1]).includes('Nhận thức'),
  );
  expect(JSON.stringify(stored.content[1])).not.toContain('BHG - BHG');
});

test('metadata the disk refused is kept (even after leaving the article) and saved when the disk is back', async ({ page, dateline }) => {
  const article = await dateline.call('library.create', { headline: 'Ổ đĩa đầy' });
  let diskFull = true;
  await page.route('**/api/library.save', async (route) => {
    if (diskFull)
      await route.fulfill({
        json: {
          ok: false,
          error: { code: 'DISK_FULL', message: 'Ổ đĩa đã đầy nên chưa lưu được; nội dung vẫn được giữ và sẽ thử lưu lại.' },
        },
      });
    else await route.continue();
  });
  await dateline.open(page, `#/article/${article.id}`);
  await byTestId(page, 'meta-category').click();
  await page.keyboard.type('Thời sự');
  await expect(saveStatus(page)).toHaveText('Chưa lưu được, sẽ thử lại');

  await page.getByRole('button', { name: 'Thư viện', exact: true }).click();
  await page.getByRole('link', { name: 'Ổ đĩa đầy' }).click();
  await expect(byTestId(page, 'meta-category')).toHaveValue('Thời sự');
  expect((await dateline.call('library.get', { id: article.id })).meta.category).toBe('');

  diskFull = false;
  await page.getByRole('button', { name: 'Thử lưu lại ngay' }).click();
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  await storedArticle(dateline, article.id, (a) => a.meta.category === 'Thời sự');
});
