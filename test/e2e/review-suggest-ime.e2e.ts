// The Vietnamese input cases of shared/notes/editor.md (A1–A13) in the review screen's suggesting
// mode: the editor types with each kind of keyboard at the end of a paragraph of a submitted
// article, and the service must hold exactly one insertion with exactly the typed text (never a
// deletion of the editor's own letters), the screen showing the same. Also a tone typed on a
// word of the reporter's text (a replacement), and typing over a selection.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Block } from '../../main/common/article/model.ts';
import type { Input } from '../../main/common/contract/index.ts';
import { expect, test } from './fixtures.ts';
import {
  asTypedInArticle,
  cdpFor,
  compose,
  composeWord,
  processKey,
  randomWords,
  seeded,
  sendBursts,
  sentenceBursts,
  type Burst,
} from './ime.ts';
import { clickAfter, dragSelect, editorFor } from './review-helpers.ts';

test.use({ viewport: { width: 1280, height: 1800 } });

const CASES = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A9', 'A12', 'A13', 'away', 'tone'] as const;
type Case = (typeof CASES)[number];
const base = (c: Case): string => (c === 'tone' ? 'Chi bộ tao điều kiện cho đảng viên.' : c === 'A3' ? 'Đoạn văn để gõ đè.' : `Đoạn ${c}.`);
const blockId = (c: Case): string => `b-case${c.toLowerCase()}`;

test('A1–A13 in suggesting mode: each keyboard’s text is one insertion, exactly as typed', async ({ page, dateline, rendererDir }) => {
  test.setTimeout(420_000);
  const root = await mkdtemp(join(tmpdir(), 'dateline-e2e-suggest-'));
  const editor = await editorFor(dateline, root, join(root, 'desk'), rendererDir);
  const editorCall = editor.call;
  try {
    const created = await dateline.call('library.create', { headline: 'Gõ tiếng Việt khi đề xuất' });
    const content: Block[] = [
      created.content[0],
      { type: 'sapo', id: 'b-sapo', children: [{ text: 'BHG - Mỗi đoạn một kiểu bàn phím.' }] },
      ...CASES.map((c): Block => ({ type: 'paragraph', id: blockId(c), children: [{ text: base(c) }] })),
    ];
    await dateline.call('library.save', { id: created.id, content: content as Input<'library.save'>['content'] });
    await dateline.call('review.submit', { id: created.id });
    const id = created.id;

    await page.goto(editor.host.url + '#/inbox');
    await expect(page.locator('.inbox-item')).toHaveCount(1, { timeout: 60_000 });
    await page.locator('.inbox-item').click();
    await page.getByRole('button', { name: 'Đề xuất', exact: true }).click();
    await expect(page.locator('.review-article')).toHaveAttribute('contenteditable', 'true');
    const blocksBefore = await page.locator('.review-article [data-block-id]').count();
    const cdp = await cdpFor(page);
    const space = (): Promise<void> => sendBursts(cdp, [[{ kind: 'key', char: ' ' }]]);

    /** The service holds exactly these suggestions in the case's block, and the screen shows the text. */
    const expectCase = async (c: Case, expected: [quote: string, insert: string][], screen: string): Promise<void> => {
      await expect
        .poll(
          () =>
            page.locator(`.review-article [data-block-id="${blockId(c)}"]`).evaluate((el) => (el.textContent ?? '').replace(/\uFEFF/g, '')),
          { message: `${c}: screen` },
        )
        .toBe(screen);
      await expect
        .poll(
          async () =>
            (await editorCall('review.open', { id })).suggestions
              .filter((s) => s.anchor.blockId === blockId(c))
              .map((s) => [s.anchor.quote, s.insert]),
          { timeout: 20_000, message: `${c}: stored suggestions` },
        )
        .toEqual(expected);
    };
    const inserted = async (c: Case, text: string): Promise<void> => expectCase(c, [['', text]], base(c) + text);

    // A1: t→ti→…→tiếng composed, then Space.
    await clickAfter(page, blockId('A1'));
    await space();
    await composeWord(cdp, 'tiếng');
    await space();
    await inserted('A1', ' tiếng ');

    // A2: a composition the browser commits when the mouse goes down elsewhere.
    await clickAfter(page, blockId('A2'));
    await space();
    await compose(cdp, ['t', 'ti', 'tie', 'tiê'], false);
    await cdp.send('Input.insertText', { text: 'tiê' });
    await clickAfter(page, blockId('away'));
    await composeWord(cdp, 'xong');
    await inserted('A2', ' tiê');
    await inserted('away', 'xong');

    // A3: composing over a selection replaces it.
    await clickAfter(page, blockId('A3'), 'Đoạn');
    await page.keyboard.press('Shift+Home');
    await composeWord(cdp, 'Phần');
    await expectCase('A3', [['Đoạn', 'Phần']], base('A3').replace('Đoạn', 'Phần'));

    // A4: vậy, then Enter: no new paragraph can be suggested, so nothing splits.
    await clickAfter(page, blockId('A4'));
    await space();
    await composeWord(cdp, 'vậy');
    await page.keyboard.press('Enter');
    await inserted('A4', ' vậy');
    await expect(page.locator('.review-article [data-block-id]')).toHaveCount(blocksBefore);

    // A5: xin chào các bạn, committed word by word with the Space after each.
    await clickAfter(page, blockId('A5'));
    await space();
    for (const w of ['xin', 'chào', 'các', 'bạn']) {
      await composeWord(cdp, w);
      await space();
    }
    await inserted('A5', ' xin chào các bạn ');

    // A6: t, a, o, then UniKey's burst [BS, BS, ạo].
    await clickAfter(page, blockId('A6'));
    const tao: Burst[] = [
      [{ kind: 'key', char: ' ' }],
      [{ kind: 'key', char: 't' }],
      [{ kind: 'key', char: 'a' }],
      [{ kind: 'key', char: 'o' }],
      [{ kind: 'backspace' }, { kind: 'backspace' }, { kind: 'insert', text: 'ạo' }],
    ];
    await sendBursts(cdp, tao);
    await inserted('A6', ' tạo');

    // A7: 200 random words as Telex/VNI bursts 0–5 ms apart.
    await clickAfter(page, blockId('A7'));
    const random = seeded(77);
    const words = randomWords(200, random);
    await sendBursts(cdp, [[{ kind: 'key', char: ' ' }], ...sentenceBursts(words, random)], { gapMs: [0, 5], random });
    // H'Mông shows as H’Mông: curly quotes as you type are on in suggesting mode too.
    await inserted('A7', ` ${asTypedInArticle(words.join(' '))}`);

    // A9: OpenKey's placeholder, BS, BS, đ.
    await clickAfter(page, blockId('A9'));
    await sendBursts(cdp, [
      [{ kind: 'key', char: ' ' }],
      [{ kind: 'key', char: 'd' }],
      [{ kind: 'insert', text: '\u202F' }, { kind: 'backspace' }, { kind: 'backspace' }, { kind: 'insert', text: 'đ' }],
    ]);
    await inserted('A9', ' đ');

    // A12: undo after tiếng Việt typed as bursts: only whole words, then nothing.
    await clickAfter(page, blockId('A12'));
    await sendBursts(cdp, [[{ kind: 'key', char: ' ' }], ...sentenceBursts(['tiếng', 'Việt'], seeded(12))]);
    await inserted('A12', ' tiếng Việt');
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Control+Z');
      seen.push(
        await page
          .locator(`.review-article [data-block-id="${blockId('A12')}"]`)
          .evaluate((el) => (el.textContent ?? '').replace(/\uFEFF/g, '')),
      );
    }
    for (const s of seen)
      expect([`${base('A12')} tiếng Việt`, `${base('A12')} tiếng `, `${base('A12')} tiếng`, `${base('A12')} `, base('A12')], s).toContain(
        s,
      );
    await expectCase('A12', [], base('A12'));

    // A13: Enter and Ctrl+B as 'Process' (keyCode 229) mid-composition do nothing.
    await clickAfter(page, blockId('A13'));
    await space();
    await compose(cdp, ['t', 'ti', 'tie', 'tiê'], false);
    await processKey(cdp, 'Enter');
    await processKey(cdp, 'KeyB', 2);
    await compose(cdp, ['tiên', 'tiêng', 'tiếng']);
    await inserted('A13', ' tiếng');
    await expect(page.locator('.review-article [data-block-id]')).toHaveCount(blocksBefore);

    // A tone typed on the reporter's own word: UniKey deletes two of its letters and types ạo.
    await clickAfter(page, blockId('tone'), 'tao');
    await sendBursts(cdp, [[{ kind: 'backspace' }, { kind: 'backspace' }, { kind: 'insert', text: 'ạo' }]]);
    await expectCase('tone', [['tao', 'tạo']], base('tone').replace('tao', 'tạo'));

    // Nothing else changed anywhere, and the text under review is untouched.
    const view = await editorCall('review.open', { id });
    expect(view.suggestions.every((s) => s.author.name === 'Nguyễn Thị Biên' && s.status === 'open')).toBe(true);
    expect(
      view.article.content.map((b) => ('children' in b ? (b.children as { text?: string }[]).map((c) => c.text ?? '').join('') : '')),
    ).toEqual(content.map((b) => ('children' in b ? (b.children as { text?: string }[]).map((c) => c.text ?? '').join('') : '')));
  } finally {
    await editor.close();
    await rm(root, { recursive: true, force: true });
  }
});

test('a letter the input method commits before the frame of the one typed before it lands after it', async ({
  page,
  dateline,
  rendererDir,
}) => {
  // A busy laptop: `n` typed over a selection, then `g`, then the input method commits `ắ` (an
  // insertText with no key before it) before any frame has come. The render that was waiting for
  // that frame ran inside the commit's beforeinput and re-split the track-change marks around
  // `ng`, after Chromium had fixed where `ắ` goes: it landed before `ng` (`ắngm` for `ngắm`).
  const root = await mkdtemp(join(tmpdir(), 'dateline-e2e-suggest-'));
  const editor = await editorFor(dateline, root, join(root, 'desk'), rendererDir);
  const text = 'Khách du lịch đến tham quan ruộng bậc thang.';
  try {
    const created = await dateline.call('library.create', { headline: 'Gõ nhanh khi đề xuất' });
    const content: Block[] = [created.content[0], { type: 'paragraph', id: 'b-p0', children: [{ text }] }];
    await dateline.call('library.save', { id: created.id, content: content as Input<'library.save'>['content'] });
    await dateline.call('review.submit', { id: created.id });
    await page.goto(editor.host.url + '#/inbox');
    await expect(page.locator('.inbox-item')).toHaveCount(1, { timeout: 60_000 });
    await page.locator('.inbox-item').click();
    await page.getByRole('button', { name: 'Đề xuất', exact: true }).click();
    await expect(page.locator('.review-article')).toHaveAttribute('contenteditable', 'true');
    await dragSelect(page, 'b-p0', 'tham quan');
    // No frame comes from here on (the page is too busy to draw one between the keys).
    await page.evaluate(() => {
      window.requestAnimationFrame = () => 0;
    });
    await page.keyboard.press('n');
    // Then `g`, `ắ` and `m` as fast as the keyboard sends them, none waiting for the page.
    await sendBursts(await cdpFor(page), [
      [
        { kind: 'key', char: 'g' },
        { kind: 'insert', text: 'ắ' },
        { kind: 'key', char: 'm' },
      ],
    ]);
    await expect
      .poll(() => page.locator('.review-article [data-block-id="b-p0"]').evaluate((el) => (el.textContent ?? '').replace(/\uFEFF/g, '')))
      .toBe(text.replace('tham quan', 'ngắm'));
    await expect
      .poll(async () => (await editor.call('review.open', { id: created.id })).suggestions.map((s) => [s.anchor.quote, s.insert]), {
        timeout: 20_000,
      })
      .toEqual([['tham quan', 'ngắm']]);
    expect((await page.locator('.review-ins').allTextContents()).join('')).toBe('ngắm');
  } finally {
    await editor.close();
    await rm(root, { recursive: true, force: true });
  }
});
