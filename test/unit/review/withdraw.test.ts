// Withdrawing a decision (main/core/review/withdraw.ts): the editor's signed withdrawal voids
// the approval on both laptops and unlocks the reporter's article; a withdrawal by someone who
// may not make it (another editor without a reason, a reporter's key), of a decision that does
// not exist, or replayed, changes nothing and is refused like any bad package.

import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../main/common/article/model.ts';
import { newReviewId } from '../../../main/common/review/ids.ts';
import { contentHashOf } from '../../../main/core/review/hash.ts';
import type { Signer } from '../../../main/core/review/profile.ts';
import { writePackage } from '../../../main/core/review/writer.ts';
import { type Desktop, newsroomForEachTest, writeArticle } from './helpers.ts';

const room = newsroomForEachTest();
let counter = 0;

/** Reporter submits; the editor approves with a note; everyone reads the desk. */
async function approved(): Promise<{ article: Article; submissionId: string; decisionId: string }> {
  const { reporter, editor, editor2 } = room;
  const article = await writeArticle(reporter, 1);
  const s = await reporter.service.submit(article.id);
  await editor.service.refresh();
  await editor2.service.refresh();
  await editor.service.open(article.id);
  const d = await editor.service.approve(article.id, s.submission.packageId, 'Bài tốt.');
  await reporter.service.refresh();
  await editor2.service.refresh();
  return { article, submissionId: s.submission.packageId, decisionId: d.packageId };
}

/** A withdrawal package signed by `signer`, written into the desk under a fresh name. */
async function forgeWithdrawal(
  signer: Signer,
  article: Article,
  decisionArticle: Article,
  w: { decisionId: string; submissionId: string; reason: string },
): Promise<string> {
  const { root, desk } = room;
  const packageId = newReviewId('w');
  const name = `${article.id}__${packageId}.zip`;
  await writePackage(join(root, `${packageId}.zip`), {
    kind: 'withdrawal',
    packageId,
    createdAt: new Date(Date.now() + ++counter).toISOString(),
    signer,
    article: decisionArticle,
    headline: 'x',
    contentHash: contentHashOf(decisionArticle),
    notes: { threads: [], suggestions: [] },
    withdrawal: w,
    media: [],
  });
  await copyFile(join(root, `${packageId}.zip`), join(desk, 'decisions', name));
  return name;
}

async function refusalOf(who: Desktop, name: string): Promise<string | undefined> {
  const report = await who.service.refresh();
  expect(report.refused).toBe(1);
  return (await who.service.inbox()).refused.find((r) => r.name === name)?.reason;
}

describe('withdrawing a decision', () => {
  it('the editor withdraws an approval: void on both sides, with who and when; the reporter’s article unlocks', async () => {
    const { desk, reporter, editor, editor2 } = room;
    const { article, submissionId, decisionId } = await approved();
    const before = await reporter.service.status(article.id);
    expect(before).toMatchObject({ status: 'approved', locked: true, decision: { note: 'Bài tốt.' } });

    const withdrawn = await editor.service.withdraw(article.id, decisionId);
    expect(withdrawn.withdrawn).toMatchObject({ by: { name: 'Nguyễn Thị Biên' }, reason: '', own: true });
    expect((await readdir(join(desk, 'decisions'))).filter((f) => f.includes('__w-'))).toHaveLength(1);
    // The editor's inbox: waiting for a decision again; the editor may decide anew.
    const item = (await editor.service.inbox()).items.find((i) => i.submission.packageId === submissionId);
    expect(item?.state).toBe('in-review');
    expect(item?.decisions.map((d) => [d.packageId, !!d.withdrawn])).toEqual([[decisionId, true]]);

    expect((await reporter.service.refresh()).accepted).toBe(1);
    const after = await reporter.service.status(article.id);
    expect(after).toMatchObject({ status: 'submitted', locked: false, decision: null, approval: null });
    expect(after.withdrawn.map((d) => [d.packageId, d.withdrawn?.by.name])).toEqual([[decisionId, 'Nguyễn Thị Biên']]);
    expect((await reporter.library.get(article.id)).status).toBe('submitted');
    // The other editor's laptop sees it too.
    await editor2.service.refresh();
    expect((await editor2.service.decisions(article.id)).find((d) => d.packageId === decisionId)?.withdrawn?.by.name).toBe(
      'Nguyễn Thị Biên',
    );

    // A new decision counts again.
    await editor.service.returnArticle(article.id, submissionId, 'Cần thêm nguồn.');
    await reporter.service.refresh();
    expect(await reporter.service.status(article.id)).toMatchObject({ status: 'returned', decision: { note: 'Cần thêm nguồn.' } });
  });

  it('another editor may withdraw it only with a reason', async () => {
    const { reporter, editor2 } = room;
    const { article, decisionId } = await approved();
    await expect(editor2.service.withdraw(article.id, decisionId)).rejects.toMatchObject({ params: { reason: 'withdraw-not-allowed' } });
    const done = await editor2.service.withdraw(article.id, decisionId, 'Ảnh 1 sai chú thích, phải xem lại.');
    expect(done.withdrawn).toMatchObject({ by: { name: 'Lê Văn Tập' }, reason: 'Ảnh 1 sai chú thích, phải xem lại.' });
    await reporter.service.refresh();
    expect((await reporter.service.status(article.id)).withdrawn[0].withdrawn).toMatchObject({
      by: { name: 'Lê Văn Tập' },
      reason: 'Ảnh 1 sai chú thích, phải xem lại.',
    });
  });

  it('refuses a withdrawal signed by another editor without a reason (forged past the app)', async () => {
    const { reporter, editor2 } = room;
    const { article, submissionId, decisionId } = await approved();
    const decided = await reporter.service.store.packageArticle(decisionId);
    const name = await forgeWithdrawal(await editor2.service.profiles.signer('editor'), article, decided, {
      decisionId,
      submissionId,
      reason: '  ',
    });
    expect(await refusalOf(reporter, name)).toBe('withdraw-not-allowed');
    expect(await reporter.service.status(article.id)).toMatchObject({ status: 'approved', locked: true });
  });

  it('refuses a withdrawal signed with a reporter’s key', async () => {
    const { reporter, editor } = room;
    const { article, submissionId, decisionId } = await approved();
    const decided = await reporter.service.store.packageArticle(decisionId);
    const name = await forgeWithdrawal(await reporter.service.profiles.signer(), article, decided, {
      decisionId,
      submissionId,
      reason: 'Tôi muốn sửa tiếp.',
    });
    expect(await refusalOf(reporter, name)).toBe('not-an-editor');
    expect(await refusalOf(editor, name)).toBe('not-an-editor');
    expect(await reporter.service.status(article.id)).toMatchObject({ status: 'approved', locked: true });
  });

  it('refuses a withdrawal of a decision that does not exist', async () => {
    const { reporter, editor } = room;
    const { article, submissionId, decisionId } = await approved();
    const decided = await reporter.service.store.packageArticle(decisionId);
    const name = await forgeWithdrawal(await editor.service.profiles.signer('editor'), article, decided, {
      decisionId: newReviewId('d'),
      submissionId,
      reason: '',
    });
    expect(await refusalOf(reporter, name)).toBe('unknown-decision');
    expect(await reporter.service.status(article.id)).toMatchObject({ status: 'approved', locked: true });
    // Nor through the app.
    await expect(editor.service.withdraw(article.id, newReviewId('d'))).rejects.toMatchObject({ params: { reason: 'not-found' } });
  });

  it('a replayed withdrawal changes nothing: not the new decision, not twice', async () => {
    const { desk, reporter, editor } = room;
    const { article, submissionId, decisionId } = await approved();
    await editor.service.withdraw(article.id, decisionId);
    await reporter.service.refresh();
    const [file] = (await readdir(join(desk, 'decisions'))).filter((f) => f.includes('__w-'));
    // The editor approves again; the old withdrawal copied back under another name voids nothing.
    const again = await editor.service.approve(article.id, submissionId, 'Duyệt lại.');
    await reporter.service.refresh();
    expect(await reporter.service.status(article.id)).toMatchObject({
      status: 'approved',
      locked: true,
      decision: { packageId: again.packageId },
    });
    await writeFile(join(desk, 'decisions', `${article.id}__${newReviewId('w')}.zip`), await readFile(join(desk, 'decisions', file)));
    await reporter.service.refresh();
    expect(await reporter.service.status(article.id)).toMatchObject({
      status: 'approved',
      locked: true,
      decision: { packageId: again.packageId },
    });
    expect((await reporter.service.decisions(article.id)).filter((d) => d.withdrawn)).toHaveLength(1);
    // A second, different withdrawal of the decision already withdrawn is refused.
    const decided = await reporter.service.store.packageArticle(decisionId);
    const name = await forgeWithdrawal(await editor.service.profiles.signer('editor'), article, decided, {
      decisionId,
      submissionId,
      reason: '',
    });
    expect(await refusalOf(reporter, name)).toBe('already-withdrawn');
  });

  it('a withdrawal that arrives before its decision is read again once the decision is in', async () => {
    const { root, desk, reporter, editor } = room;
    const article = await writeArticle(reporter, 1);
    const s = await reporter.service.submit(article.id);
    await editor.service.refresh();
    const d = await editor.service.approve(article.id, s.submission.packageId);
    await editor.service.withdraw(article.id, d.packageId);
    // The reporter's laptop sees the withdrawal alone first (a sync client's order).
    const decisionFile = `${article.id}__${d.packageId}.zip`;
    const hidden = join(root, decisionFile);
    await copyFile(join(desk, 'decisions', decisionFile), hidden);
    await rm(join(desk, 'decisions', decisionFile));
    expect((await reporter.service.refresh()).refused).toBe(1);
    await copyFile(hidden, join(desk, 'decisions', decisionFile));
    await reporter.service.refresh();
    await reporter.service.refresh();
    expect(await reporter.service.status(article.id)).toMatchObject({ status: 'submitted', locked: false });
    expect((await reporter.service.status(article.id)).withdrawn).toHaveLength(1);
  });
});
