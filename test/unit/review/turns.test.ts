// Whose turn review work takes (main/core/keyed-queue.ts): work on one article runs in call
// order, work on different articles side by side, and an article whose work has settled leaves
// no queue behind. The service case holds an editor's decision at the desk (as a slow network
// share would) and comments on another article meanwhile.

import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderDesk } from '../../../main/core/review/folder-desk.ts';
import { KeyedQueue } from '../../../main/core/keyed-queue.ts';
import { closeAll, desktop, introduce, tempDir, writeArticle, type Desktop } from './helpers.ts';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets every promise reaction already queued run (the queue drops a settled key in one). */
const drained = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('KeyedQueue', () => {
  it('runs work under one key in call order, under different keys side by side, and forgets idle keys', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    const holdA = deferred();
    const a1 = queue.run('a', async () => {
      await holdA.promise;
      order.push('a1');
    });
    const a2 = queue.run('a', async () => {
      order.push('a2');
    });
    const b1 = queue.run('b', async () => {
      order.push('b1');
    });
    await b1;
    expect(order).toEqual(['b1']);
    holdA.resolve();
    await Promise.all([a1, a2]);
    expect(order).toEqual(['b1', 'a1', 'a2']);
    await drained();
    expect(queue.busy).toBe(0);
  });

  it('runs the next piece of work after one that failed, and passes the failure to its caller', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('a', () => Promise.reject(new Error('đĩa đầy')));
    const next = queue.run('a', async () => 'tiếp');
    await expect(failed).rejects.toThrow('đĩa đầy');
    await expect(next).resolves.toBe('tiếp');
    await queue.settled();
    expect(queue.busy).toBe(0);
  });
});

describe('the review service’s turns', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let reporter: Desktop;
  let editor: Desktop;
  /** Resolved when the editor's decision reaches the desk; the decision waits there for `release`. */
  let atDesk: ReturnType<typeof deferred>;
  let release: ReturnType<typeof deferred>;

  beforeEach(async () => {
    ({ dir: root, cleanup } = await tempDir());
    const desk = join(root, 'desk');
    atDesk = deferred();
    release = deferred();
    reporter = await desktop(root, 'Trần Trung Hậu', desk, { roles: ['reporter'] });
    editor = await desktop(root, 'Nguyễn Thị Biên', desk, {
      roles: ['editor'],
      extra: {
        openDesk: (p) => {
          const d = new FolderDesk(p, { stabilityMs: 150 });
          const publish = d.publish.bind(d);
          d.publish = async (kind, name, write) => {
            if (kind === 'decision') {
              atDesk.resolve();
              await release.promise;
            }
            return publish(kind, name, write);
          };
          return d;
        },
      },
    });
    await introduce(reporter, editor, ['reporter']);
    await introduce(editor, reporter, ['editor']);
  });

  afterEach(async () => {
    release.resolve();
    await closeAll(reporter, editor);
    await cleanup();
  });

  it('a decision held at the desk delays work on its own article only, which then follows in order', async () => {
    const a = await writeArticle(reporter, 0);
    const b = await writeArticle(reporter, 0);
    const submitted = await reporter.service.submit(a.id);
    await reporter.service.submit(b.id);
    await editor.service.refresh();

    const order: string[] = [];
    const approveA = editor.service.approve(a.id, submitted.submission.packageId, 'Duyệt đăng').then(() => order.push('approve A'));
    await atDesk.promise;
    const commentA = editor.service.comment(a.id, 'Thêm ảnh bìa cho số sau').then(() => order.push('comment A'));
    const commentB = editor.service.comment(b.id, 'Sapo dài quá').then(() => order.push('comment B'));
    // On one queue for every article, the comment on B would wait for ever: let the decision go
    // after a while so the test reports the order instead of timing out.
    const letGo = setTimeout(() => release.resolve(), 2000);
    await commentB;
    release.resolve();
    clearTimeout(letGo);
    await Promise.all([approveA, commentA]);

    expect(order).toEqual(['comment B', 'approve A', 'comment A']);
    const threads = (await editor.service.open(a.id)).threads.map((t) => t.comments[0].text);
    expect(threads).toEqual(['Thêm ảnh bìa cho số sau']);
    expect((await editor.service.decisions(a.id)).map((d) => d.verdict)).toEqual(['approved']);
    await drained();
    expect(editor.service.queue.busy).toBe(0);
  });
});
