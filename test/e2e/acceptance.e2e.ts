// Acceptance for issue 3: the example article (shared/fixtures/articles/bhg-2025-01-05-bon-tot.txt)
// typed field by field in the editor the way Vietnamese keyboards deliver it (words composed
// through the IME path or sent as UniKey-style Backspace bursts; nothing pasted), then read back
// with `dateline show ID --format text`: headline, sapo, paragraphs and byline equal the fixture's.
//
// What "the fixture's paragraphs" are: the blank-line separated blocks between the sapo and the
// byline. The one block of two lines is a photo's alt text and caption (a figure, the photos
// helper's); it is left out here, as is the publish time (not typed) and the reader-comment and
// related-articles parts after the byline (the paper's page, not the article).

import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { articleText, expect, repoDir, test } from './fixtures.ts';
import { cdpFor, composeText, seeded, sendBursts, textBursts } from './ime.ts';
import { BON_TOT } from '../fixtures/articles.ts';

const run = promisify(execFile);
const FIXTURE = BON_TOT;

// Tall enough that the sticky toolbar and status bar never cover the block a test clicks.
test.use({ viewport: { width: 1280, height: 1800 } });

const tidy = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

interface Story {
  headline: string;
  sapo: string;
  paragraphs: string[];
  byline: string;
}

/** The fixture read as the reporter's parts (see the note at the top). */
async function fixtureStory(): Promise<Story> {
  const blocks = (await readFile(FIXTURE, 'utf8'))
    .normalize('NFC')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const headline = tidy(blocks[0] ?? '');
  const sapoAt = blocks.findIndex((b) => b.startsWith('BHG - '));
  const bylineAt = blocks.findIndex((b) => /^(Bài|Tin)(, ảnh)?:/u.test(b));
  const paragraphs = blocks
    .slice(sapoAt + 1, bylineAt)
    .filter((b) => !b.includes('\n'))
    .map(tidy);
  return { headline, sapo: tidy(blocks[sapoAt] ?? ''), paragraphs, byline: tidy(blocks[bylineAt] ?? '') };
}

/** Lets Slate read a caret the browser moved natively (it syncs at most every 100 ms). */
const settle = (page: Page): Promise<void> => page.evaluate(() => new Promise((r) => setTimeout(r, 150)));

test('the example article typed with Vietnamese keyboards reads back from the CLI exactly as the paper printed it', async ({
  page,
  dateline,
}) => {
  test.setTimeout(180_000);
  const story = await fixtureStory();
  expect(story.paragraphs).toHaveLength(5);
  expect(story.byline).toBe('Bài, ảnh: TRUNG HẬU (Quang Bình)');

  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  const created = await dateline.call('library.create', {});
  await dateline.open(page, `#/article/${created.id}`);
  const editor = articleText(page);
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  const cdp = await cdpFor(page);
  const random = seeded(20250105);
  // The sapo and one paragraph as UniKey-style bursts (one change per keystroke, the slow way),
  // the rest composed word by word (one change per word).
  const BURSTS = new Set([1, 5]);
  const typeText = async (text: string, i: number): Promise<void> => {
    if (!BURSTS.has(i)) await composeText(cdp, text);
    else await sendBursts(cdp, textBursts(text, random), { random });
  };

  // The sapo starts with the paper's prefix from settings; the reporter types after it.
  await expect(editor.locator('.block-sapo')).toHaveText('BHG - ');
  await editor.locator('.block-headline').click();
  const started = Date.now();
  await typeText(story.headline, 0);
  await page.keyboard.press('Enter');
  await settle(page);
  await page.keyboard.press('End');
  await settle(page);
  await typeText(story.sapo.replace(/^BHG - /, ''), 1);
  await page.keyboard.press('Enter');
  for (const [i, paragraph] of story.paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await typeText(paragraph, i + 2);
  }

  // The byline in its fields: the form stays `Bài, ảnh:`, the name as typed, the place.
  await expect(page.getByTestId('byline-role')).toHaveValue('bai-anh');
  await page.getByTestId('byline-name-0').click();
  await composeText(cdp, 'Trung Hậu');
  await page.getByTestId('byline-place').click();
  await sendBursts(cdp, textBursts('Quang Bình', random), { random });
  await page.getByTestId('byline-place').blur();
  test.info().annotations.push({ type: 'typing time', description: `${Math.round((Date.now() - started) / 1000)} s` });

  await expect
    .poll(
      async () => {
        const a = await dateline.call('library.get', { id: created.id });
        return (
          a.content.length === 2 + story.paragraphs.length &&
          a.meta.byline.place === 'Quang Bình' &&
          a.meta.byline.people[0]?.name === 'Trung Hậu'
        );
      },
      { message: 'the typed article is saved' },
    )
    .toBe(true);

  const { stdout } = await run(
    process.execPath,
    [join(repoDir, 'bin', 'dateline.js'), 'show', created.id, '--format', 'text', '--library', dateline.libraryDir],
    {
      env: { ...process.env, DATELINE_CONFIG_DIR: dateline.configDir },
    },
  );
  expect(stdout).toBe(stdout.normalize('NFC'));
  const printed = stdout
    .split(/\n\s*\n/)
    .map(tidy)
    .filter(Boolean);
  expect(printed).toEqual([story.headline, story.sapo, ...story.paragraphs, story.byline]);
  expect(problems).toEqual([]);
});
