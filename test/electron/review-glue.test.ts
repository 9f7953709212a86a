// The review's Electron glue against fakes: the signing key really goes through safeStorage (and
// only safeStorage opens it again), Linux's built-in-password backend is not taken for a keychain,
// the profile lives under userData, and "export my public key" asks with the save dialog.

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedKey } from '../../main/common/review/types.ts';
import { createCore } from '../../main/core/app.ts';
import { fileSecretBox, ProfileStore } from '../../main/core/review/profile.ts';
import { createMemorySettings } from '../../main/core/settings/memory.ts';
import { electronReviewOptions, safeStorageBox, type SafeStorageLike } from '../../main/electron/review-glue.ts';
import { tempDir } from './helpers.ts';

/** safeStorage as the OS would give it: the text comes back only through the same store. */
function fakeSafeStorage(backend: 'gnome_libsecret' | 'basic_text' = 'gnome_libsecret', available = true) {
  const calls: string[] = [];
  const store: SafeStorageLike = {
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (plain) => {
      calls.push('encrypt');
      return Buffer.from(`sealed:${Buffer.from(plain).toString('hex').split('').reverse().join('')}`);
    },
    decryptStringAsync: async (sealed) => {
      calls.push('decrypt');
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('not sealed by this keychain');
      return { shouldReEncrypt: false, result: Buffer.from(text.slice(7).split('').reverse().join(''), 'hex').toString() };
    },
  };
  return { store, calls };
}

const t = ((key: string) => key) as never;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

describe('the signing key under safeStorage', () => {
  it('is sealed by the keychain, kept in a 0600 file, and opened only through it', async () => {
    const { store, calls } = fakeSafeStorage();
    const box = await safeStorageBox(store, 'linux');
    expect(box?.kind).toBe('safeStorage');
    const profiles = new ProfileStore(join(dir, 'p'), box!);
    const made = await profiles.setProfile('Trần Trung Hậu', ['reporter']);
    expect(made.protectedBy).toBe('safeStorage');
    expect(calls).toContain('encrypt');
    const keyFile = join(dir, 'p', 'signing-key.json');
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await readFile(keyFile, 'utf8')) as { box: string; data: string };
    expect(stored.box).toBe('safeStorage');
    expect(Buffer.from(stored.data, 'base64').toString()).toMatch(/^sealed:/);

    // A fresh store (the next start) signs through the keychain again.
    const again = new ProfileStore(join(dir, 'p'), (await safeStorageBox(store, 'linux'))!);
    await expect(again.signer('reporter')).resolves.toMatchObject({ person: { name: 'Trần Trung Hậu', keyId: made.keyId } });
    expect(calls).toContain('decrypt');
    // The CLI's file box cannot open it, and says why.
    await expect(new ProfileStore(join(dir, 'p'), fileSecretBox).signer()).rejects.toMatchObject({
      params: { reason: 'key-box', box: 'safeStorage' },
    });
  });

  it('takes no keychain when there is none, or when Linux falls back to its built-in password', async () => {
    expect(await safeStorageBox(fakeSafeStorage('basic_text').store, 'linux')).toBeNull();
    expect(await safeStorageBox(fakeSafeStorage('gnome_libsecret', false).store, 'linux')).toBeNull();
    // basic_text is a Linux name only; elsewhere the keychain is used.
    expect((await safeStorageBox(fakeSafeStorage('basic_text').store, 'darwin'))?.kind).toBe('safeStorage');
    const warnings: string[] = [];
    const options = await electronReviewOptions({
      safeStorage: fakeSafeStorage('basic_text').store,
      window: () => null,
      configDir: dir,
      t,
      platform: 'linux',
      logger: { info: () => undefined, warn: (m) => warnings.push(m), error: () => undefined },
    });
    expect(options.secretBox).toBeUndefined();
    expect(options.profileDir).toBe(join(dir, 'review-profile'));
    expect(warnings).toHaveLength(1);
  });
});

describe('exporting the public key from the desktop app', () => {
  async function core(answer: string | null) {
    const asked: unknown[] = [];
    const dialog = {
      showSaveDialog: async (...args: unknown[]) => {
        asked.push(args.at(-1));
        return answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer };
      },
    };
    const review = await electronReviewOptions({
      safeStorage: fakeSafeStorage().store,
      dialog: dialog as never,
      window: () => null,
      configDir: join(dir, 'config'),
      t,
      platform: 'linux',
    });
    const c = await createCore({ libraryDir: join(dir, 'library'), settings: createMemorySettings(), transport: 'direct', review });
    const call = async (m: 'review.setProfile' | 'keys.export', input: object) => {
      const r = await c.dispatch(m, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    await call('review.setProfile', { name: 'Nguyễn Thị Biên', roles: ['editor'] });
    return { c, call, asked };
  }

  it('writes the key where the save dialog says, and nothing when it is cancelled', async () => {
    const target = join(dir, 'bien.dateline-key.json');
    const saved = await core(target);
    const exported = (await saved.call('keys.export', { saveAs: true })) as ExportedKey;
    expect(exported.path).toBe(target);
    expect(saved.asked[0]).toMatchObject({ defaultPath: exported.fileName, title: 'reviewUi:profile.exportTitle' });
    expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({ format: 'dateline.public-key', name: 'Nguyễn Thị Biên' });
    // The profile went under userData, protected by the keychain.
    expect(JSON.parse(await readFile(join(dir, 'config', 'review-profile', 'profile.json'), 'utf8'))).toMatchObject({
      protectedBy: 'safeStorage',
    });
    await saved.c.close();

    const cancelled = await core(null);
    const none = (await cancelled.call('keys.export', { saveAs: true })) as ExportedKey;
    expect(none.canceled).toBe(true);
    expect(none.path).toBeUndefined();
    await cancelled.c.close();
  });
});
