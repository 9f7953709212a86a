// What this machine knows about receipts, in `<library>/review/receipts/<articleId>.json`: on the
// reporter's side the receipts that came back for its submissions (and when the newsroom was first
// seen to have each one); on an editor's side which submissions it already acknowledged, so each
// editor's Dateline signs one receipt per submission, once.

import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Person } from '../../common/review/notes.ts';
import type { SubmissionRecord } from '../../common/review/types.ts';
import { writeJsonAtomic } from '../fs/atomic.ts';
import type { Logger } from '../logger.ts';
import { packageName, parsePackageName, type Desk, type DeskEntry } from '../review/desk.ts';
import { seenKey, type ReviewStore, type SeenRecord } from '../review/store.ts';
import { reviewError } from '../review/errors.ts';
import type { IntakeContext } from '../review/intake-context.ts';
import { throughQuarantine, type IntakeOutcome } from '../review/intake.ts';
import type { Signer } from '../review/profile.ts';
import { makeReceipt, MAX_RECEIPT_BYTES, readReceipt } from './receipts.ts';

export interface ReceiptRecord {
  receiptId: string;
  submissionId: string;
  contentHash: string;
  /** When the editor's Dateline took the submission in (the receipt's own time). */
  at: string;
  /** The editor, by the name this machine gave the key. */
  by: Person;
  receivedAt: string;
  sha256: string;
}

export interface ArticleReceipts {
  format: 'dateline.article-receipts';
  formatVersion: 1;
  articleId: string;
  /** Reporter: receipts for its own submissions. */
  received: ReceiptRecord[];
  /** Editor: the receipts this machine wrote, by submission. */
  written: { submissionId: string; receiptId: string; at: string }[];
  /** Reporter: when each submission was first seen at the newsroom (the hub, or the desk folder). */
  reached: Record<string, string>;
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

export class ReceiptBook {
  /** Submissions taken in whose receipt is not written yet (kept when the desk fails under the write). */
  private readonly toAcknowledge = new Map<string, DeskEntry>();

  constructor(readonly dir: string) {}

  private path(articleId: string): string {
    return join(this.dir, `${articleId}.json`);
  }

  /** An article's receipts (empty when none). */
  async read(articleId: string): Promise<ArticleReceipts> {
    try {
      const raw = JSON.parse(await readFile(this.path(articleId), 'utf8')) as ArticleReceipts;
      if (raw.format === 'dateline.article-receipts' && raw.articleId === articleId) return { ...raw, reached: raw.reached ?? {} };
    } catch {
      // None yet (or unreadable: receipts are a courtesy, rebuilt as they arrive again).
    }
    return { format: 'dateline.article-receipts', formatVersion: 1, articleId, received: [], written: [], reached: {} };
  }

  private async write(r: ArticleReceipts): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeJsonAtomic(this.path(r.articleId), r, { durable: false });
  }

  /** Takes in a receipt from the desk: verified, about one of this machine's own submissions. Never throws. */
  take(ctx: IntakeContext, desk: Desk, entry: DeskEntry, logger?: Logger): Promise<IntakeOutcome> {
    return throughQuarantine(ctx, desk, entry, logger, async (file) => {
      const size = (await stat(file)).size;
      if (size > MAX_RECEIPT_BYTES) throw reviewError('too-large', { entry: entry.name, size, max: MAX_RECEIPT_BYTES });
      const bytes = await readFile(file);
      const { receipt, signer } = await readReceipt(bytes, entry.name, (k) => ctx.profiles.lookup(k));
      const subject = receipt.submission;
      const own = await ctx.profiles.profile();
      const review = await ctx.store.readArticle(subject.articleId);
      const submission = review.submissions.find((s) => s.packageId === subject.packageId);
      // Only this machine's own submission, exactly as submitted: a receipt lifted from another
      // lane or made for another version says nothing about this one.
      if (
        !submission?.own ||
        !own ||
        submission.contentHash !== subject.contentHash ||
        subject.submitterKeyId !== own.keyId ||
        submission.submitter.keyId !== own.keyId
      ) {
        throw reviewError('unknown-submission');
      }
      const book = await this.read(subject.articleId);
      const digest = sha256(bytes);
      const known = book.received.find((r) => r.receiptId === receipt.receiptId);
      if (known) {
        if (known.sha256 !== digest) throw reviewError('duplicate-package', { packageId: receipt.receiptId });
        return subject.articleId;
      }
      book.received.push({
        receiptId: receipt.receiptId,
        submissionId: subject.packageId,
        contentHash: subject.contentHash,
        at: receipt.createdAt,
        by: { keyId: signer.keyId, name: signer.name },
        receivedAt: ctx.now(),
        sha256: digest,
      });
      await this.write(book);
      return subject.articleId;
    });
  }

  /** Editor: a submission was just taken in; its receipt is written by acknowledgeTaken. */
  taken(entry: DeskEntry): void {
    this.toAcknowledge.set(seenKey(entry), entry);
  }

  /**
   * Editor: a signed receipt into the reporter's lane for each submission taken in, each marked
   * seen (it is our own file). Answers whether `seen` changed. A write that fails is tried again
   * at the next pass; the reporter sees "reached the newsroom" meanwhile.
   */
  async acknowledgeTaken(a: {
    desk: Desk;
    signer: Signer | null;
    store: ReviewStore;
    seen: Record<string, SeenRecord>;
    now: Date;
    logger?: Logger;
  }): Promise<boolean> {
    let wrote = false;
    for (const [key, entry] of this.toAcknowledge) {
      const named = parsePackageName(entry.name);
      const submission = named
        ? (await a.store.readArticle(named.articleId)).submissions.find((s) => s.packageId === named.packageId)
        : undefined;
      if (!a.signer || !submission || submission.own) {
        this.toAcknowledge.delete(key);
        continue;
      }
      try {
        const receipt = await this.acknowledge(a.desk, a.signer, submission, a.now);
        if (receipt) {
          a.seen[seenKey(receipt)] = { size: receipt.size, modifiedMs: receipt.modifiedMs };
          wrote = true;
        }
        this.toAcknowledge.delete(key);
      } catch (err) {
        a.logger?.warn('review: cannot write a receipt', { name: entry.name, err: String(err) });
      }
    }
    return wrote;
  }

  /** Editor: signs a receipt for a submission just taken in and puts it in the reporter's lane (once); resolves to the file written. */
  async acknowledge(desk: Desk, signer: Signer, submission: SubmissionRecord, now: Date): Promise<DeskEntry | null> {
    const book = await this.read(submission.articleId);
    if (book.written.some((w) => w.submissionId === submission.packageId)) return null;
    const made = makeReceipt(
      signer,
      {
        articleId: submission.articleId,
        packageId: submission.packageId,
        contentHash: submission.contentHash,
        submitterKeyId: submission.submitter.keyId,
      },
      now,
    );
    const entry = await desk.publish('receipt', made.name, (path) => writeFile(path, made.bytes, { flag: 'wx' }), {
      submission: packageName(submission.articleId, submission.packageId),
      submitterKeyId: submission.submitter.keyId,
    });
    book.written.push({ submissionId: submission.packageId, receiptId: made.receipt.receiptId, at: made.receipt.createdAt });
    await this.write(book);
    return entry;
  }

  /** Reporter: remembers the first time the newsroom was seen to have a submission (delivery only ever moves forward). */
  async noteReached(articleId: string, packageIds: string[], at: string): Promise<void> {
    const book = await this.read(articleId);
    let changed = false;
    for (const id of packageIds) {
      if (book.reached[id]) continue;
      book.reached[id] = at;
      changed = true;
    }
    if (changed) await this.write(book);
  }
}
