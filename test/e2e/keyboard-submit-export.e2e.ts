// A reporter's first hour with the keyboard only, to the end (issue 12): no mouse after the page
// opens. Settings → "Họ tên" (the desk's name, which makes the signing key); a new article from
// the library; Ctrl+Enter, the desk folder typed in the dialog, Enter: the signed submission is
// in the desk folder. Esc, End, ←, Enter: "Xuất bản gói", Tab to the package's name, typed, Tab to
// the button, Enter: the package is in the download folder and downloaded. Every stop of the
// keyboard shows where it is (keys.ts), Tab always moves on, Esc and F6 always lead out; what is
// on disk is read back: the submission's article and signer, the package's files and text.
// The desk folder is granted as `npm run serve -- --desk <folder>` grants it (the only folder
// outside the library a page may name, docs/security.md).

import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { articleHeadline, blockText, type Article } from '../../main/common/article/model.ts';
import { readZipBuffer } from '../../main/core/export/zip.ts';
import { runCli } from '../unit/cli/run-cli.ts';
import { articleText, expect, saveStatus, storedArticle, test } from './fixtures.ts';
import { focused, focusProblem, pressUntil, typeNewArticle } from './keys.ts';

const NAME = 'Trần Trung Hậu';
const HEADLINE = 'Đường bê tông về Nà Ké';
const SAPO = 'Bà con thôn Nà Ké góp công, góp đất làm đường.';
const BODY = 'Sau ba tháng, con đường dài 2 km đã về tới bản.';
const PACKAGE = 'duong-ve-na-ke';

let work: string;
test.beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dateline-kb-submit-'));
});
test.afterEach(async () => {
  await rm(work, { recursive: true, force: true, maxRetries: 5 });
});

/** The keyboard shows where it is (a ring, or the caret in the text). */
async function focusShown(page: Page): Promise<void> {
  expect(await focusProblem(page), await focused(page)).toBe('');
}

/** Tab moves the keyboard on and Shift+Tab brings it back: no trap here (WCAG 2.1.2). */
async function tabMovesOn(page: Page): Promise<void> {
  const here = await focused(page);
  await page.keyboard.press('Tab');
  await focusShown(page);
  expect(await focused(page)).not.toBe(here);
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe(here);
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  test(`keyboard only at ${viewport.width}×${viewport.height}: name in Settings, a new article submitted to the desk folder, a package exported; both read back from disk`, async ({
    page,
    dateline,
  }) => {
    test.setTimeout(240_000);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    const desk = join(work, 'ban-bien-tap');
    dateline.core.paths.grantFolder(desk);
    await page.setViewportSize(viewport);
    await dateline.open(page);
    await expect(page.getByRole('button', { name: 'Bài mới' })).toBeVisible();

    // Settings from the masthead: F6, Tab to "Cài đặt", Enter; Tab to "Họ tên" and type.
    await page.keyboard.press('F6');
    await focusShown(page);
    await pressUntil(page, 'Tab', page.getByRole('link', { name: 'Cài đặt' }), 8);
    await page.keyboard.press('Enter');
    const name = page.getByTestId('settings-name');
    await pressUntil(page, 'Tab', name, 12);
    await page.keyboard.type(NAME);
    // Leaving the field saves it; the desk's key is made with the name.
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('review-key')).toContainText('Khoá ký:');
    await focusShown(page);

    // Back to the library: Shift+F6 to the masthead, Tab to "Thư viện", Enter; Tab to "Bài mới".
    await page.keyboard.press('Shift+F6');
    await focusShown(page);
    await pressUntil(page, 'Shift+Tab', page.getByRole('link', { name: 'Thư viện' }), 8);
    await page.keyboard.press('Enter');
    const newArticle = page.getByRole('button', { name: 'Bài mới' });
    await pressUntil(page, 'Tab', newArticle, 15);
    await page.keyboard.press('Enter');
    const editor = articleText(page);
    const id = await typeNewArticle(page, { headline: HEADLINE, sapo: SAPO, body: BODY });

    // "Gửi duyệt": Ctrl+Enter; the keyboard is in the desk field (empty: no desk chosen yet).
    await page.keyboard.press('Control+Enter');
    const submit = page.getByRole('dialog', { name: 'Gửi tới bàn biên tập' });
    const deskField = submit.getByLabel('Thư mục bàn biên tập');
    await expect(deskField).toBeFocused();
    await focusShown(page);
    await tabMovesOn(page);
    await page.keyboard.type(desk);
    // Tab walks the dialog's controls (Hủy, Gửi) and comes back round: a modal dialog keeps the
    // keyboard until it closes, and Esc closes it.
    await pressUntil(page, 'Tab', submit.getByRole('button', { name: 'Gửi', exact: true }), 3);
    await pressUntil(page, 'Tab', deskField, 4);
    await page.keyboard.press('Enter');
    await expect(submit).toBeHidden({ timeout: 30_000 });
    await expect(page.getByRole('status', { name: 'Trạng thái duyệt' })).toHaveText('Chờ duyệt');
    await expect(page.getByRole('status', { name: 'Đường đi của bản gửi' })).toHaveText('✓✓ Đã để vào bàn biên tập');
    // The keyboard is back where it was before the dialog: the text.
    await expect(editor).toBeFocused();

    // "Xuất bản gói": Esc to the toolbar, End, ←, Enter.
    await page.keyboard.press('Escape');
    await focusShown(page);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const exportButton = page.getByRole('button', { name: 'Xuất bản gói' });
    await expect(exportButton).toBeFocused();
    await focusShown(page);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Xuất bản gói' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.export-findings, .export-ok').first()).toBeVisible({ timeout: 30_000 });
    await focusShown(page);
    const packageName = dialog.getByLabel('Tên gói');
    await pressUntil(page, 'Tab', packageName, 20);
    await page.keyboard.press('Control+a');
    await page.keyboard.type(PACKAGE);
    const go = dialog.getByRole('button', { name: /^(Xuất|Vẫn xuất)$/ });
    await pressUntil(page, 'Tab', go, 20);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
    const done = dialog.locator('.export-done');
    await expect(done).toContainText('Đã xuất', { timeout: 60_000 });
    const zipPath = join(dateline.libraryDir, 'exports', `${PACKAGE}.zip`);
    await expect(done).toHaveAttribute('data-path', zipPath);
    expect(download.suggestedFilename()).toBe(`${PACKAGE}.zip`);
    // Done: the keyboard is on "Đóng", shown; Enter closes and gives it back to "Xuất bản gói".
    const close = dialog.getByRole('button', { name: 'Đóng' });
    await expect(close).toBeFocused();
    await focusShown(page);
    await tabMovesOn(page);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(exportButton).toBeFocused();
    await focusShown(page);
    // And out of the toolbar again: Tab to the text.
    await page.keyboard.press('Tab');
    await expect(editor).toBeFocused();

    // What was typed is the article.
    await expect(saveStatus(page)).toHaveText('Đã lưu');
    const stored = await storedArticle(dateline, id, (a) => a.content.length >= 3);
    const text = (a: Pick<Article, 'content'>): string[] => a.content.map((b) => `${b.type}|${blockText(b)}`);
    expect(text(stored)).toEqual([`headline|${HEADLINE}`, `sapo|BHG - ${SAPO}`, `paragraph|${BODY}`]);

    // The submission, in the desk folder: signed by the name typed in Settings, with the article.
    const submissions = (await readdir(join(desk, 'submissions'))).filter((f) => f.endsWith('.zip'));
    expect(submissions).toEqual([expect.stringMatching(new RegExp(`^${id}__s-.*\\.zip$`))]);
    const sent = new Map(
      (await readZipBuffer(await readFile(join(desk, 'submissions', submissions[0] as string)))).map((e) => [e.path, e.data]),
    );
    const manifest = JSON.parse(sent.get('manifest.json')?.toString('utf8') ?? '{}') as { kind?: string; signer?: { name?: string } };
    expect(manifest).toMatchObject({ kind: 'submission', signer: { name: NAME } });
    const article = JSON.parse(sent.get('article.json')?.toString('utf8') ?? '{}') as Article;
    expect(article.id).toBe(id);
    expect(text(article)).toEqual(text(stored));
    expect(articleHeadline(article.content)).toBe(HEADLINE);

    // The package, in the download folder and downloaded: the same text in every part.
    const saved = join(work, `${PACKAGE}.zip`);
    await download.saveAs(saved);
    expect(await readFile(saved)).toEqual(await readFile(zipPath));
    const entries = new Map((await readZipBuffer(await readFile(zipPath))).map((e) => [e.path, e.data]));
    expect([...entries.keys()].sort()).toEqual([
      'article.docx',
      'article.fragment.html',
      'article.html',
      'article.txt',
      'manifest.json',
      'ninjs.json',
    ]);
    const txt = entries.get('article.txt')?.toString('utf8') ?? '';
    for (const line of [HEADLINE, `BHG - ${SAPO}`, BODY]) expect(txt).toContain(line);
    const html = entries.get('article.html')?.toString('utf8') ?? '';
    expect(html).toContain(`<h1>${HEADLINE}</h1>`);
    expect(html).toContain(`<p class="sapo">BHG - ${SAPO}</p>`);
    expect(html).toContain(`<p>${BODY}</p>`);
    const verified = await runCli(['verify', zipPath], { ...process.env, DATELINE_CONFIG_DIR: join(work, 'cli-config') });
    expect(verified.stdout).toContain('Gói hợp lệ');
    expect(verified.code).toBe(0);
    expect(problems).toEqual([]);
  });
}
