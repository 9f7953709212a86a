// Receipts on a plain folder desk (a USB stick works the same): the editor's Dateline signs one
// when it takes a submission in, the reporter's delivery goes from "in the desk folder" to
// "received", and every bad receipt is refused with its reason, like a bad package: forged,
// signed by an unknown, untrusted or non-editor key, replayed under another name or about
// another submission, malformed, too large, or a different file under a known receipt's id.

import { generateKeyPairSync } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeReceipt, MAX_RECEIPT_BYTES } from '../../../main/core/desk/receipts.ts';
import { keyIdOf, rawPublicKey } from '../../../main/core/review/keys.ts';
import type { Signer } from '../../../main/core/review/profile.ts';
import { tempDir } from '../review/helpers.ts';
import { closeMachines, fixtureArticle, machine, trustKey, type Machine } from './helpers.ts';

let root: string;
let cleanup: () => Promise<void>;
let desk: string;
let A: Machine, B: Machine, E: Machine, X: Machine;

beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-receipts-'));
  desk = join(root, 'desk');
  A = await machine(root, 'A', 'Trần Trung Hậu', ['reporter']);
  B = await machine(root, 'B', 'Hoàng Lan', ['reporter']);
  E = await machine(root, 'E', 'Lê Thu', ['editor']);
  // X: an editor A has imported but not trusted.
  X = await machine(root, 'X', 'Người ngoài', ['editor']);
  for (const m of [A, B, E, X]) await m.review.setDesk(desk);
  for (const r of [A, B]) {
    await trustKey(r, E, ['reporter']);
    await trustKey(E, r, ['editor']);
  }
  await trustKey(B, A, ['reporter']);
  await A.review.importKey({ content: (await X.review.exportKey()).content });
});
afterEach(async () => {
  await closeMachines(A, B, E, X);
  await cleanup();
});

const strangerSigner = (): Signer => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKey = rawPublicKey(privateKey);
  return { person: { keyId: keyIdOf(publicKey), name: 'Kẻ lạ' }, roles: ['editor'], publicKey, privateKey };
};

describe('receipts', () => {
  it('are signed once per submission by each editor’s Dateline and turn “in the desk folder” into “received”', async () => {
    const a = await fixtureArticle(A);
    const sent = (await A.review.submit(a.id)).submission;
    expect(await A.desk.deliveries(a.id)).toEqual([expect.objectContaining({ packageId: sent.packageId, state: 'reached' })]);
    expect((await A.desk.status()).deliveries).toEqual([expect.objectContaining({ packageId: sent.packageId, state: 'reached' })]);
    await E.review.refresh();
    await E.review.refresh();
    const receipts = await readdir(join(desk, 'receipts'));
    expect(receipts).toHaveLength(1);
    const file = JSON.parse(await readFile(join(desk, 'receipts', receipts[0]), 'utf8'));
    expect(file).toMatchObject({
      format: 'dateline.receipt',
      submission: { articleId: a.id, packageId: sent.packageId, contentHash: sent.contentHash },
    });
    expect(receipts[0]).toBe(`${a.id}__${file.receiptId}.json`);

    expect(await A.review.refresh()).toMatchObject({ accepted: 1, refused: 0 });
    const [d] = await A.desk.deliveries(a.id);
    expect(d).toMatchObject({ state: 'received', receipt: { at: file.createdAt, by: { name: 'Lê Thu' } } });
  });

  it('refuses forged, unknown-key, untrusted-key, non-editor, replayed, foreign, malformed, oversized and duplicate receipts', async () => {
    const a = await fixtureArticle(A);
    const sent = (await A.review.submit(a.id)).submission;
    const aKey = (await A.review.profile())!.keyId;
    const subject = { articleId: a.id, packageId: sent.packageId, contentHash: sent.contentHash, submitterKeyId: aKey };
    const put = (name: string, bytes: Buffer | string) => writeFile(join(desk, 'receipts', name), bytes);
    const eSigner = await E.review.profiles.signer();
    const at = (s: number) => new Date(Date.now() + s * 1000);

    // Forged: E's receipt with the time changed after signing.
    const forged = makeReceipt(eSigner, subject, at(1));
    await put(forged.name, JSON.stringify({ ...forged.receipt, createdAt: '2020-01-01T00:00:00.000Z' }));
    // Signed by a key nobody imported, by one A imported but does not trust, by a reporter.
    const stranger = makeReceipt(strangerSigner(), subject, at(2));
    await put(stranger.name, stranger.bytes);
    const untrusted = makeReceipt(await X.review.profiles.signer(), subject, at(3));
    await put(untrusted.name, untrusted.bytes);
    const byReporter = makeReceipt(await B.review.profiles.signer(), subject, at(4));
    await put(byReporter.name, byReporter.bytes);
    // Replayed: a genuine receipt under another receipt's name.
    const genuine = makeReceipt(eSigner, subject, at(5));
    const renamed = makeReceipt(eSigner, subject, at(6)).name;
    await put(renamed, genuine.bytes);
    // About a submission that is not A's (B's lifted into A's desk), and about A's with another hash.
    const b = await fixtureArticle(B);
    const bSent = (await B.review.submit(b.id)).submission;
    const foreign = makeReceipt(
      eSigner,
      { articleId: b.id, packageId: bSent.packageId, contentHash: bSent.contentHash, submitterKeyId: (await B.review.profile())!.keyId },
      at(7),
    );
    const otherHash = makeReceipt(eSigner, { ...subject, contentHash: 'f'.repeat(64) }, at(8));
    await put(otherHash.name, otherHash.bytes);
    // Malformed and oversized.
    const broken = makeReceipt(eSigner, subject, at(9)).name;
    await put(broken, '{"format":"dateline.receipt",');
    const huge = makeReceipt(eSigner, subject, at(10)).name;
    await put(huge, Buffer.alloc(MAX_RECEIPT_BYTES + 1, 0x20));

    expect(await A.review.refresh()).toMatchObject({ accepted: 0 });
    const reasons = Object.fromEntries((await A.review.store.refused()).filter((r) => r.kind === 'receipt').map((r) => [r.name, r.reason]));
    expect(reasons).toEqual({
      [forged.name]: 'bad-signature',
      [stranger.name]: 'unknown-key',
      [untrusted.name]: 'untrusted-key',
      [byReporter.name]: 'not-an-editor',
      [renamed]: 'replayed',
      [otherHash.name]: 'unknown-submission',
      [broken]: 'malformed-json',
      [huge]: 'too-large',
    });
    // B's own receipt, when it arrives on A's desk, is not A's to read: the article is not A's.
    await put(foreign.name, foreign.bytes);
    expect(await A.review.refresh()).toMatchObject({ accepted: 0, refused: 0 });
    // The refusals are in the inbox list with a sentence, and the delivery is unchanged.
    expect((await A.review.inbox()).refused.find((r) => r.name === stranger.name)?.message).toContain('unknown key');
    expect((await A.desk.deliveries(a.id))[0].state).toBe('reached');

    // A genuine receipt is taken; another file under its id is refused.
    await put(genuine.name, genuine.bytes);
    expect(await A.review.refresh()).toMatchObject({ accepted: 1 });
    expect((await A.desk.deliveries(a.id))[0]).toMatchObject({ state: 'received', receipt: { by: { name: 'Lê Thu' } } });
    await put(genuine.name, Buffer.concat([genuine.bytes, Buffer.from(' ')]));
    await A.review.refresh();
    expect((await A.review.store.refused()).find((r) => r.name === genuine.name)?.reason).toBe('duplicate-package');
  });

  it('reads receipts refused for lack of trust again once the key is trusted', async () => {
    const a = await fixtureArticle(A);
    const sent = (await A.review.submit(a.id)).submission;
    const subject = {
      articleId: a.id,
      packageId: sent.packageId,
      contentHash: sent.contentHash,
      submitterKeyId: (await A.review.profile())!.keyId,
    };
    const byX = makeReceipt(await X.review.profiles.signer(), subject, new Date());
    await writeFile(join(desk, 'receipts', byX.name), byX.bytes);
    expect(await A.review.refresh()).toMatchObject({ refused: 1 });
    await A.review.trustKey((await X.review.profile())!.keyId, ['editor']);
    expect(await A.review.refresh()).toMatchObject({ accepted: 1 });
    expect((await A.desk.deliveries(a.id))[0]).toMatchObject({ state: 'received', receipt: { by: { name: 'Người ngoài' } } });
  });
});
