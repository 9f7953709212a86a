// `dateline profile`, `dateline keys` and `dateline desk` as people run them (node bin/dateline.js):
// a reporter and the newsroom hub set up profiles and exchange key files, then (where Syncthing is
// installed; CI installs it) the reporter joins the hub by its device ID, the hub accepts the
// reporter's device by the key file, and the reporter's status shows the hub and the delivery.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskStatus } from '../../../main/common/desk/types.ts';
import type { HubReport } from '../../../main/core/desk/hub.ts';
import type { KeyEntry, ProfileInfo, SubmitReceipt } from '../../../main/common/review/types.ts';
import { NO_SYNCTHING, startNode, stopNode, syncthingBinary, waitFor, type StNode } from '../../syncthing/harness.ts';
import { tempDir } from '../library/helpers.ts';
import { isolatedEnv, runCli } from './run-cli.ts';

let root: string;
let cleanup: () => Promise<void>;
let env: NodeJS.ProcessEnv;
const lib = (who: string): string => join(root, who);
const run = (args: string[]) => runCli(args, env, 120_000);
const json = async <T>(args: string[]): Promise<T> => {
  const r = await run([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-cli-desk-'));
  // No Syncthing of the caller's: only the instances below, by address and key.
  env = isolatedEnv(root, { STHOMEDIR: join(root, 'no-syncthing') });
});
afterAll(() => cleanup());

describe('dateline profile and keys', () => {
  it('makes profiles, exports and imports key files, trusts by fingerprint, lists', async () => {
    const reporter = await json<ProfileInfo>([
      'profile',
      'set',
      '--name',
      'Trần Trung Hậu',
      '--role',
      'reporter',
      '--library',
      lib('reporter'),
    ]);
    expect(reporter).toMatchObject({ name: 'Trần Trung Hậu', roles: ['reporter'] });
    const hub = await json<ProfileInfo>(['profile', 'set', '--name', 'Lê Thu', '--role', 'editor,reporter', '--library', lib('hub')]);
    expect(hub.roles).toEqual(['reporter', 'editor']);
    const bad = await run(['profile', 'set', '--name', 'X', '--role', 'boss', '--library', lib('x')]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim()).toBe('Vai trò “boss” không có; chỉ có reporter và editor.');

    const exported = await run(['keys', 'export', '--out', root, '--library', lib('reporter')]);
    expect(exported.code).toBe(0);
    const keyFile = (await readdir(root)).find((n) => n.endsWith('.dateline-key.json')) as string;
    expect(exported.stdout).toContain(keyFile);
    expect(JSON.parse(await readFile(join(root, keyFile), 'utf8'))).toMatchObject({ keyId: reporter.keyId });
    // Never over an existing file.
    const again = await run(['keys', 'export', '--out', join(root, keyFile), '--library', lib('reporter')]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('Đã có tệp');

    const imported = await json<KeyEntry[]>(['keys', 'import', join(root, keyFile), '--library', lib('hub')]);
    expect(imported).toMatchObject([{ keyId: reporter.keyId, trustedRoles: [] }]);
    const trusted = await json<KeyEntry>([
      'keys',
      'trust',
      reporter.fingerprint.slice(0, 9),
      '--role',
      'reporter',
      '--library',
      lib('hub'),
    ]);
    expect(trusted.trustedRoles).toEqual(['reporter']);
    const listed = await run(['keys', 'list', '--library', lib('hub')]);
    expect(listed.stdout).toContain(`${reporter.fingerprint}  Trần Trung Hậu  Phóng viên`);
    const untrusted = await run(['keys', 'trust', reporter.keyId.slice(0, 8), '--none', '--library', lib('hub')]);
    expect(untrusted.stdout.trim()).toBe(`Khoá của Trần Trung Hậu (${reporter.fingerprint}) không còn được tin cậy.`);
    const missing = await run(['keys', 'trust', 'ffff0000', '--role', 'editor', '--library', lib('hub')]);
    expect(missing.stderr.trim()).toBe('Không có khoá nào khớp với “ffff0000” trong danh sách khoá.');
  }, 300_000);
});

describe.skipIf(!syncthingBinary())('dateline desk join / hub / status over Syncthing', () => {
  let a: StNode;
  let h: StNode;
  beforeAll(async () => {
    [a, h] = await Promise.all([startNode(root, 'a'), startNode(root, 'h')]);
  }, 300_000);
  afterAll(async () => {
    await Promise.all([a, h].filter(Boolean).map((n) => stopNode(n)));
  }, 60_000);

  it('joins by the hub’s device ID; the hub accepts the reporter by its key file; status shows the hub and the delivery', async () => {
    const keyFile = join(root, (await readdir(root)).find((n) => n.endsWith('.dateline-key.json')) as string);
    const syncA = ['--syncthing-address', a.url, '--api-key', a.apiKey];
    const syncH = ['--syncthing-address', h.url, '--api-key', h.apiKey];
    const typo = await run([
      'desk',
      'join',
      h.deviceId.replace(/.$/, 'A') === h.deviceId ? h.deviceId.replace(/.$/, 'B') : h.deviceId.replace(/.$/, 'A'),
      ...syncA,
      '--library',
      lib('reporter'),
    ]);
    expect(typo.code).not.toBe(0);
    expect(typo.stderr).toContain('không đúng');

    const joined = await json<DeskStatus>([
      'desk',
      'join',
      h.deviceId,
      '--root',
      join(root, 'reporter-desk'),
      '--hub-address',
      h.listen,
      ...syncA,
      '--library',
      lib('reporter'),
    ]);
    expect(joined).toMatchObject({
      layout: 'lanes',
      engine: 'syncthing',
      syncthing: { deviceId: a.deviceId, hub: { deviceId: h.deviceId } },
    });

    const report = await waitFor('the hub to accept the reporter', [a, h], async () => {
      const r = await json<HubReport>([
        'desk',
        'hub',
        '--root',
        join(root, 'hub-desk'),
        '--accept-keys',
        keyFile,
        '--wait',
        '30',
        ...syncH,
        '--library',
        lib('hub'),
      ]);
      return r.accepted.some((x) => x.deviceId === a.deviceId) ? r : null;
    });
    expect(report.accepted).toEqual([expect.objectContaining({ deviceId: a.deviceId, name: 'Trần Trung Hậu', roles: ['reporter'] })]);

    const created = await run(['new', '--headline', 'Bốn tốt ở Hà Giang', '--library', lib('reporter')]);
    const sent = JSON.parse((await run(['submit', created.stdout.trim(), '--json', '--library', lib('reporter')])).stdout) as SubmitReceipt;
    const status = await waitFor('the hub to have the submission', [a, h], async () => {
      const s = await json<DeskStatus>(['desk', 'status', '--library', lib('reporter')]);
      return s.deliveries[0]?.state === 'reached' && s.syncthing?.hub?.connected ? s : null;
    });
    expect(status.deliveries[0]).toMatchObject({ packageId: sent.submission.packageId, state: 'reached' });
    const text = await run(['desk', 'status', '--library', lib('reporter')]);
    expect(text.stdout).toContain(`Mã thiết bị của máy này: ${a.deviceId}`);
    expect(text.stdout).toContain(`(${h.deviceId}): đang kết nối`);
    expect(text.stdout).toContain(`${sent.submission.packageId}  ${created.stdout.trim()}  v`);
    expect(text.stdout).toContain('Đã tới tòa soạn');
  }, 600_000);
});

if (!syncthingBinary()) console.warn(NO_SYNCTHING);
