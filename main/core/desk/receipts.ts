// The receipt an editor's Dateline signs when it takes in a submission (docs/desk.md): a small
// JSON file `receipts/<articleId>__<receiptId>.json` written into the reporter's lane, so the
// reporter sees "Tòa soạn đã nhận lúc 10:53 (Lê Thu)". It is read like any package from another
// machine: refused when it is malformed, forged (a signature that does not verify), signed by an
// unknown or untrusted key, or replayed (a copy under another name, or about another submission).

import { z } from 'zod';
import { ARTICLE_ID_PATTERN, timeOrderedId } from '../../common/article/ids.ts';
import { PACKAGE_ID_PATTERN } from '../../common/review/ids.ts';
import { canonicalJson } from '../../common/review/canonical.ts';
import { nfc } from '../../common/text/nfc.ts';
import { receiptName, parseReceiptName } from '../review/desk.ts';
import { reviewError } from '../review/errors.ts';
import { SIGNING_CONTEXT, signWith } from '../review/keys.ts';
import type { KnownKey, Signer } from '../review/profile.ts';
import { trustedSigner } from '../review/trust.ts';

export const RECEIPT_FORMAT = 'dateline.receipt';
export const RECEIPT_FORMAT_VERSION = 1;
/** A receipt is a few hundred bytes; anything much larger is not one. */
export const MAX_RECEIPT_BYTES = 16 * 1024;
export const RECEIPT_ID_PATTERN = /^r-[0-9a-z]{6,12}-[0-9a-z]{6,12}$/;

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

const ReceiptSchema = z
  .object({
    format: z.literal(RECEIPT_FORMAT),
    formatVersion: z.literal(RECEIPT_FORMAT_VERSION),
    receiptId: z.string().regex(RECEIPT_ID_PATTERN),
    createdAt: z.iso.datetime({ offset: true }),
    signer: z.object({ keyId: Hex64, name: z.string().max(200), publicKey: z.string().max(100) }).strict(),
    submission: z
      .object({
        articleId: z.string().regex(ARTICLE_ID_PATTERN),
        packageId: z.string().regex(PACKAGE_ID_PATTERN),
        contentHash: Hex64,
        submitterKeyId: Hex64,
      })
      .strict(),
    signature: z.string().max(200),
  })
  .strict();
export type ReceiptFile = z.infer<typeof ReceiptSchema>;

/** What a receipt says, once verified. */
export interface VerifiedReceipt {
  receipt: ReceiptFile;
  signer: KnownKey;
  bytes: Buffer;
}

/** The submission a receipt acknowledges. */
export interface ReceiptSubject {
  articleId: string;
  packageId: string;
  contentHash: string;
  submitterKeyId: string;
}

const unsigned = (r: Omit<ReceiptFile, 'signature'>): Buffer => Buffer.from(canonicalJson(r), 'utf8');

/** A signed receipt for a submission, with its desk name. */
export function makeReceipt(signer: Signer, subject: ReceiptSubject, now: Date): { name: string; bytes: Buffer; receipt: ReceiptFile } {
  const body: Omit<ReceiptFile, 'signature'> = {
    format: RECEIPT_FORMAT,
    formatVersion: RECEIPT_FORMAT_VERSION,
    receiptId: timeOrderedId('r', now.getTime(), 10),
    createdAt: now.toISOString(),
    signer: { keyId: signer.person.keyId, name: signer.person.name, publicKey: signer.publicKey },
    submission: { ...subject },
  };
  const receipt: ReceiptFile = { ...body, signature: signWith(signer.privateKey, SIGNING_CONTEXT.receipt, unsigned(body)) };
  return {
    name: receiptName(subject.articleId, receipt.receiptId),
    bytes: Buffer.from(JSON.stringify(receipt, null, 1) + '\n', 'utf8'),
    receipt,
  };
}

/** Checks a receipt's bytes (as found under `name`): shape, name, signature by a trusted editor. */
export async function readReceipt(
  bytes: Buffer,
  name: string,
  lookupKey: (keyId: string) => Promise<KnownKey | undefined>,
): Promise<VerifiedReceipt> {
  if (bytes.length > MAX_RECEIPT_BYTES) throw reviewError('too-large', { entry: name, size: bytes.length, max: MAX_RECEIPT_BYTES });
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw reviewError('malformed-json', { entry: name });
  }
  const head = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== RECEIPT_FORMAT)
    throw reviewError('malformed', { entry: name, detail: 'format' });
  if (head.formatVersion !== RECEIPT_FORMAT_VERSION)
    throw reviewError('unknown-version', { version: String(head.formatVersion).slice(0, 20) });
  const parsed = ReceiptSchema.safeParse(raw);
  if (!parsed.success) throw reviewError('malformed', { entry: name, detail: parsed.error.issues[0]?.path.join('.') || '-' });
  const receipt = parsed.data;
  // The name is not signed, the content is: a copy under another name is a replay.
  const named = parseReceiptName(name);
  if (!named || named.receiptId !== receipt.receiptId || named.articleId !== receipt.submission.articleId)
    throw reviewError('replayed', { name });
  const { signature, ...body } = receipt;
  const signer = await trustedSigner(
    lookupKey,
    receipt.signer,
    { context: SIGNING_CONTEXT.receipt, bytes: unsigned(body), signature, keyId: receipt.signer.keyId },
    'editor',
  );
  return { receipt: { ...receipt, signer: { ...receipt.signer, name: nfc(receipt.signer.name) } }, signer, bytes };
}
