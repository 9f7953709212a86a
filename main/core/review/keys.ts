// Ed25519 keys with node:crypto: a profile's key pair, signatures on packages, public key files.
// A key is named by its id, the SHA-256 of its raw 32 bytes, so a key file cannot claim another
// key's id; people compare the fingerprint (its first 128 bits) by phone before trusting it.

import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../common/review/canonical.ts';
import { fingerprintOf, type Role } from '../../common/review/types.ts';
import { nfc } from '../../common/text/nfc.ts';
import { reviewError } from './errors.ts';

export const PUBLIC_KEY_FORMAT = 'dateline.public-key' as const;
export const PUBLIC_KEY_FORMAT_VERSION = 1;
/** Signatures are over this prefix + the message, so a signature made for one purpose is useless for another. */
export const SIGNING_CONTEXT = {
  package: 'dateline.review-package.v1\n',
  keyFile: 'dateline.public-key.v1\n',
  /** An editor's receipt for a submission (main/core/desk/receipts.ts). */
  receipt: 'dateline.receipt.v1\n',
  /** A machine's card binding its Syncthing device to its key (main/core/desk/card.ts). */
  deskCard: 'dateline.desk-card.v1\n',
} as const;

const base64url = (b64: string): string =>
  b64
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/(?<!=)=+$/, '');
const fromBase64url = (s: string): string => {
  const b = s.replace(/-/g, '+').replace(/_/g, '/');
  return b + '='.repeat((4 - (b.length % 4)) % 4);
};

export interface NewKeyPair {
  /** Raw 32-byte public key, base64. */
  publicKey: string;
  /** PKCS#8 DER of the private key (to be protected by a SecretBox). */
  privateKeyDer: Buffer;
}

/** Makes a new Ed25519 key pair. */
export function generateSigningKey(): NewKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: rawPublicKey(publicKey), privateKeyDer: privateKey.export({ format: 'der', type: 'pkcs8' }) };
}

/** The raw public key (base64) of a public or private Ed25519 KeyObject. */
export function rawPublicKey(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = pub.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 key');
  return fromBase64url(jwk.x);
}

/** A KeyObject for a raw base64 public key; throws on anything that is not 32 bytes. */
export function publicKeyObject(publicKey: string): KeyObject {
  const raw = Buffer.from(publicKey, 'base64');
  if (raw.length !== 32 || raw.toString('base64') !== publicKey) throw new Error('a public key is 32 bytes in base64');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: base64url(publicKey) }, format: 'jwk' });
}

/** Loads a PKCS#8 DER private key. */
export function privateKeyObject(der: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
}

/** The key id: SHA-256 (hex) of the raw public key. */
export function keyIdOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex');
}

/** Signs `message` for a purpose (see SIGNING_CONTEXT); base64 signature. */
export function signWith(privateKey: KeyObject, context: string, message: Uint8Array): string {
  return sign(null, Buffer.concat([Buffer.from(context, 'utf8'), message]), privateKey).toString('base64');
}

/** Whether `signature` is `publicKey`'s signature of `message` for that purpose. Never throws. */
export function verifyWith(publicKey: string, context: string, message: Uint8Array, signature: string): boolean {
  try {
    const sig = Buffer.from(signature, 'base64');
    if (sig.length !== 64) return false;
    return verify(null, Buffer.concat([Buffer.from(context, 'utf8'), message]), publicKeyObject(publicKey), sig);
  } catch {
    return false;
  }
}

const RoleSchema = z.enum(['reporter', 'editor']);
const PublicKeyFileSchema = z.object({
  format: z.literal(PUBLIC_KEY_FORMAT),
  formatVersion: z.number().int(),
  name: z.string().min(1).max(200),
  roles: z.array(RoleSchema).max(2),
  algorithm: z.literal('Ed25519'),
  publicKey: z.string().max(100),
  keyId: z.string().regex(/^[0-9a-f]{64}$/),
  fingerprint: z.string().max(100),
  createdAt: z.string().max(40),
  /** The owner's signature over the rest of the file: it was made by whoever holds the private key. */
  signature: z.string().max(200),
});
export type PublicKeyFile = z.infer<typeof PublicKeyFileSchema>;

const unsignedBytes = (file: Omit<PublicKeyFile, 'signature'>): Buffer => Buffer.from(canonicalJson(file), 'utf8');

/** The public key file a user hands to the newsroom (JSON, self-signed). */
export function makePublicKeyFile(args: {
  name: string;
  roles: Role[];
  publicKey: string;
  createdAt: string;
  privateKey: KeyObject;
}): PublicKeyFile {
  const keyId = keyIdOf(args.publicKey);
  const body = {
    format: PUBLIC_KEY_FORMAT,
    formatVersion: PUBLIC_KEY_FORMAT_VERSION,
    name: nfc(args.name),
    roles: [...args.roles],
    algorithm: 'Ed25519' as const,
    publicKey: args.publicKey,
    keyId,
    fingerprint: fingerprintOf(keyId),
    createdAt: args.createdAt,
  };
  return { ...body, signature: signWith(args.privateKey, SIGNING_CONTEXT.keyFile, unsignedBytes(body)) };
}

/** Parses and checks a public key file's text: format, id = hash of the key, self-signature. */
export function readPublicKeyFile(text: string): PublicKeyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw reviewError('bad-key-file', { detail: 'JSON' });
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (
    (raw as { format?: unknown } | null)?.format === PUBLIC_KEY_FORMAT &&
    typeof version === 'number' &&
    version !== PUBLIC_KEY_FORMAT_VERSION
  ) {
    throw reviewError('unknown-version', { version });
  }
  const parsed = PublicKeyFileSchema.safeParse(raw);
  if (!parsed.success) throw reviewError('bad-key-file', { detail: parsed.error.issues[0]?.path.join('.') || 'format' });
  const file = parsed.data;
  try {
    publicKeyObject(file.publicKey);
  } catch {
    throw reviewError('bad-key-file', { detail: 'publicKey' });
  }
  if (keyIdOf(file.publicKey) !== file.keyId) throw reviewError('bad-key-file', { detail: 'keyId' });
  const { signature, ...body } = file;
  if (!verifyWith(file.publicKey, SIGNING_CONTEXT.keyFile, unsignedBytes(body), signature))
    throw reviewError('bad-key-file', { detail: 'signature' });
  return { ...file, name: nfc(file.name) };
}
