// A machine's desk card: its Dateline key's signature binding its Syncthing device ID to its lane
// folder. A joining laptop offers its lane to the hub with the card in the folder's label (the
// only thing Syncthing shows the hub before it accepts anything), so the hub can check, before it
// accepts a device, that the device belongs to a key the newsroom trusts, and that nobody offers
// a lane that is not theirs. A card copied from another device names that device, not this one.

import { canonicalJson } from '../../common/review/canonical.ts';
import type { Role } from '../../common/review/types.ts';
import { SIGNING_CONTEXT, signWith, verifyWith } from '../review/keys.ts';
import type { KnownKey, Signer } from '../review/profile.ts';
import { laneFolderId } from './lanes.ts';

export interface DeskCard {
  v: 1;
  keyId: string;
  deviceId: string;
  folderId: string;
  createdAt: string;
  sig: string;
}

const PREFIX = 'dl1.';
/** Labels come from other devices: longer ones are not ours and are not parsed. */
const MAX_LABEL = 2000;
const TOKEN = /\bdl1\.([A-Za-z0-9_-]{40,1400})$/;

const unsigned = (c: Omit<DeskCard, 'sig'>): Buffer => Buffer.from(canonicalJson(c), 'utf8');

/** The card of this machine's lane, as a token for a folder label. */
export function makeCardToken(signer: Signer, deviceId: string, now: Date): string {
  const body: Omit<DeskCard, 'sig'> = {
    v: 1,
    keyId: signer.person.keyId,
    deviceId,
    folderId: laneFolderId(signer.person.keyId),
    createdAt: now.toISOString(),
  };
  const card: DeskCard = { ...body, sig: signWith(signer.privateKey, SIGNING_CONTEXT.deskCard, unsigned(body)) };
  return PREFIX + Buffer.from(JSON.stringify(card), 'utf8').toString('base64url');
}

/** The label a lane folder is offered with: readable in Syncthing, the card at its end. */
export const cardLabel = (name: string, token: string): string => `Dateline · ${name.slice(0, 80)} · ${token}`;

/** The readable part of a lane label (the owner's name), without the card. */
export function labelName(label: string): string {
  if (label.length > MAX_LABEL) return '';
  const bare = label
    .replace(TOKEN, '')
    .replace(/^Dateline · /, '')
    .replace(/ · $/, '');
  return bare.trim().slice(0, 80);
}

/** The card at the end of a folder label, unverified, or null. */
export function cardOfLabel(label: string): DeskCard | null {
  if (label.length > MAX_LABEL) return null;
  const m = TOKEN.exec(label);
  if (!m) return null;
  try {
    const raw = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8')) as Partial<DeskCard>;
    if (
      raw.v !== 1 ||
      typeof raw.keyId !== 'string' ||
      typeof raw.deviceId !== 'string' ||
      typeof raw.folderId !== 'string' ||
      typeof raw.createdAt !== 'string' ||
      typeof raw.sig !== 'string'
    )
      return null;
    return { v: 1, keyId: raw.keyId, deviceId: raw.deviceId, folderId: raw.folderId, createdAt: raw.createdAt, sig: raw.sig };
  } catch {
    return null;
  }
}

export type CardVerdict =
  | { ok: true; key: KnownKey; roles: Role[] }
  | { ok: false; reason: 'no-card' | 'bad-card' | 'unknown-key' | 'untrusted-key'; key?: KnownKey; keyId?: string };

/** Whether a card, offered by `deviceId` for `folderId`, is a trusted key's binding of that very device to its own lane. */
export async function checkCard(
  card: DeskCard | null,
  offer: { deviceId: string; folderId: string },
  lookupKey: (keyId: string) => Promise<KnownKey | undefined>,
): Promise<CardVerdict> {
  if (!card) return { ok: false, reason: 'no-card' };
  if (
    !/^[0-9a-f]{64}$/.test(card.keyId) ||
    card.deviceId !== offer.deviceId ||
    card.folderId !== offer.folderId ||
    laneFolderId(card.keyId) !== offer.folderId
  )
    return { ok: false, reason: 'bad-card' };
  const key = await lookupKey(card.keyId);
  if (!key) return { ok: false, reason: 'unknown-key', keyId: card.keyId };
  const { sig, ...body } = card;
  if (!verifyWith(key.publicKey, SIGNING_CONTEXT.deskCard, unsigned(body), sig)) return { ok: false, reason: 'bad-card', key };
  if (key.trustedRoles.length === 0) return { ok: false, reason: 'untrusted-key', key };
  return { ok: true, key, roles: key.trustedRoles };
}
