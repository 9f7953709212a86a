// The whole review round trip between laptops that share nothing but a desk folder: a reporter
// submits, the editor's watcher brings the submission into the inbox, the editor comments,
// suggests, accepts some, approves; the reporter's app picks the approval up, shows who approved
// and locks the article; an edit voids the approval; two editors deciding one submission are
// both kept and shown as a conflict.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Block } from '../../../main/common/article/model.ts';
import { textUnits } from '../../../main/common/review/units.ts';
import { contentHashOf } from '../../../main/core/review/hash.ts';
import { closeAll, desktop, newsroomForEachTest, writeArticle } from './helpers.ts';

const text = (content: Block[], id: string): string => {
  const u = textUnits(content).find((x) => x.blockId === id && x.field === 'text');
  if (!u) throw new Error(`no block ${id}`);
  return u.text;
};

describe('review round trip through a desk folder', () => {
  const room = newsroomForEachTest({ reporter: true, editor: true, editor2: false });

  it('submits, reviews, approves, picks up the approval, and an edit voids it', async () => {
    const { desk, reporter, editor } = room;
    const article = await writeArticle(reporter, 2);
    const id = article.id;

    // Reporter: submit. The article shows Submitted; the package is in the desk, whole.
    const receipt = await reporter.service.submit(id);
    expect(receipt.alreadySubmitted).toBe(false);
    expect((await reporter.library.get(id)).status).toBe('submitted');
    expect((await reporter.service.status(id)).status).toBe('submitted');
    const deskFiles = await readdir(join(desk, 'submissions'));
    expect(deskFiles.filter((f) => !f.startsWith('.'))).toEqual([`${id}__${receipt.submission.packageId}.zip`]);
    // Submitting the same content again sends nothing new.
    expect((await reporter.service.submit(id)).alreadySubmitted).toBe(true);

    // Editor: the watcher brings it in, as new.
    await vi.waitFor(async () => expect((await editor.service.inbox()).items).toHaveLength(1), { timeout: 15_000, interval: 100 });
    const inbox = await editor.service.inbox();
    expect(inbox.items[0].state).toBe('new');
    expect(inbox.items[0].submission.submitter.name).toBe('Trần Trung Hậu');
    expect(inbox.items[0].submission.contentHash).toBe(contentHashOf(article));
    expect(inbox.refused).toEqual([]);

    const view = await editor.service.open(id);
    expect(view.side).toBe('editor');
    expect(contentHashOf(view.article)).toBe(contentHashOf(article));
    expect((await editor.service.inbox()).items[0].state).toBe('in-review');

    // Editor: a comment on a range, a reply, and three suggestions.
    const p0 = text(view.article.content, 'b-p0');
    const at = p0.indexOf('hơn 4.000 lượt');
    const thread = await editor.service.comment(id, 'Con số này lấy từ đâu?', {
      range: { blockId: 'b-p0', field: 'text', start: at, end: at + 'hơn 4.000 lượt'.length },
    });
    expect(thread.anchor?.quote).toBe('hơn 4.000 lượt');
    await editor.service.comment(id, 'Ghi rõ nguồn giúp mình.', {}, thread.id);

    const sapo = text(view.article.content, 'b-sapo');
    const s1At = sapo.indexOf('sâu sắc');
    const s1 = await editor.service.suggest(id, { blockId: 'b-sapo', field: 'text', start: s1At, end: s1At + 'sâu sắc'.length }, 'rõ');
    const s2At = p0.indexOf('linh hoạt ');
    const s2 = await editor.service.suggest(id, { blockId: 'b-p0', field: 'text', start: s2At, end: s2At + 'linh hoạt '.length }, '');
    const s3 = await editor.service.suggest(id, { blockId: 'b-p0', field: 'text', start: 0, end: 0 }, 'Năm 2024, ');

    // Accept two, reject one: the working copy changes, the submission does not.
    const afterAccept = await editor.service.accept(id, [s1.id, s3.id]);
    expect(text(afterAccept.article.content, 'b-sapo')).toContain('Nhận thức rõ về vai trò');
    expect(text(afterAccept.article.content, 'b-p0').startsWith('Năm 2024, BTV Huyện ủy')).toBe(true);
    // The comment's anchor followed the insertion before it.
    const placed = afterAccept.threads.find((t) => t.id === thread.id);
    expect(placed?.anchorState).toBe('exact');
    expect(text(afterAccept.article.content, 'b-p0').slice(placed?.anchor?.start, placed?.anchor?.end)).toBe('hơn 4.000 lượt');
    const afterReject = await editor.service.reject(id, [s2.id]);
    expect(text(afterReject.article.content, 'b-p0')).toContain('linh hoạt');
    expect(afterReject.suggestions.map((s) => s.status).sort()).toEqual(['accepted', 'accepted', 'rejected']);

    // The diff between the submission and the working copy shows exactly those words.
    const diff = await editor.service.diff({ kind: 'submission', packageId: receipt.submission.packageId }, { kind: 'draft', id });
    expect(diff.changed).toBe(2);
    const sapoDiff = diff.units.find((u) => u.blockId === 'b-sapo');
    expect(sapoDiff?.ops.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'delete', text: 'sâu sắc' },
      { op: 'insert', text: 'rõ' },
    ]);

    // Editor: approve. The decision signs the working copy's hash.
    const decision = await editor.service.approve(id, receipt.submission.packageId);
    expect(decision.verdict).toBe('approved');
    expect(decision.contentHash).toBe(contentHashOf(afterReject.article));
    expect((await editor.service.inbox()).items[0].state).toBe('decided');

    // Reporter: the watcher picks the approval up; the accepted edits are in; locked; who and when.
    await vi.waitFor(async () => expect((await reporter.service.status(id)).status).toBe('approved'), { timeout: 15_000, interval: 100 });
    const approved = await reporter.library.get(id);
    expect(approved.status).toBe('approved');
    expect(text(approved.content, 'b-sapo')).toContain('Nhận thức rõ về vai trò');
    expect(text(approved.content, 'b-p0')).toContain('linh hoạt');
    const status = await reporter.service.status(id);
    expect(status.locked).toBe(true);
    expect(status.approval).toMatchObject({ by: { name: 'Nguyễn Thị Biên' }, at: decision.decidedAt, valid: true });
    // The comments came along.
    const reporterView = await reporter.service.open(id);
    expect(reporterView.threads.find((t) => t.id === thread.id)?.comments.map((c) => c.text)).toEqual([
      'Con số này lấy từ đâu?',
      'Ghi rõ nguồn giúp mình.',
    ]);

    // A later change voids the approval, visibly.
    const content = structuredClone(approved.content);
    (content[2] as { children: { text: string }[] }).children[0].text += ' Thêm một câu.';
    await reporter.library.save({ id, content: content as never, baseVersion: approved.version });
    const voided = await reporter.service.articleSaved(id);
    expect(voided?.status).toBe('draft');
    expect(voided?.locked).toBe(false);
    expect(voided?.approval).toMatchObject({ valid: false, by: { name: 'Nguyễn Thị Biên' } });
    expect((await reporter.library.get(id)).status).toBe('draft');
    // Undoing the change restores it: the approval is of content, not of a save.
    await reporter.library.save({ id, content: approved.content as never });
    expect((await reporter.service.articleSaved(id))?.status).toBe('approved');
  });

  it('returns with a note; the reporter accepts the editor’s suggestion and resubmits', async () => {
    const { reporter, editor } = room;
    const article = await writeArticle(reporter, 1);
    const id = article.id;
    const first = await reporter.service.submit(id);
    await vi.waitFor(async () => expect((await editor.service.inbox()).items).toHaveLength(1), { timeout: 15_000, interval: 100 });
    const view = await editor.service.open(id);
    const sapo = text(view.article.content, 'b-sapo');
    const at = sapo.indexOf('BTV');
    const s = await editor.service.suggest(id, { blockId: 'b-sapo', field: 'text', start: at, end: at + 3 }, 'Ban Thường vụ');
    const returned = await editor.service.returnArticle(id, first.submission.packageId, 'Viết đầy đủ tên cơ quan.');
    expect(returned.verdict).toBe('returned');

    await vi.waitFor(async () => expect((await reporter.service.status(id)).status).toBe('returned'), { timeout: 15_000, interval: 100 });
    expect((await reporter.service.status(id)).decision?.note).toBe('Viết đầy đủ tên cơ quan.');
    const rv = await reporter.service.open(id);
    expect(rv.suggestions.map((x) => [x.id, x.status, x.anchorState])).toEqual([[s.id, 'open', 'exact']]);
    // The reporter accepts it: their own article changes.
    const accepted = await reporter.service.accept(id);
    expect(text(accepted.article.content, 'b-sapo')).toContain('Ban Thường vụ Huyện ủy đã chỉ đạo');
    expect((await reporter.library.get(id)).status).toBe('returned');

    // Resubmit: the editor sees a second submission, the first marked not latest.
    const second = await reporter.service.submit(id);
    expect(second.alreadySubmitted).toBe(false);
    expect(second.submission.version).toBeGreaterThan(first.submission.version);
    await vi.waitFor(async () => expect((await editor.service.inbox()).items).toHaveLength(2), { timeout: 15_000, interval: 100 });
    const items = (await editor.service.inbox()).items;
    expect(items.find((i) => i.submission.packageId === second.submission.packageId)?.latest).toBe(true);
    expect(items.find((i) => i.submission.packageId === first.submission.packageId)?.latest).toBe(false);
    // The suggestion's state came back with it.
    const ev = await editor.service.open(id);
    expect(ev.suggestions.find((x) => x.id === s.id)?.status).toBe('accepted');
    // Deciding on the old submission is refused.
    await expect(editor.service.approve(id, first.submission.packageId)).rejects.toMatchObject({
      code: 'REVIEW',
      params: { reason: 'not-latest' },
    });
  });

  it('brings the editor’s accepted suggestions into a text the reporter changed meanwhile', async () => {
    const { reporter, editor } = room;
    const article = await writeArticle(reporter, 0);
    const id = article.id;
    const sub = await reporter.service.submit(id);
    // The reporter keeps writing after submitting (a new version, to be submitted again).
    const cur = await reporter.library.get(id);
    const content = structuredClone(cur.content);
    (content[3] as { children: { text: string }[] }).children[0].text += ' Câu mới của phóng viên.';
    const p2 = content[4] as { children: { text: string }[] };
    expect(p2.children[0].text.startsWith('Qua quá trình')).toBe(true);
    p2.children[0].text = p2.children[0].text.replace(/^Qua/, 'Trong');
    await reporter.library.save({ id, content: content as never, baseVersion: cur.version });
    expect(await reporter.service.articleSaved(id)).toMatchObject({ status: 'draft', changedSinceSubmission: true });

    await vi.waitFor(async () => expect((await editor.service.inbox()).items).toHaveLength(1), { timeout: 15_000, interval: 100 });
    const view = await editor.service.open(id);
    const sapo = text(view.article.content, 'b-sapo');
    const at = sapo.indexOf('BTV');
    const s = await editor.service.suggest(id, { blockId: 'b-sapo', field: 'text', start: at, end: at + 3 }, 'Ban Thường vụ');
    const p1 = await editor.service.suggest(id, { blockId: 'b-p1', field: 'text', start: 0, end: 4 }, 'Ông');
    // On a word the reporter has since rewritten: it cannot be applied there, and is not applied elsewhere.
    const gone = await editor.service.suggest(id, { blockId: 'b-p2', field: 'text', start: 0, end: 3 }, 'Sau');
    await editor.service.accept(id, [s.id, p1.id, gone.id]);
    await editor.service.returnArticle(id, sub.submission.packageId, 'Đã sửa giúp tên cơ quan.');

    await vi.waitFor(async () => expect((await reporter.service.status(id)).status).toBe('returned'), { timeout: 15_000, interval: 100 });
    const after = await reporter.library.get(id);
    expect(text(after.content, 'b-sapo')).toContain('Ban Thường vụ Huyện ủy đã chỉ đạo');
    expect(text(after.content, 'b-p1')).toContain('Câu mới của phóng viên.');
    expect(text(after.content, 'b-p1').startsWith('Ông')).toBe(true);
    expect(text(after.content, 'b-p2').startsWith('Trong quá trình')).toBe(true);
    expect(
      after.content
        .map((b) =>
          textUnits([b])
            .map((u) => u.text)
            .join(''),
        )
        .join('\n'),
    ).not.toContain('Sau');
    expect((await reporter.service.decisions(id))[0].unapplied).toEqual([gone.id]);
  });

  it('keeps both decisions when two editors decide one submission, and shows the conflict', async () => {
    const { desk, reporter, editor, editor2 } = room;
    const article = await writeArticle(reporter, 0);
    const id = article.id;
    const sub = await reporter.service.submit(id);
    await vi.waitFor(async () => expect((await editor.service.inbox()).items).toHaveLength(1), { timeout: 15_000, interval: 100 });
    await editor2.service.refresh();
    expect((await editor2.service.inbox()).items).toHaveLength(1);

    const a = await editor.service.approve(id, sub.submission.packageId);
    const b = await editor2.service.returnArticle(id, sub.submission.packageId, 'Chưa đủ nguồn.');

    await reporter.service.refresh();
    const status = await reporter.service.status(id);
    expect(status.conflict.map((d) => d.packageId).sort()).toEqual([a.packageId, b.packageId].sort());
    expect(status.locked).toBe(false);
    expect(status.status).not.toBe('approved');
    expect((await reporter.service.decisions(id)).map((d) => d.verdict).sort()).toEqual(['approved', 'returned']);

    // Each editor sees the other's decision too.
    await editor2.service.refresh();
    await vi.waitFor(async () => expect((await editor.service.inbox()).items[0].state).toBe('conflict'), {
      timeout: 15_000,
      interval: 100,
    });
    expect((await editor2.service.inbox()).items[0].state).toBe('conflict');
    // Nothing was overwritten in the desk: two decision files.
    const decisions = (await readdir(join(desk, 'decisions'))).filter((f) => !f.startsWith('.'));
    expect(decisions).toHaveLength(2);
    for (const f of decisions) expect((await stat(join(desk, 'decisions', f))).size).toBeGreaterThan(0);
  });

  it('refuses a self-approval and a reporter acting as editor', async () => {
    const { root, desk, reporter } = room;
    const both = await desktop(root, 'Hoàng Thị Sinh', desk, { roles: ['reporter', 'editor'] });
    try {
      const article = await writeArticle(both, 0);
      const sub = await both.service.submit(article.id);
      // Her own submission is not in her inbox, and she cannot decide it.
      expect((await both.service.inbox()).items).toHaveLength(0);
      await expect(both.service.approve(article.id, sub.submission.packageId)).rejects.toMatchObject({
        params: { reason: 'self-approval' },
      });
      await expect(reporter.service.approve(article.id, sub.submission.packageId)).rejects.toMatchObject({
        params: { reason: 'wrong-role' },
      });
    } finally {
      await closeAll(both);
    }
  });
});
