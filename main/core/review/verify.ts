// `dateline verify` on a review package (a submission or a decision from the desk): the same
// checks the desk's intake makes (reader.ts: the zip's directory, the manifest, the signature and
// whether its key is trusted for the package's kind, every file and the article), in a temporary
// folder removed afterwards. Trust is this computer's: the profile's key list.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import yauzl from 'yauzl';
import { fingerprintOf } from '../../common/review/types.ts';
import { reviewReason, type ReviewReason } from './errors.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { MANIFEST, PACKAGE_FORMAT } from './manifest.ts';
import type { KnownKey } from './profile.ts';
import { readPackage } from './reader.ts';
import type { Translator } from '../../common/i18n/index.ts';

export interface ReviewVerifyReport {
  ok: boolean;
  path: string;
  kind: 'review';
  packageKind: 'submission' | 'decision' | 'withdrawal' | null;
  articleId: string | null;
  articleVersion: number | null;
  signer: { name: string; fingerprint: string } | null;
  /** Why it is refused: a reason of review:errors and the sentence's parameters. */
  problem: { reason: ReviewReason; params: Record<string, string | number> } | null;
}

const MAX_MANIFEST = 1024 * 1024;

/** Whether a file is a zip whose manifest.json says it is a review package (nothing else is read). */
export async function isReviewPackage(path: string): Promise<boolean> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  } catch {
    return false;
  }
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== MANIFEST || entry.uncompressedSize > MAX_MANIFEST) continue;
      const chunks: Buffer[] = [];
      for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
      return (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { format?: unknown }).format === PACKAGE_FORMAT;
    }
    return false;
  } catch {
    return false;
  } finally {
    zip.close();
  }
}

/** Checks a review package as the desk's intake would; never throws for what the package holds. */
export async function verifyReviewPackage(
  path: string,
  lookupKey: (keyId: string) => Promise<KnownKey | undefined>,
): Promise<ReviewVerifyReport> {
  const report: ReviewVerifyReport = {
    ok: false,
    path,
    kind: 'review',
    packageKind: null,
    articleId: null,
    articleVersion: null,
    signer: null,
    problem: null,
  };
  const dir = await mkdtemp(join(tmpdir(), 'dateline-verify-'));
  try {
    const pkg = await readPackage(path, join(dir, 'x'), { limits: DEFAULT_LIMITS, lookupKey, name: basename(path) });
    report.ok = true;
    report.packageKind = pkg.manifest.kind;
    report.articleId = pkg.manifest.article.id;
    report.articleVersion = pkg.manifest.article.version;
    report.signer = { name: pkg.signer.name, fingerprint: fingerprintOf(pkg.signer.keyId) };
  } catch (err) {
    const reason = reviewReason(err);
    if (!reason) throw err;
    const { reason: _reason, ...params } = (err as { params: Record<string, string | number> }).params;
    report.problem = { reason, params };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return report;
}

/** The report as lines for the CLI, in the UI language. */
export function formatReviewVerifyReport(report: ReviewVerifyReport, t: Translator): string {
  const line =
    report.ok && report.signer
      ? t('review:verify.ok', {
          what: report.packageKind ? t(`review:verify.${report.packageKind}`) : '',
          id: report.articleId,
          version: report.articleVersion,
          ...report.signer,
        })
      : t('review:verify.failed', { reason: report.problem ? t(`review:errors.${report.problem.reason}`, report.problem.params) : '' });
  return `${report.path}\n${line}\n`;
}
