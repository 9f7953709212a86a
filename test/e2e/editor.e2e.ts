// Writing an article in Chromium against the browser host: keyboard typing and IME composition,
// autosave, reload, NFC on disk, the same text through the `dateline` CLI; a damaged article;
// a disk that refuses to save.

import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import type { Article } from '../../main/common/article/model.ts';
import { blockText } from '../../main/common/article/model.ts';
import { articleText, expect, repoDir, saveStatus, test, storedArticle } from './fixtures.ts';

const run = promisify(execFile);

const texts = (article: Article): string[] => article.content.map((b) => blockText(b));

/** Composes a word through Chromium's IME path (what Telex/VNI keyboards on macOS and ibus do). */
async function composeWord(page: Page, steps: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const step of steps)
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  await cdp.send('Input.insertText', { text: steps[steps.length - 1] });
  await cdp.detach();
}

const currentArticleId = (page: Page): string => /#\/article\/(a-[0-9a-z-]+)/.exec(page.url())?.[1] ?? '';

test('typed and IME-composed Vietnamese is autosaved in NFC, survives a reload and reads the same from the CLI', async ({
  page,
  dateline,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await dateline.open(page);
  await page.getByRole('button', { name: 'Bài mới' }).click();
  const editor = articleText(page);
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  const id = currentArticleId(page);
  expect(id).not.toBe('');

  await editor.locator('.block-headline').click();
  await page.keyboard.type('Sức mạnh đoàn kết ở Quang Bình');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type('Đảng bộ huyện luôn coi việc xây dựng “Chi bộ bốn tốt” là nhiệm vụ then chốt.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Đồng chí Hoàng Thị Sinh bày tỏ: ');
  await composeWord(page, ['t', 'ti', 'tie', 'tiê', 'tiên', 'tiêng', 'tiếng']);
  await page.keyboard.type(' ');
  // An IME that sends decomposed text (one code point per mark).
  await page.keyboard.insertText('Vie\u0302\u0323t');
  await page.keyboard.type(' của người H’Mông.');

  const body = 'Đồng chí Hoàng Thị Sinh bày tỏ: tiếng Việt của người H’Mông.';
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  const stored = await storedArticle(dateline, id, (a) => texts(a)[2] === body);
  expect(texts(stored)).toEqual([
    'Sức mạnh đoàn kết ở Quang Bình',
    'BHG - Đảng bộ huyện luôn coi việc xây dựng “Chi bộ bốn tốt” là nhiệm vụ then chốt.',
    body,
  ]);
  const json = await readFile(join(dateline.libraryDir, 'articles', id, 'article.json'), 'utf8');
  expect(json).toBe(json.normalize('NFC'));
  expect(json).toContain('tiếng Việt');

  await page.reload();
  await expect(editor.locator('.block-paragraph').first()).toHaveText(body);
  await expect(editor.locator('.block-headline')).toHaveText('Sức mạnh đoàn kết ở Quang Bình');
  const shown = await editor.innerText();
  expect(shown).toBe(shown.normalize('NFC'));
  expect(shown.match(/tiếng/g)).toHaveLength(1);

  const { stdout } = await run(
    process.execPath,
    [join(repoDir, 'bin', 'dateline.js'), 'show', id, '--json', '--library', dateline.libraryDir],
    {
      env: { ...process.env, DATELINE_CONFIG_DIR: dateline.configDir },
    },
  );
  const fromCli = JSON.parse(stdout) as Article;
  expect(texts(fromCli)).toEqual(texts(stored));
  expect(problems).toEqual([]);
});

test('Enter moves from headline to sapo to body, and new paragraphs get their own block ids', async ({ page, dateline }) => {
  const article = await dateline.call('library.create', { headline: 'Tiêu đề' });
  await dateline.open(page, `#/article/${article.id}`);
  const editor = articleText(page);
  await editor.locator('.block-headline').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Đoạn một');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Đoạn hai');
  const saved = await storedArticle(dateline, article.id, (a) => texts(a).length === 4 && texts(a)[3] === 'Đoạn hai');
  expect(saved.content.map((b) => b.type)).toEqual(['headline', 'sapo', 'paragraph', 'paragraph']);
  expect(texts(saved).slice(0, 3)).toEqual(['Tiêu đề', 'BHG - ', 'Đoạn một']);
  expect(new Set(saved.content.map((b) => b.id)).size).toBe(4);
});

test('a damaged article is not overwritten and its last good revision can be restored', async ({ page, dateline }) => {
  const article = await dateline.call('library.create', { headline: 'Bài sẽ bị hỏng' });
  const file = join(dateline.libraryDir, 'articles', article.id, 'article.json');
  const damaged = (await readFile(file, 'utf8')).slice(0, 40);
  await writeFile(file, damaged);

  await dateline.open(page, `#/article/${article.id}`);
  await expect(page.getByRole('heading', { name: 'Không mở được bài này' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'bị hỏng' })).toBeVisible();
  await expect(saveStatus(page)).toHaveCount(0);
  expect(await readFile(file, 'utf8')).toBe(damaged);
  await page.getByRole('button', { name: /Khôi phục bản lưu tốt gần nhất \(bản 1,/ }).click();
  await expect(articleText(page).locator('.block-headline')).toHaveText('Bài sẽ bị hỏng');
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  const restored = await dateline.call('library.get', { id: article.id });
  expect(restored.version).toBeGreaterThan(article.version);
  expect(texts(restored)[0]).toBe('Bài sẽ bị hỏng');
});

test('when the disk refuses a save the text stays (even after leaving the article), the reason is shown, and saving resumes', async ({
  page,
  dateline,
}) => {
  const article = await dateline.call('library.create', { headline: 'Ổ đĩa đầy' });
  let diskFull = true;
  await page.route('**/api/library.save', async (route) => {
    if (diskFull) {
      await route.fulfill({
        json: {
          ok: false,
          error: { code: 'DISK_FULL', message: 'Ổ đĩa đã đầy nên chưa lưu được; nội dung vẫn được giữ và sẽ thử lưu lại.' },
        },
      });
    } else {
      await route.continue();
    }
  });
  await dateline.open(page, `#/article/${article.id}`);
  const editor = articleText(page);
  await editor.locator('.block-paragraph').first().click();
  await page.keyboard.type('Chữ không được mất');
  await expect(saveStatus(page)).toHaveText('Chưa lưu được, sẽ thử lại');
  await expect(page.getByRole('alert').filter({ hasText: 'Ổ đĩa đã đầy' })).toBeVisible();
  await expect(editor.locator('.block-paragraph').first()).toHaveText('Chữ không được mất');

  // Leave the article and come back: the text is still the one typed, not the disk's.
  await page.getByRole('button', { name: 'Thư viện', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thư viện' })).toBeVisible();
  await page.getByRole('link', { name: 'Ổ đĩa đầy' }).click();
  await expect(editor.locator('.block-paragraph').first()).toHaveText('Chữ không được mất');
  expect(texts(await dateline.call('library.get', { id: article.id }))[2]).toBe('');

  diskFull = false;
  await page.getByRole('button', { name: 'Thử lưu lại ngay' }).click();
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  await storedArticle(dateline, article.id, (a) => texts(a)[2] === 'Chữ không được mất');
  await expect(page.getByRole('alert').filter({ hasText: 'Ổ đĩa đã đầy' })).toHaveCount(0);
});

test('IME words, Enter after a composed word and Backspace-style IME bursts give each word once', async ({ page, dateline }) => {
  const article = await dateline.call('library.create', {});
  await dateline.open(page, `#/article/${article.id}`);
  const editor = articleText(page);
  await editor.locator('.block-headline').click();
  // A composed headline, then Enter: the sapo, not a split headline.
  await composeWord(page, ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt']);
  await page.keyboard.type(' ');
  await composeWord(page, ['N', 'Na', 'Nam']);
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // xin chào các bạn, word by word through the IME (the Windows keyboard once repeated words here).
  for (const steps of [
    ['x', 'xi', 'xin'],
    ['c', 'ch', 'cha', 'chà', 'chào'],
    ['c', 'ca', 'các'],
    ['b', 'ba', 'bạ', 'bạn'],
  ]) {
    await composeWord(page, steps);
    await page.keyboard.type(' ');
  }
  await composeWord(page, ['v', 'va', 'vâ', 'vậ', 'vậy']);
  await page.keyboard.press('Enter');
  // UniKey-style: letters, then Backspaces and the accented replacement in one burst.
  await page.keyboard.type('tao');
  await Promise.all([page.keyboard.press('Backspace'), page.keyboard.press('Backspace'), page.keyboard.insertText('ạo')]);
  const saved = await storedArticle(dateline, article.id, (a) => texts(a)[3] === 'tạo');
  expect(texts(saved)).toEqual(['Việt Nam', 'BHG - ', 'xin chào các bạn vậy', 'tạo']);
  for (const t of texts(saved)) expect(t).toBe(t.normalize('NFC'));
  await expect(editor.locator('.block-paragraph')).toHaveText(['xin chào các bạn vậy', 'tạo']);
});

test('pasted text is composed to NFC; its lines join in the headline and become paragraphs in the body', async ({ page, dateline }) => {
  const article = await dateline.call('library.create', {});
  await dateline.open(page, `#/article/${article.id}`);
  const editor = articleText(page);
  const paste = (text: string) =>
    editor.evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  await editor.locator('.block-headline').click();
  await paste('Ha\u0300 Giang\nsa\u0301p nha\u0323\u0302p');
  await editor.locator('.block-paragraph').first().click();
  await paste('Đoạn một\r\nĐoa\u0323n hai');
  const saved = await storedArticle(dateline, article.id, (a) => texts(a).length === 4);
  expect(texts(saved)).toEqual(['Hà Giang sáp nhập', 'BHG - ', 'Đoạn một', 'Đoạn hai']);
});

test('typing keeps the caret in view: a caret scrolled out of sight comes back with the next change', async ({ page, dateline }) => {
  const created = await dateline.call('library.create', { headline: 'Bài dài' });
  const paragraphs = Array.from({ length: 120 }, (_, i) => ({
    type: 'paragraph' as const,
    id: `b-cuon-${i}`,
    children: [{ text: `Đoạn ${i + 1}: người dân Quang Bình cùng nhau làm đường về thôn.` }],
  }));
  await dateline.call('library.save', { id: created.id, content: [...created.content.slice(0, 2), ...paragraphs] as never });
  await dateline.open(page, `#/article/${created.id}`);
  const last = articleText(page).locator('.block-paragraph').last();
  await last.click();
  await page.keyboard.press('End');
  const caretInView = (): Promise<boolean> =>
    page.evaluate(() => {
      const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
  // Typing where the caret is visible leaves the page where it is.
  await page.keyboard.type(' Một');
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  expect(await caretInView()).toBe(true);
  // Scrolled away to the top, Enter (a change Slate makes, not the browser) brings the caret
  // back into view, in its new paragraph.
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await caretInView()).toBe(false);
  await page.keyboard.press('Enter');
  await expect.poll(caretInView).toBe(true);
  await page.keyboard.type('Hai');
  await expect(articleText(page).locator('.block-paragraph').last()).toHaveText('Hai');
});
