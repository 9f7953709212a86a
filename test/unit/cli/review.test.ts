// `dateline submit / inbox / approve / return / status` as people run them: node bin/dateline.js on
// two temporary libraries (a reporter's and an editor's) that share one desk folder. Profiles and
// the key exchange are set up through the Core, as the app's Settings would.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input, MethodName, Output } from '../../../main/common/contract/index.ts';
import type { ApprovalStatus, DecisionRecord, Inbox, Role, SubmitReceipt } from '../../../main/common/review/types.ts';
import { createCore } from '../../../main/core/app.ts';
import type { Core } from '../../../main/core/types.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import { tempDir } from '../library/helpers.ts';
import { isolatedEnv, runCli } from './run-cli.ts';

let root: string;
let cleanup: () => Promise<void>;
let env: NodeJS.ProcessEnv;
let desk: string;
const reporterLib = (): string => join(root, 'reporter');
const editorLib = (): string => join(root, 'editor');

const run = (args: string[]) => runCli(args, env);

async function withLibrary<T>(
  dir: string,
  body: (call: <M extends MethodName>(m: M, i: Input<M>) => Promise<Output<M>>) => Promise<T>,
): Promise<T> {
  const core: Core = await createCore({ libraryDir: dir, settings: createMemorySettings(), transport: 'direct' });
  try {
    return await body(async (m, i) => {
      const r = await core.dispatch(m, i);
      if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
      return r.value as Output<typeof m>;
    });
  } finally {
    await core.close();
  }
}

const profile = (dir: string, name: string, roles: Role[]) =>
  withLibrary(dir, async (call) => {
    await call('review.setProfile', { name, roles });
    return (await call('keys.export', {})).content;
  });

const trust = (dir: string, keyFile: string, roles: Role[]) =>
  withLibrary(dir, async (call) => {
    const entry = await call('keys.import', { content: keyFile });
    await call('keys.trust', { keyId: entry.keyId, roles });
  });

async function newArticle(headline: string): Promise<string> {
  const created = await run(['new', '--headline', headline, '--library', reporterLib()]);
  expect(created.code).toBe(0);
  return created.stdout.trim();
}

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-cli-review-'));
  env = isolatedEnv(root);
  desk = join(root, 'desk');
  const reporterKey = await profile(reporterLib(), 'Trần Trung Hậu', ['reporter']);
  const editorKey = await profile(editorLib(), 'Nguyễn Thị Biên', ['editor']);
  await trust(editorLib(), reporterKey, ['reporter']);
  await trust(reporterLib(), editorKey, ['editor']);
}, 60_000);
afterAll(() => cleanup());

describe('dateline submit / inbox / approve / return / status', () => {
  it('submits through the desk; the editor approves with a note; the reporter sees the approval', async () => {
    const id = await newArticle('Bốn tốt ở Hà Giang');
    const submitted = await run(['submit', id, '--desk', desk, '--json', '--library', reporterLib()]);
    expect(submitted.stderr).toBe('');
    expect(submitted.code).toBe(0);
    const receipt = JSON.parse(submitted.stdout) as SubmitReceipt;
    expect(receipt.alreadySubmitted).toBe(false);
    expect(await readdir(join(desk, 'submissions'))).toContain(`${id}__${receipt.submission.packageId}.zip`);
    // The desk is remembered: submitting the same text again (without --desk) sends nothing new.
    const again = await run(['submit', id, '--library', reporterLib()]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('không gửi lại');

    const inbox = await run(['inbox', '--desk', desk, '--json', '--library', editorLib()]);
    expect(inbox.code).toBe(0);
    const listed = JSON.parse(inbox.stdout) as Inbox;
    const item = listed.items.find((i) => i.submission.packageId === receipt.submission.packageId);
    expect(item).toMatchObject({
      state: 'new',
      latest: true,
      submission: { articleId: id, headline: 'Bốn tốt ở Hà Giang', submitter: { name: 'Trần Trung Hậu' } },
    });
    const text = await run(['inbox', '--library', editorLib()]);
    expect(text.stdout).toContain(`${receipt.submission.packageId}  new`);
    expect(text.stdout).toContain('Bốn tốt ở Hà Giang');

    const approved = await run([
      'approve',
      receipt.submission.packageId,
      '--note',
      'Tốt, đăng số sáng mai.',
      '--json',
      '--library',
      editorLib(),
    ]);
    expect(approved.stderr).toBe('');
    const decision = JSON.parse(approved.stdout) as DecisionRecord;
    expect(decision).toMatchObject({
      verdict: 'approved',
      note: 'Tốt, đăng số sáng mai.',
      articleId: id,
      editor: { name: 'Nguyễn Thị Biên' },
    });
    expect(await readdir(join(desk, 'decisions'))).toContain(`${id}__${decision.packageId}.zip`);

    const status = await run(['status', id, '--json', '--library', reporterLib()]);
    const s = JSON.parse(status.stdout) as ApprovalStatus;
    expect(s).toMatchObject({ status: 'approved', locked: true, approval: { valid: true, by: { name: 'Nguyễn Thị Biên' } } });
    // The library list carries the status too.
    const list = await run(['list', '--json', '--library', reporterLib()]);
    expect((JSON.parse(list.stdout) as { id: string; status: string }[]).find((a) => a.id === id)?.status).toBe('approved');
    // Deciding twice on the same submission is refused in one sentence.
    const twice = await run(['approve', receipt.submission.packageId, '--library', editorLib()]);
    expect(twice.code).not.toBe(0);
    expect(twice.stderr.trim()).toBe('Bạn đã quyết định về bản gửi này rồi.');
  }, 120_000);

  it('returns with a note, which the reporter reads in the status', async () => {
    const id = await newArticle('Tin ngắn cần sửa');
    const receipt = JSON.parse((await run(['submit', id, '--desk', desk, '--json', '--library', reporterLib()])).stdout) as SubmitReceipt;
    const returned = await run(['return', receipt.submission.packageId, '--note', 'Thiếu nguồn số liệu.', '--library', editorLib()]);
    expect(returned.stderr).toBe('');
    expect(returned.code).toBe(0);
    expect(returned.stdout).toMatch(/^d-\S+ {2}Đã trả bài kèm lời nhắn\.\n$/);
    const status = await run(['status', id, '--library', reporterLib()]);
    expect(status.stdout).toContain('Bị trả lại');
    expect(status.stdout).toContain('“Thiếu nguồn số liệu.”');
  }, 120_000);

  it('refuses an unknown submission, a return without a note, and a submit without a profile', async () => {
    const unknown = await run(['approve', 's-0000000000-nothere0', '--library', editorLib()]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr.trim()).toBe('Không tìm thấy submission “s-0000000000-nothere0”.');
    const noNote = await run(['return', 's-0000000000-nothere0', '--library', editorLib()]);
    expect(noNote.code).not.toBe(0);
    expect(noNote.stderr).toContain('--note');
    const stranger = join(root, 'stranger');
    const created = await run(['new', '--headline', 'Không hồ sơ', '--library', stranger]);
    const noProfile = await run(['submit', created.stdout.trim(), '--desk', desk, '--library', stranger]);
    expect(noProfile.code).not.toBe(0);
    expect(noProfile.stderr.trim()).toBe('Hãy tạo hồ sơ (tên, vai trò, khoá ký) trước khi gửi hoặc duyệt bài.');
  }, 120_000);
});
