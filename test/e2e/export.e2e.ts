// Export from the editor: a story set up through the api (headline, sapo `BHG - `, paragraphs,
// byline, publishing time, one photo added through the media service), preflight in the dialog
// (a photo without alt text is a warning; its link selects the figure), the package made as a .zip
// the browser downloads (a page may name no folder: docs/security.md), then read back and checked
// by `dateline verify`.
// Also "In / PDF": what is printed is the paper's layout, without the app around it; and Hủy
// during an export: nothing is left in the download folder.

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Block, FigureBlock } from '../../main/common/article/model.ts';
import { readZipBuffer } from '../../main/core/export/zip.ts';
import { runCli } from '../unit/cli/run-cli.ts';
import { articleText, expect, test, type Dateline } from './fixtures.ts';

const HEADLINE = 'Sức mạnh đoàn kết ở chi bộ Quang Bình';
const SAPO = 'BHG - Chi bộ thôn Nà Ké đã bốn năm liền đạt danh hiệu “bốn tốt”, nhờ đoàn kết và gần dân.';
const P1 = 'Trong buổi sinh hoạt chi bộ tháng Mười Hai, các đảng viên bàn cách làm đường liên thôn.';
const P2 = 'Bí thư chi bộ cho biết: “Dân tin thì việc gì cũng làm được”.';
const CAPTION = 'Buổi sinh hoạt chi bộ thôn Nà Ké';
// 17:43, 05/01/2025 in Vietnam.
const PUBLISH_AT = '2025-01-05T10:43:00.000Z';

let work: string;
test.beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dateline-export-e2e-'));
});
test.afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The story, with its photos added through media.add (made here by sharp), saved through the api. */
async function setUpStory(dateline: Dateline, photos = 1): Promise<{ id: string; figureId: string }> {
  const paths: string[] = [];
  for (let i = 0; i < photos; i++) {
    paths.push(join(work, `chi-bo-${i + 1}.jpg`));
    const background = { r: 90 + i * 15, g: 120, b: 150 };
    await writeFile(
      paths[i],
      await sharp({ create: { width: 1800, height: 1200, channels: 3, background, noise: { type: 'gaussian', mean: 120, sigma: 20 } } })
        .jpeg({ quality: 85 })
        .toBuffer(),
    );
  }
  const created = await dateline.call('library.create', {});
  const added = await dateline.call('media.add', { id: created.id, paths });
  const figures: FigureBlock[] = added.items.map((item, i) => {
    if (!item.ok) throw new Error(item.error.message);
    return {
      type: 'figure',
      id: `b-export-fig${i + 1}`,
      assetId: item.asset.assetId,
      caption: CAPTION,
      credit: 'TRUNG HẬU',
      alt: '',
      layout: 'medium',
      children: [{ text: '' }],
    };
  });
  const figure = figures[0];
  const content: Block[] = [
    { type: 'headline', id: 'b-export-head', children: [{ text: HEADLINE }] },
    { type: 'sapo', id: 'b-export-sapo', children: [{ text: SAPO }] },
    { type: 'paragraph', id: 'b-export-p1', children: [{ text: P1 }] },
    figure,
    { type: 'paragraph', id: 'b-export-p2', children: [{ text: P2 }] },
    ...figures.slice(1),
  ];
  await dateline.call('library.save', {
    id: created.id,
    content: content as never,
    meta: { publishAt: PUBLISH_AT, byline: { role: 'bai-anh', people: [{ name: 'Trung Hậu' }], place: 'Quang Bình' } },
    baseVersion: created.version,
  });
  return { id: created.id, figureId: figure.id };
}

test('preflight in the dialog, jump to the photo, export a package that downloads and verifies', async ({ page, dateline }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  const { id, figureId } = await setUpStory(dateline);
  await dateline.open(page, `#/article/${id}`);
  await expect(articleText(page)).toContainText(HEADLINE);

  // Preflight: the missing alt text is a warning, with a link to its photo.
  await page.getByRole('button', { name: 'Xuất bản gói' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất bản gói' });
  await expect(dialog).toBeVisible();
  const altWarning = dialog.locator('li[data-code="alt-missing"]');
  await expect(altWarning).toContainText('Ảnh số 1 chưa có mô tả cho người khiếm thị (alt).');
  await expect(dialog.locator('li[data-severity="error"]')).toHaveCount(0);
  await altWarning.getByRole('button', { name: 'Đến chỗ này' }).click();
  await expect(dialog).toBeHidden();
  const figure = articleText(page).locator(`figure[data-block-id="${figureId}"]`);
  await expect(figure).toHaveClass(/is-selected/);
  await expect(figure).toBeInViewport();

  // Export from the dialog; warnings are accepted by "Vẫn xuất". In a browser there is no folder to
  // choose and no "folder" kind: the .zip is downloaded.
  await page.getByRole('button', { name: 'Xuất bản gói' }).click();
  await expect(dialog.locator('li[data-code="alt-missing"]')).toBeVisible();
  await expect(dialog.getByLabel('Thư mục lưu')).toHaveCount(0);
  await expect(dialog.getByRole('radio', { name: 'Một thư mục' })).toHaveCount(0);
  await dialog.getByLabel('Tên gói').fill('chi-bo-quang-binh');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'Vẫn xuất' }).click(),
  ]);
  const done = dialog.locator('.export-done');
  await expect(done).toContainText('Đã xuất');
  await expect(done).toHaveAttribute('data-path', join(dateline.libraryDir, 'exports', 'chi-bo-quang-binh.zip'));
  expect(download.suggestedFilename()).toBe('chi-bo-quang-binh.zip');
  const pkg = join(work, 'chi-bo-quang-binh.zip');
  await download.saveAs(pkg);

  // What was downloaded.
  const entries = new Map((await readZipBuffer(await readFile(pkg))).map((e) => [e.path, e.data]));
  expect([...entries.keys()].filter((p) => !p.startsWith('images/')).sort()).toEqual([
    'article.docx',
    'article.fragment.html',
    'article.html',
    'article.txt',
    'manifest.json',
    'ninjs.json',
  ]);
  const html = entries.get('article.html')!.toString('utf8');
  expect(html).toContain(`<h1>${HEADLINE}</h1>`);
  expect(html).toContain('<time datetime="2025-01-05T17:43:00+07:00">17:43, 05/01/2025</time>');
  expect(html).toContain(`<p class="sapo">${SAPO}</p>`);
  expect(html).toMatch(/<p class="sapo">BHG - /);
  expect(html).toContain(`<p>${P1}</p>`);
  expect(html).toContain(`<p>${P2}</p>`);
  expect(html).toMatch(
    new RegExp(
      `<figure><picture>.*<img src="images/anh-01-800\\.jpg"[^>]*>.*</picture><figcaption>${CAPTION} <small>Ảnh: TRUNG HẬU</small></figcaption></figure>`,
    ),
  );
  expect(html).toMatch(/<footer>\s*<p class="byline">Bài, ảnh: TRUNG HẬU \(Quang Bình\)<\/p>\s*<\/footer>/);
  expect([...entries.keys()].filter((p) => p.startsWith('images/') && p.endsWith('.jpg')).sort()).toEqual([
    'images/anh-01-1600.jpg',
    'images/anh-01-400.jpg',
    'images/anh-01-800.jpg',
  ]);

  // The receiving side's check.
  const verified = await runCli(['verify', pkg], { ...process.env, DATELINE_CONFIG_DIR: join(work, 'cli-config') });
  expect(verified.stderr).toBe('');
  expect(verified.code).toBe(0);
  expect(verified.stdout).toContain('Gói hợp lệ');
  expect(problems).toEqual([]);
});

test('"In / PDF" prints the paper layout without the app around it', async ({ page, dateline }) => {
  const { id } = await setUpStory(dateline);
  // window.print opens the system dialog: here it records what would be printed instead.
  await page.addInitScript(() => {
    const w = window as unknown as { print: () => void; __printed: unknown[] };
    w.__printed = [];
    w.print = () => {
      const view = document.querySelector('.print-article');
      // The app (masthead, toolbars, editor, details) lives in #root.
      const app = document.getElementById('root');
      w.__printed.push({
        text: view?.textContent ?? '',
        viewShown: view ? getComputedStyle(view).display !== 'none' : false,
        appShown: app ? getComputedStyle(app).display !== 'none' : true,
        figcaption: view?.querySelector('figure figcaption')?.textContent ?? '',
        img: !!view?.querySelector('figure img'),
        sapoWeight: getComputedStyle(view?.querySelector('.print-sapo') ?? document.body).fontWeight,
        bylineAlign: getComputedStyle(view?.querySelector('.print-byline') ?? document.body).textAlign,
      });
    };
  });
  await dateline.open(page, `#/article/${id}`);
  await expect(articleText(page)).toContainText(HEADLINE);
  await page.emulateMedia({ media: 'print' });
  await page.getByRole('button', { name: 'In / PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: unknown[] }).__printed.length)).toBe(1);
  const [printed] = (await page.evaluate(() => (window as unknown as { __printed: unknown[] }).__printed)) as {
    text: string;
    viewShown: boolean;
    appShown: boolean;
    figcaption: string;
    img: boolean;
    sapoWeight: string;
    bylineAlign: string;
  }[];
  expect(printed.viewShown).toBe(true);
  expect(printed.appShown).toBe(false);
  expect(printed.text).toContain(HEADLINE);
  expect(printed.text).toContain('17:43, 05/01/2025');
  expect(printed.text).toContain(SAPO);
  expect(printed.text).toContain(P2);
  expect(printed.text).toContain('Bài, ảnh: TRUNG HẬU (Quang Bình)');
  expect(printed.figcaption).toBe(`${CAPTION}Ảnh: TRUNG HẬU`);
  expect(printed.img).toBe(true);
  expect(printed.sapoWeight).toBe('700');
  expect(printed.bylineAlign).toBe('right');
  // Afterwards the print view is gone again.
  await expect(page.locator('.print-article')).toHaveCount(0);
  // Ctrl+P from the text prints the same paper layout, not the app's screen.
  await articleText(page).locator('.block-paragraph').first().click();
  await page.keyboard.press('Control+P');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: unknown[] }).__printed.length)).toBe(2);
  const again = (
    await page.evaluate(() => (window as unknown as { __printed: { viewShown: boolean; appShown: boolean; text: string }[] }).__printed)
  )[1];
  expect(again.viewShown).toBe(true);
  expect(again.appShown).toBe(false);
  expect(again.text).toContain(HEADLINE);
});

test('Hủy during an export leaves nothing in the download folder', async ({ page, dateline }) => {
  // Ten photos: the service stops between photos, so Hủy lands while most are still to be made.
  const { id } = await setUpStory(dateline, 10);
  await dateline.open(page, `#/article/${id}`);
  await expect(articleText(page)).toContainText(HEADLINE);
  await page.getByRole('button', { name: 'Xuất bản gói' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất bản gói' });
  await expect(dialog.locator('li[data-code="alt-missing"]')).toHaveCount(10);
  await dialog.getByLabel('Tên gói').fill('se-huy');
  const downloads = join(dateline.libraryDir, 'exports');
  const before = (await readdir(downloads)).sort();
  await dialog.getByRole('button', { name: 'Vẫn xuất' }).click();
  // The bar is fed by the service: it says which photo is being made.
  await expect(dialog.getByRole('status').filter({ hasText: 'Đang tạo ảnh' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Đã hủy xuất bài; không có tệp nào được để lại.', { timeout: 60_000 });
  expect((await readdir(downloads)).sort()).toEqual(before);
  // The dialog is usable again (Đóng, not Hủy), and closing it works.
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();
});
