// The user's review identity on this machine, kept in a profile folder (per user, not per
// library): profile.json (name, roles, public key), signing-key.json (the private key as a
// SecretBox protected it, mode 0600), keys.json (the newsroom's keys and the roles this user
// trusts each for) and desk.json (where the desk folder is).

import { open, readFile, rename, rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { Person } from '../../common/review/notes.ts';
import { fingerprintOf, type KeyEntry, type ProfileInfo, type Role } from '../../common/review/types.ts';
import { nfc } from '../../common/text/nfc.ts';
import { fsyncDir, tempPathFor, writeJsonAtomic } from '../fs/atomic.ts';
import { nodeFs } from '../fs/seam.ts';
import { reviewError } from './errors.ts';
import {
  generateSigningKey,
  keyIdOf,
  makePublicKeyFile,
  privateKeyObject,
  rawPublicKey,
  readPublicKeyFile,
  type PublicKeyFile,
} from './keys.ts';

/**
 * Protects the private key at rest. Electron plugs in safeStorage (the OS keychain); under the
 * browser host and the CLI, fileSecretBox leaves the bytes as they are and the key file's 0600
 * mode is the protection. `kind` is stored with the key, so a key is only opened by its own box.
 */
export interface SecretBox {
  readonly kind: string;
  protect(bytes: Uint8Array): Promise<Uint8Array>;
  unprotect(bytes: Uint8Array): Promise<Uint8Array>;
}

/** No encryption: the key file's owner-only mode (0600) is what protects it. */
export const fileSecretBox: SecretBox = {
  kind: 'file',
  protect: async (bytes) => bytes,
  unprotect: async (bytes) => bytes,
};

const ROLE = z.enum(['reporter', 'editor']);
const ProfileFileSchema = z.object({
  format: z.literal('dateline.profile'),
  formatVersion: z.literal(1),
  name: z.string().min(1).max(200),
  roles: z.array(ROLE).min(1).max(2),
  keyId: z.string().regex(/^[0-9a-f]{64}$/),
  publicKey: z.string().max(100),
  createdAt: z.string(),
  protectedBy: z.string().max(40),
});
type ProfileFile = z.infer<typeof ProfileFileSchema>;

const SigningKeyFileSchema = z.object({
  format: z.literal('dateline.signing-key'),
  formatVersion: z.literal(1),
  keyId: z.string(),
  box: z.string(),
  data: z.string(),
});

const KeyEntrySchema = z.object({
  keyId: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().max(200),
  publicKey: z.string().max(100),
  claimedRoles: z.array(ROLE).max(2),
  trustedRoles: z.array(ROLE).max(2),
  importedAt: z.string(),
  trustedAt: z.string().optional(),
});
const KeysFileSchema = z.object({
  format: z.literal('dateline.keys'),
  formatVersion: z.literal(1),
  keys: z.array(KeyEntrySchema).max(10_000),
});
type StoredKey = z.infer<typeof KeyEntrySchema>;

/** What the package reader needs to know about a signer. */
export interface KnownKey {
  keyId: string;
  name: string;
  publicKey: string;
  trustedRoles: Role[];
}

export interface Signer {
  person: Person;
  roles: Role[];
  publicKey: string;
  privateKey: KeyObject;
}

async function readJson(path: string): Promise<unknown | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Writes a secret atomically with owner-only permissions from the first byte. */
export async function writeSecretFile(path: string, data: string): Promise<void> {
  const tmp = tempPathFor(path);
  const handle = await open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await fsyncDir(nodeFs, join(path, '..'));
}

const sortRoles = (roles: readonly Role[]): Role[] => (['reporter', 'editor'] as Role[]).filter((r) => roles.includes(r));

export class ProfileStore {
  private signerCache: Signer | null = null;

  constructor(
    readonly dir: string,
    private readonly box: SecretBox,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private get profilePath(): string {
    return join(this.dir, 'profile.json');
  }
  private get keyPath(): string {
    return join(this.dir, 'signing-key.json');
  }
  private get keysPath(): string {
    return join(this.dir, 'keys.json');
  }
  private get deskPath(): string {
    return join(this.dir, 'desk.json');
  }

  private async readProfileFile(): Promise<ProfileFile | null> {
    const raw = await readJson(this.profilePath);
    if (raw === undefined) return null;
    const parsed = ProfileFileSchema.safeParse(raw);
    if (!parsed.success) throw reviewError('key-file', { detail: 'profile.json' });
    return parsed.data;
  }

  /** The profile, or null before the user made one. */
  async profile(): Promise<ProfileInfo | null> {
    const p = await this.readProfileFile();
    return p
      ? {
          name: p.name,
          roles: p.roles,
          keyId: p.keyId,
          fingerprint: fingerprintOf(p.keyId),
          publicKey: p.publicKey,
          createdAt: p.createdAt,
          protectedBy: p.protectedBy,
        }
      : null;
  }

  /** Creates the profile (and its key pair) or updates its name and roles; the key is kept. */
  async setProfile(name: string, roles: Role[]): Promise<ProfileInfo> {
    await mkdir(this.dir, { recursive: true });
    const existing = await this.readProfileFile();
    if (existing) {
      await writeJsonAtomic(this.profilePath, { ...existing, name: nfc(name.trim()), roles: sortRoles(roles) });
    } else {
      const pair = generateSigningKey();
      const keyId = keyIdOf(pair.publicKey);
      const data = Buffer.from(await this.box.protect(new Uint8Array(pair.privateKeyDer))).toString('base64');
      await writeSecretFile(
        this.keyPath,
        JSON.stringify({ format: 'dateline.signing-key', formatVersion: 1, keyId, box: this.box.kind, data }) + '\n',
      );
      const file: ProfileFile = {
        format: 'dateline.profile',
        formatVersion: 1,
        name: nfc(name.trim()),
        roles: sortRoles(roles),
        keyId,
        publicKey: pair.publicKey,
        createdAt: this.clock().toISOString(),
        protectedBy: this.box.kind,
      };
      await writeJsonAtomic(this.profilePath, file);
    }
    this.signerCache = null;
    return (await this.profile()) as ProfileInfo;
  }

  /** The profile with its private key opened; refuses without a profile or without `role`. */
  async signer(role?: Role): Promise<Signer> {
    const p = await this.readProfileFile();
    if (!p) throw reviewError('no-profile');
    if (role && !p.roles.includes(role)) throw reviewError('wrong-role', { role });
    if (this.signerCache && this.signerCache.publicKey === p.publicKey) {
      this.signerCache = { ...this.signerCache, person: { keyId: p.keyId, name: p.name }, roles: p.roles };
      return this.signerCache;
    }
    const parsed = SigningKeyFileSchema.safeParse(await readJson(this.keyPath));
    if (!parsed.success) throw reviewError('key-file', { detail: 'signing-key.json' });
    if (parsed.data.box !== this.box.kind) throw reviewError('key-box', { box: parsed.data.box });
    let privateKey: KeyObject;
    try {
      privateKey = privateKeyObject(await this.box.unprotect(new Uint8Array(Buffer.from(parsed.data.data, 'base64'))));
    } catch {
      throw reviewError('key-file', { detail: 'unreadable' });
    }
    if (rawPublicKey(privateKey) !== p.publicKey) throw reviewError('key-file', { detail: 'mismatch' });
    this.signerCache = { person: { keyId: p.keyId, name: p.name }, roles: p.roles, publicKey: p.publicKey, privateKey };
    return this.signerCache;
  }

  /** The user's public key file, to hand to the newsroom. */
  async exportPublicKey(): Promise<PublicKeyFile> {
    const s = await this.signer();
    const p = (await this.readProfileFile()) as ProfileFile;
    return makePublicKeyFile({ name: p.name, roles: p.roles, publicKey: p.publicKey, createdAt: p.createdAt, privateKey: s.privateKey });
  }

  private async readKeys(): Promise<StoredKey[]> {
    const raw = await readJson(this.keysPath);
    if (raw === undefined) return [];
    const parsed = KeysFileSchema.safeParse(raw);
    if (!parsed.success) throw reviewError('key-file', { detail: 'keys.json' });
    return parsed.data.keys;
  }

  private async writeKeys(keys: StoredKey[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeJsonAtomic(this.keysPath, { format: 'dateline.keys', formatVersion: 1, keys });
  }

  private toEntry(k: StoredKey, own = false): KeyEntry {
    return { ...k, fingerprint: fingerprintOf(k.keyId), ...(own ? { own: true } : {}) };
  }

  /** The key list: this user's own key first, then the imported ones. */
  async listKeys(): Promise<KeyEntry[]> {
    const p = await this.readProfileFile();
    const keys = (await this.readKeys()).filter((k) => k.keyId !== p?.keyId).map((k) => this.toEntry(k));
    if (!p) return keys;
    const own: StoredKey = {
      keyId: p.keyId,
      name: p.name,
      publicKey: p.publicKey,
      claimedRoles: p.roles,
      trustedRoles: p.roles,
      importedAt: p.createdAt,
    };
    return [this.toEntry(own, true), ...keys];
  }

  /** Adds (or refreshes the name and claimed roles of) a key from a public key file; trust is unchanged. */
  async importKey(text: string): Promise<KeyEntry> {
    const file = readPublicKeyFile(text);
    const keys = await this.readKeys();
    const now = this.clock().toISOString();
    const existing = keys.find((k) => k.keyId === file.keyId);
    const entry: StoredKey = existing
      ? { ...existing, name: file.name, claimedRoles: file.roles }
      : { keyId: file.keyId, name: file.name, publicKey: file.publicKey, claimedRoles: file.roles, trustedRoles: [], importedAt: now };
    await this.writeKeys(existing ? keys.map((k) => (k.keyId === entry.keyId ? entry : k)) : [...keys, entry]);
    return this.toEntry(entry);
  }

  /** Sets the roles a key is trusted for (empty: known, not trusted). */
  async trust(keyId: string, roles: Role[]): Promise<KeyEntry> {
    const keys = await this.readKeys();
    const existing = keys.find((k) => k.keyId === keyId);
    if (!existing) throw reviewError('unknown-key-id', { fingerprint: fingerprintOf(keyId) });
    const entry: StoredKey = { ...existing, trustedRoles: sortRoles(roles), trustedAt: this.clock().toISOString() };
    await this.writeKeys(keys.map((k) => (k.keyId === keyId ? entry : k)));
    return this.toEntry(entry);
  }

  /** Forgets an imported key: its packages arriving later are refused as unknown (those taken in stay). */
  async removeKey(keyId: string): Promise<KeyEntry> {
    const keys = await this.readKeys();
    const existing = keys.find((k) => k.keyId === keyId);
    if (!existing) throw reviewError('unknown-key-id', { fingerprint: fingerprintOf(keyId) });
    await this.writeKeys(keys.filter((k) => k.keyId !== keyId));
    return this.toEntry(existing);
  }

  /** A signer as this machine knows it: its own key, an imported key, or undefined. */
  async lookup(keyId: string): Promise<KnownKey | undefined> {
    const p = await this.readProfileFile();
    if (p && p.keyId === keyId) return { keyId, name: p.name, publicKey: p.publicKey, trustedRoles: p.roles };
    const k = (await this.readKeys()).find((x) => x.keyId === keyId);
    return k ? { keyId: k.keyId, name: k.name, publicKey: k.publicKey, trustedRoles: k.trustedRoles } : undefined;
  }

  async deskDir(): Promise<string | null> {
    const raw = (await readJson(this.deskPath)) as { path?: unknown } | undefined;
    return typeof raw?.path === 'string' && raw.path ? raw.path : null;
  }

  async setDeskDir(path: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeJsonAtomic(this.deskPath, { path });
  }
}
