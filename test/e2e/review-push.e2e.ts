// The reporter's open editor hears the desk through the push channel (the host's event stream):
// idle, it asks the service nothing on a timer; an editor's approval arriving at the desk shows
// in the review bar without any poll.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { editorFor } from './review-helpers.ts';

test('an approval reaches the reporter’s open editor without polling', async ({ page, dateline, rendererDir }) => {
  test.setTimeout(120_000);
  const root = await mkdtemp(join(tmpdir(), 'dateline-e2e-push-'));
  const desk = join(root, 'desk');
  const editor = await editorFor(dateline, root, desk, rendererDir);
  try {
    const article = await dateline.call('library.create', { headline: 'Bốn tốt ở Lũng Cú' });
    const submitted = await dateline.call('review.submit', { id: article.id });

    const statusCalls: number[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/review.status')) statusCalls.push(Date.now());
    });
    // The page's timers run on a clock the test can move on: a poll would show at once.
    await page.clock.install();
    await dateline.open(page, `#/article/${article.id}`);
    const word = page.getByRole('status', { name: 'Trạng thái duyệt' });
    await expect(word).toHaveText('Chờ duyệt');
    // The stream is open once the first status read after it is done.
    await expect.poll(() => statusCalls.length).toBeGreaterThanOrEqual(1);
    const settled = statusCalls.length;
    await page.clock.runFor(20_000);
    // 20 s of the page's time: a 2 s poll would have asked ten times.
    expect(statusCalls.length - settled).toBe(0);

    await editor.call('review.refresh', {});
    await editor.call('review.approve', { id: article.id, submissionId: submitted.submission.packageId });
    await expect(word).toHaveText('Đã duyệt', { timeout: 30_000 });
    // One read per event the service pushed, not a timer's worth.
    expect(statusCalls.length - settled).toBeLessThanOrEqual(3);
  } finally {
    await editor.close();
    await rm(root, { recursive: true, force: true });
  }
});
