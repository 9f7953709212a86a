// A photo under review between two laptops (issue 13): in suggesting mode the editor types into a
// photo's credit (UniKey's Backspace bursts) and alt text (a composition), comments on the photo
// itself with "Ý kiến về ảnh 1" (typed by composition and bursts), and returns the article with a
// note. The reporter reads the comment, labelled "Ảnh 1" with the caption, reaches it by keyboard
// and sees the photo it is about highlighted; reads the two suggestions in "Xem ý kiến của bàn
// biên tập", accepts the credit and rejects the alt: the article ends with exactly the accepted
// credit and the original alt. axe finds no serious or critical problem on the editor's screen
// with the photo comment open and added, nor on the reporter's with it selected.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Block, FigureBlock } from '../../main/common/article/model.ts';
import type { Input } from '../../main/common/contract/index.ts';
import { expect, test } from './fixtures.ts';
import { cdpFor, composeText, composeWord, seeded, sendBursts, textBursts } from './ime.ts';
import { axeProblems, editorFor } from './review-helpers.ts';

const CAPTION = 'Ruộng bậc thang mùa nước đổ';
const CREDIT = 'Ảnh: TRUNG HẬU';
const ALT = 'Ruộng bậc thang Hoàng Su Phì';
const CREDIT_TYPED = ' và Lò Thị Ngọc';
const ALT_TYPED = ' mùa nước';
const COMMENT_COMPOSED = 'Ảnh này chụp ở thôn nào,';
const COMMENT_BURSTS = ' ngày nào?';
const COMMENT = COMMENT_COMPOSED + COMMENT_BURSTS;
const LABEL = `Ảnh 1 · “${CAPTION}”`;
const NOTE = 'Xem lại phần ảnh giúp mình.';

test('a photo’s credit and alt suggested in Vietnamese, a comment on the photo, accepted and rejected by the reporter', async ({
  page,
  dateline,
  rendererDir,
  browser,
}) => {
  test.setTimeout(300_000);
  const root = await mkdtemp(join(tmpdir(), 'dateline-e2e-photo-'));
  const editor = await editorFor(dateline, root, join(root, 'desk'), rendererDir);
  const editorCall = editor.call;
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const editorPage = await context.newPage();
  const problems: string[] = [];
  for (const p of [page, editorPage]) p.on('pageerror', (e) => problems.push(String(e)));
  try {
    // The scene: the reporter's article with one photo, submitted.
    const created = await dateline.call('library.create', { headline: 'Mùa nước đổ ở Hoàng Su Phì' });
    const jpeg = join(root, 'ruong.jpg');
    await writeFile(
      jpeg,
      await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 60, g: 140, b: 90 } } })
        .jpeg({ quality: 80 })
        .toBuffer(),
    );
    const added = await dateline.call('media.add', { id: created.id, paths: [jpeg], lenient: false });
    const assetId = added.items[0]?.ok ? added.items[0].asset.assetId : '';
    const content: Block[] = [
      created.content[0],
      { type: 'sapo', id: 'b-sapo', children: [{ text: 'BHG - Những thửa ruộng bậc thang đã vào mùa nước đổ.' }] },
      { type: 'paragraph', id: 'b-p0', children: [{ text: 'Người dân các thôn bắt đầu cày bừa, dẫn nước vào ruộng.' }] },
      { type: 'figure', id: 'b-fa', assetId, caption: CAPTION, credit: CREDIT, alt: ALT, layout: 'full', children: [{ text: '' }] },
    ];
    await dateline.call('library.save', { id: created.id, content: content as Input<'library.save'>['content'] });
    await dateline.call('review.submit', { id: created.id });
    const id = created.id;

    // The editor opens it from the inbox and turns on suggesting mode.
    await editorPage.goto(editor.host.url + '#/inbox');
    const card = editorPage.locator('.inbox-item').first();
    await expect(card).toHaveAttribute('data-state', 'new', { timeout: 60_000 });
    await card.click();
    const figure = editorPage.locator('.review-figure[data-block-id="b-fa"]');
    await expect(figure.locator('[data-field="credit"] dd')).toHaveText(CREDIT);
    await editorPage.getByRole('button', { name: 'Đề xuất', exact: true }).click();
    const cdp = await cdpFor(editorPage);

    // The credit: a click into the field, End, then a name typed with UniKey's bursts.
    const credit = figure.getByRole('textbox', { name: 'Đề xuất: Nguồn ảnh' });
    await credit.click();
    await editorPage.keyboard.press('End');
    await sendBursts(cdp, textBursts(CREDIT_TYPED, seeded(31)), { gapMs: [0, 5] });
    await expect(credit).toHaveValue(CREDIT + CREDIT_TYPED);

    // The alt text: a click into the field, End, then words composed (Telex as macOS/ibus shows it).
    const alt = figure.getByRole('textbox', { name: 'Đề xuất: Mô tả cho người khiếm thị' });
    await alt.click();
    await editorPage.keyboard.press('End');
    await sendBursts(cdp, [[{ kind: 'key', char: ' ' }]]);
    await composeWord(cdp, 'mùa');
    await sendBursts(cdp, [[{ kind: 'key', char: ' ' }]]);
    await composeWord(cdp, 'nước');
    await expect(alt).toHaveValue(ALT + ALT_TYPED);

    // The service holds one insertion per field, exactly as typed, in NFC; nothing else.
    const stored = async (): Promise<string[][]> =>
      (await editorCall('review.open', { id })).suggestions
        .map((s) => [
          s.anchor.blockId,
          s.anchor.field,
          s.anchor.quote,
          s.insert,
          String(s.insert === s.insert.normalize('NFC')),
          s.author.name,
          s.status,
        ])
        .sort((a, b) => (a[1] as string).localeCompare(b[1] as string));
    await expect.poll(stored, { timeout: 20_000 }).toEqual([
      ['b-fa', 'alt', '', ALT_TYPED, 'true', 'Nguyễn Thị Biên', 'open'],
      ['b-fa', 'credit', '', CREDIT_TYPED, 'true', 'Nguyễn Thị Biên', 'open'],
    ]);

    // A comment on the photo itself, typed by composition then UniKey's bursts; axe with it open, then added.
    await expect(figure.locator('.review-figure-number')).toHaveText('Ảnh 1');
    await figure.getByRole('button', { name: 'Ý kiến về ảnh 1', exact: true }).click();
    const commentBox = editorPage.getByRole('textbox', { name: 'Ý kiến', exact: true });
    await expect(commentBox).toBeFocused();
    await expect(editorPage.locator('.review-compose .hint')).toHaveText(LABEL);
    expect(await axeProblems(editorPage, '.review-screen'), 'review screen with the photo comment open').toEqual([]);
    await composeText(cdp, COMMENT_COMPOSED);
    await sendBursts(cdp, textBursts(COMMENT_BURSTS, seeded(13)), { gapMs: [0, 5] });
    await expect(commentBox).toHaveValue(COMMENT);
    await editorPage.keyboard.press('Tab');
    await expect(editorPage.getByRole('button', { name: 'Thêm', exact: true })).toBeFocused();
    await editorPage.keyboard.press('Enter');
    const thread = editorPage.locator('.review-thread', { hasText: COMMENT });
    await expect(thread).toHaveCount(1);
    await expect(thread.locator('.review-quote')).toHaveText(LABEL);
    await expect(figure.locator('.review-figure-number .badge')).toHaveText('1 ý kiến');
    await thread.locator('.review-quote').click();
    await expect(figure).toHaveClass(/review-figure-active/);
    expect(await axeProblems(editorPage, '.review-screen'), 'review screen with the photo thread active').toEqual([]);
    const threads = (await editorCall('review.open', { id })).threads;
    // About the photo (its figure and its asset), not about the caption's words.
    expect(threads.map((t) => [t.anchor, t.figure, t.photo?.number, t.comments.map((c) => c.text), t.resolved])).toEqual([
      [null, { blockId: 'b-fa', assetId }, 1, [COMMENT], false],
    ]);
    expect(threads[0]?.comments[0]?.text).toBe(COMMENT.normalize('NFC'));

    // Returned with a note, as a person does it.
    await editorPage.getByLabel('Lời nhắn cho phóng viên').click();
    await editorPage.keyboard.type(NOTE);
    await editorPage.getByRole('button', { name: 'Trả bài', exact: true }).click();
    await expect(editorPage.locator('.review-decision[data-withdrawn="false"]')).toContainText('Trả lại bởi Nguyễn Thị Biên');

    // The reporter reads the desk's notes: the photo comment and the two suggestions.
    await dateline.open(page, `#/article/${id}`);
    await expect(page.getByTestId('review-banner')).toContainText(`“${NOTE}”`, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Xem ý kiến của bàn biên tập' }).click();
    const seen = page.locator('.review-thread', { hasText: COMMENT });
    await expect(seen).toHaveCount(1);
    await expect(seen.locator('.review-quote')).toHaveText(LABEL);
    await expect(seen.locator('.review-thread-thumb img')).toBeVisible();
    // By keyboard: Tab reaches the label, Enter selects it, and the photo it is about is highlighted.
    const label = seen.locator('.review-quote');
    for (let i = 0; i < 80 && !(await label.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(label).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(seen.locator('.review-quote')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.review-figure[data-block-id="b-fa"]')).toHaveClass(/review-figure-active/);
    expect(await axeProblems(page, '.review-screen'), 'reporter’s review screen with the photo comment selected').toEqual([]);
    await expect(page.locator('.review-suggestion')).toHaveCount(2);
    const creditSuggestion = page.locator('.review-suggestion', { hasText: `Nguồn ảnh: Thêm “${CREDIT_TYPED}”` });
    const altSuggestion = page.locator('.review-suggestion', { hasText: `Mô tả cho người khiếm thị: Thêm “${ALT_TYPED}”` });
    await expect(creditSuggestion).toHaveCount(1);
    await expect(altSuggestion).toHaveCount(1);

    // Accepts the credit, rejects the alt, one by one.
    await creditSuggestion.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await expect(creditSuggestion).toHaveAttribute('data-status', 'accepted');
    await altSuggestion.getByRole('button', { name: 'Từ chối', exact: true }).click();
    await expect(altSuggestion).toHaveAttribute('data-status', 'rejected');
    await expect(creditSuggestion).toHaveAttribute('data-status', 'accepted');

    // The reporter's article: exactly the accepted credit, the original alt and caption.
    const after = await dateline.call('library.get', { id });
    const photo = after.content.find((b) => b.id === 'b-fa') as FigureBlock;
    expect([photo.credit, photo.alt, photo.caption]).toEqual([CREDIT + CREDIT_TYPED, ALT, CAPTION]);
    expect(after.content.filter((b) => b.type !== 'figure')).toEqual(content.filter((b) => b.type !== 'figure'));
    // And in the reporter's editor.
    await page.getByRole('button', { name: 'Về bài viết' }).click();
    await expect(page.locator('.figure-field-credit input')).toHaveValue(CREDIT + CREDIT_TYPED);
    await expect(page.locator('.figure-field-alt textarea')).toHaveValue(ALT);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await editor.close();
    await rm(root, { recursive: true, force: true });
  }
});
