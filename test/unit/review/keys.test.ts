// Profiles, keys and trust: the private key stays protected and owner-only, public key files
// are checked before import, the SecretBox is honoured, and review errors reach the user as one
// sentence in the UI language through the dispatcher.

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../../main/core/dispatcher.ts';
import { Library } from '../../../main/core/library/library.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import { reviewArea } from '../../../main/core/review/handlers.ts';
import { createMemorySettings } from '../../../main/core/settings/memory.ts';
import { SIGNING_CONTEXT, signWith, verifyWith } from '../../../main/core/review/keys.ts';
import { ProfileStore, fileSecretBox, type SecretBox } from '../../../main/core/review/profile.ts';
import { tempDir } from './helpers.ts';
import { trustedPaths } from '../../../main/core/fs/path-grants.ts';

/** A box that really transforms the bytes (as safeStorage would), so a mix-up cannot pass unnoticed. */
const xorBox: SecretBox = {
  kind: 'test-xor',
  protect: async (b) => Uint8Array.from(b, (x) => x ^ 0x5a),
  unprotect: async (b) => Uint8Array.from(b, (x) => x ^ 0x5a),
};

describe('profile and keys', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir: root, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('makes a key pair once, keeps the private key owner-only and out of the profile', async () => {
    const store = new ProfileStore(join(root, 'p'), fileSecretBox);
    expect(await store.profile()).toBeNull();
    await expect(store.signer()).rejects.toMatchObject({ params: { reason: 'no-profile' } });
    const p = await store.setProfile('Trần Trung Hậu', ['reporter']);
    expect(p.keyId).toMatch(/^[0-9a-f]{64}$/);
    expect(p.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    if (process.platform !== 'win32') expect((await stat(join(root, 'p', 'signing-key.json'))).mode & 0o777).toBe(0o600);
    const profileText = await readFile(join(root, 'p', 'profile.json'), 'utf8');
    expect(profileText).not.toMatch(/PRIVATE|"data"/);
    const again = await store.setProfile('Trần Trung Hậu', ['reporter', 'editor']);
    expect(again.keyId).toBe(p.keyId);
    expect(again.roles).toEqual(['reporter', 'editor']);
    const signer = await store.signer('editor');
    const sig = signWith(signer.privateKey, SIGNING_CONTEXT.package, Buffer.from('x'));
    expect(verifyWith(p.publicKey, SIGNING_CONTEXT.package, Buffer.from('x'), sig)).toBe(true);
    // A signature for one purpose is worthless for another.
    expect(verifyWith(p.publicKey, SIGNING_CONTEXT.keyFile, Buffer.from('x'), sig)).toBe(false);
    await expect(new ProfileStore(join(root, 'p'), fileSecretBox).signer('editor')).resolves.toBeDefined();
  });

  it('opens a key only with the box that protected it', async () => {
    const boxed = new ProfileStore(join(root, 'b'), xorBox);
    const p = await boxed.setProfile('Biên tập', ['editor']);
    const stored = JSON.parse(await readFile(join(root, 'b', 'signing-key.json'), 'utf8')) as { box: string; data: string };
    expect(stored.box).toBe('test-xor');
    // The stored bytes are not a usable DER key: the box did transform them.
    expect(Buffer.from(stored.data, 'base64')[0]).not.toBe(0x30);
    expect((await boxed.signer()).publicKey).toBe(p.publicKey);
    await expect(new ProfileStore(join(root, 'b'), fileSecretBox).signer()).rejects.toMatchObject({
      params: { reason: 'key-box', box: 'test-xor' },
    });
  });

  it('imports only intact public key files, and trusts only what it is told to', async () => {
    const a = new ProfileStore(join(root, 'a'), fileSecretBox);
    const b = new ProfileStore(join(root, 'b'), fileSecretBox);
    const pa = await a.setProfile('Nguyễn Thị Biên', ['editor']);
    await b.setProfile('Trần Trung Hậu', ['reporter']);
    const file = await a.exportPublicKey();
    expect(file).toMatchObject({ name: 'Nguyễn Thị Biên', roles: ['editor'], keyId: pa.keyId, algorithm: 'Ed25519' });
    const text = JSON.stringify(file);

    for (const bad of [
      JSON.stringify({ ...file, name: 'Kẻ Mạo Danh' }),
      JSON.stringify({ ...file, roles: ['editor', 'reporter'] }),
      JSON.stringify({ ...file, keyId: 'f'.repeat(64) }),
      text.slice(0, -5),
      '{}',
    ]) {
      await expect(b.importKey(bad)).rejects.toMatchObject({ code: 'REVIEW', params: { reason: 'bad-key-file' } });
    }
    await expect(b.importKey(JSON.stringify({ ...file, formatVersion: 2 }))).rejects.toMatchObject({
      params: { reason: 'unknown-version' },
    });
    expect(await b.lookup(pa.keyId)).toBeUndefined();

    const entry = await b.importKey(text);
    expect(entry).toMatchObject({ keyId: pa.keyId, claimedRoles: ['editor'], trustedRoles: [] });
    expect((await b.lookup(pa.keyId))?.trustedRoles).toEqual([]);
    await b.trust(pa.keyId, ['editor']);
    expect((await b.lookup(pa.keyId))?.trustedRoles).toEqual(['editor']);
    // Re-importing (a renamed profile) keeps the trust.
    await b.importKey(text);
    expect((await b.lookup(pa.keyId))?.trustedRoles).toEqual(['editor']);
    const list = await b.listKeys();
    expect(list[0].own).toBe(true);
    expect(list.map((k) => k.name)).toEqual(['Trần Trung Hậu', 'Nguyễn Thị Biên']);
    await expect(b.trust('0'.repeat(64), ['editor'])).rejects.toMatchObject({ params: { reason: 'unknown-key-id' } });
  });
});

describe('review through the dispatcher', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir: root, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('wires into a Core context, and turns review errors into one sentence in the UI language', async () => {
    const settings = createMemorySettings({ language: 'vi' });
    const library = new Library({ dir: root, settings: settings.get });
    const closers: (() => Promise<void> | void)[] = [];
    const handlers = await reviewArea({
      libraryDir: root,
      settings,
      transport: 'direct',
      clock: () => new Date(),
      logger: silentLogger,
      library,
      paths: trustedPaths(root),
      onClose: (fn) => closers.push(fn),
    });
    const dispatch = createDispatcher(handlers as Handlers, { language: () => settings.get().language });
    try {
      const none = await dispatch('review.submit', { id: 'a-0m4x1k2p-7f3k9q' });
      expect(!none.ok && none.error.message).toBe('Hãy tạo hồ sơ (tên, vai trò, khoá ký) trước khi gửi hoặc duyệt bài.');
      expect(await dispatch('review.setProfile', { name: 'Trần Trung Hậu', roles: ['reporter'] })).toMatchObject({
        ok: true,
        value: { protectedBy: 'file' },
      });
      const approve = { id: 'a-0m4x1k2p-7f3k9q', submissionId: 's-000000001-aaaaaaaaaa' };
      const vi = await dispatch('review.approve', approve);
      expect(vi).toMatchObject({ ok: false, error: { code: 'REVIEW', details: { reason: 'wrong-role' } } });
      expect(!vi.ok && vi.error.message).toBe('Hồ sơ của bạn không có vai trò editor nên không làm được việc này.');
      settings.set({ language: 'en' });
      const en = await dispatch('review.approve', approve);
      expect(!en.ok && en.error.message).toBe('Your profile does not have the editor role, so you cannot do this.');
      const noDesk = await dispatch('review.submit', { id: (await library.create({})).id });
      expect(!noDesk.ok && noDesk.error.message).toBe('No desk is chosen yet (the folder shared with the newsroom).');
      const bad = await dispatch('review.comment', { id: 'a-0m4x1k2p-7f3k9q', text: 'x', range: { blockId: 'b', start: 5, end: 2 } });
      expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const exported = await dispatch('keys.export', {});
      expect(exported.ok && (exported.value as { fileName: string }).fileName).toMatch(/^tran-trung-hau-[0-9a-f]{8}\.dateline-key\.json$/);
      // The page never names where a file goes: the transport saves or downloads the content.
      expect(await dispatch('keys.export', { path: root })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const status = await dispatch('review.status', {
        id: (await library.list({ sort: 'changed', trash: false, offset: 0, limit: 10 })).items[0].id,
      });
      expect(status).toMatchObject({ ok: true, value: { status: 'draft', locked: false } });
    } finally {
      for (const fn of closers.reverse()) await fn();
      await library.close();
    }
  });
});
