// The key ring: the user's profile and key pair, and the keys of colleagues this newsroom trusts
// for a role. Trusting a key can make packages refused for lack of trust readable, so a change
// asks the desk sync for another pass (rescan).

import { readFile, stat } from 'node:fs/promises';
import type { ExportedKey, KeyEntry, ProfileInfo, Role } from '../../common/review/types.ts';
import { nfc } from '../../common/text/nfc.ts';
import { reviewError } from './errors.ts';
import type { ProfileStore } from './profile.ts';
import type { ReviewStore } from './store.ts';

export class KeyRing {
  constructor(
    private readonly profiles: ProfileStore,
    private readonly store: ReviewStore,
    /** Asks the desk sync to read the desk again. */
    private readonly rescan: () => void,
  ) {}

  /** The user's profile, or null before one is made. */
  profile(): Promise<ProfileInfo | null> {
    return this.profiles.profile();
  }

  /** Creates or updates the profile (a key pair is made once). */
  async setProfile(name: string, roles: Role[]): Promise<ProfileInfo> {
    const p = await this.profiles.setProfile(name, roles);
    this.rescan();
    return p;
  }

  /** The key list, own key first. */
  listKeys(): Promise<KeyEntry[]> {
    return this.profiles.listKeys();
  }

  /** The user's public key file, its name and content (the transport saves or downloads it). */
  async exportKey(): Promise<ExportedKey> {
    const file = await this.profiles.exportPublicKey();
    const slug =
      nfc(file.name)
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'key';
    const fileName = `${slug}-${file.keyId.slice(0, 8)}.dateline-key.json`;
    return { fileName, content: JSON.stringify(file, null, 1) + '\n' };
  }

  /** Adds a key from a public key file (its content or its path); it is not trusted yet. */
  async importKey(input: { content?: string; path?: string }): Promise<KeyEntry> {
    let text = input.content;
    if (text === undefined && input.path) {
      const st = await stat(input.path).catch(() => null);
      if (!st?.isFile() || st.size > 100_000) throw reviewError('bad-key-file', { detail: 'file' });
      text = await readFile(input.path, 'utf8');
    }
    const entry = await this.profiles.importKey(text ?? '');
    if (await this.store.retryTrustRefusals()) this.rescan();
    return entry;
  }

  /** Sets the roles a key is trusted for; packages refused for lack of trust are read again. */
  async trustKey(keyId: string, roles: Role[]): Promise<KeyEntry> {
    const entry = await this.profiles.trust(keyId, roles);
    if (await this.store.retryTrustRefusals()) this.rescan();
    return entry;
  }

  /** Forgets an imported key (the own key cannot be removed: it is not in the list). */
  removeKey(keyId: string): Promise<KeyEntry> {
    return this.profiles.removeKey(keyId);
  }
}
