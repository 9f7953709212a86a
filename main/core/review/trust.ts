// Whether a signed file (a package's manifest, a receipt) was signed by a key this machine
// trusts for what the file does. The order of the checks decides the reason a refusal gives:
// a key nobody imported, a signature that does not verify, a key known but not trusted, a key
// trusted for the other role.

import type { Role } from '../../common/review/types.ts';
import { fingerprintOf } from '../../common/review/types.ts';
import { nfc } from '../../common/text/nfc.ts';
import { reviewError } from './errors.ts';
import { keyIdOf, verifyWith } from './keys.ts';
import type { KnownKey } from './profile.ts';

export interface ClaimedSigner {
  keyId: string;
  /** The name the file claims (only shown while the key is unknown). */
  name: string;
  publicKey: string;
}

/** The signer as this machine knows it, or the review error saying why the signature is refused. */
export async function trustedSigner(
  lookupKey: (keyId: string) => Promise<KnownKey | undefined>,
  claimed: ClaimedSigner,
  signed: { context: string; bytes: Uint8Array; signature: string; keyId: string },
  role: Role,
): Promise<KnownKey> {
  if (signed.keyId !== claimed.keyId || keyIdOf(claimed.publicKey) !== signed.keyId) throw reviewError('bad-signature');
  const known = await lookupKey(signed.keyId);
  if (!known) throw reviewError('unknown-key', { name: nfc(claimed.name).slice(0, 200), fingerprint: fingerprintOf(signed.keyId) });
  if (known.publicKey !== claimed.publicKey) throw reviewError('bad-signature');
  if (!verifyWith(known.publicKey, signed.context, signed.bytes, signed.signature)) throw reviewError('bad-signature');
  const who = { name: known.name, fingerprint: fingerprintOf(known.keyId) };
  if (known.trustedRoles.length === 0) throw reviewError('untrusted-key', who);
  if (!known.trustedRoles.includes(role)) throw reviewError(role === 'editor' ? 'not-an-editor' : 'not-a-reporter', who);
  return known;
}
