// verify(package): does a package (folder or .zip) hold exactly what its manifest lists, byte
// for byte, and is its ninjs.json valid ninjs? Used on our own output and on packages that come
// from other laptops, so nothing is trusted: zip entries are checked before they are read,
// sizes are capped, links are refused, and an unknown format version is refused outright. The
// manifest's own article block (id, version, time, headline) is not hashed by anything, so it is
// checked against ninjs.json and article.html, whose bytes the manifest's checksums cover. A zip
// cut short, or an entry that cannot be unpacked, is named as such.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, open as openFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { PackageKind, VerifyProblem, VerifyReport } from '../../common/contract/export.ts';
import { FILES, KNOWN_FORMAT_VERSIONS, PACKAGE_FORMAT, SAFE_PACKAGE_PATH } from '../../common/export/layout.ts';
import { escapeText } from '../../common/export/html.ts';
import { ninjsProblems } from './ninjs-schema.ts';
import { scanZip } from './zip.ts';
import type { Translator } from '../../common/i18n/index.ts';

export interface VerifyLimits {
  maxFiles: number;
  maxTotalBytes: number;
}

/** Far above any real package (a story with a hundred photos), far below a zip bomb. */
export const DEFAULT_VERIFY_LIMITS: VerifyLimits = { maxFiles: 5000, maxTotalBytes: 4 * 1024 ** 3 };
const SMALL_FILE = 32 * 1024 * 1024;
/** The files read whole (the rest is only hashed): the manifest, and what its article block is checked against. */
const KEPT: ReadonlySet<string> = new Set([FILES.manifest, FILES.ninjs, FILES.page]);
const ZIP_PEEK = { maxEntries: DEFAULT_VERIFY_LIMITS.maxFiles, maxTotalBytes: DEFAULT_VERIFY_LIMITS.maxTotalBytes };

const ManifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int(),
  article: z.object({ id: z.string(), version: z.number().int(), updatedAt: z.string(), headline: z.string() }),
  files: z.array(z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().min(0) })),
});

interface Found {
  path: string;
  bytes: number;
  sha256: string;
}

async function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    bytes += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** Files of a package folder (two levels at most), links refused. */
async function scanFolder(
  root: string,
  limits: VerifyLimits,
  problems: VerifyProblem[],
): Promise<{ found: Found[]; small: Map<string, Buffer> } | null> {
  const found: Found[] = [];
  const small = new Map<string, Buffer>();
  let total = 0;
  const walk = async (dir: string, prefix: string, depth: number): Promise<boolean> => {
    for (const name of (await readdir(dir)).sort()) {
      const rel = prefix + name;
      const full = join(dir, name);
      const st = await lstat(full);
      if (st.isDirectory() && depth === 0) {
        if (!(await walk(full, `${rel}/`, 1))) return false;
      } else if (st.isFile()) {
        if (found.length >= limits.maxFiles || (total += st.size) > limits.maxTotalBytes) return false;
        const h = await hashFile(full);
        found.push({ path: rel, ...h });
        if (KEPT.has(rel) && st.size <= SMALL_FILE) small.set(rel, await readFile(full));
      } else {
        problems.push({ code: 'unsafe-entry', path: rel });
      }
    }
    return true;
  };
  if (!(await walk(root, '', 0))) {
    problems.push({ code: 'too-large', params: { limit: `${limits.maxFiles} / ${limits.maxTotalBytes}` } });
    return null;
  }
  return { found, small };
}

/**
 * Whether `path` holds a Dateline package (by its manifest's format, checksums not checked): the
 * only thing an export may replace, so a bad request can never wipe someone's folder.
 */
export async function isDatelinePackage(path: string): Promise<boolean> {
  const isOurs = (bytes: Buffer | undefined): boolean => {
    try {
      return !!bytes && (JSON.parse(bytes.toString('utf8')) as { format?: unknown }).format === PACKAGE_FORMAT;
    } catch {
      return false;
    }
  };
  try {
    const st = await lstat(path);
    if (st.isDirectory()) {
      const m = join(path, FILES.manifest);
      const ms = await lstat(m);
      return ms.isFile() && ms.size <= SMALL_FILE && isOurs(await readFile(m));
    }
    if (!st.isFile()) return false;
    const scan = await scanZip(path, { ...ZIP_PEEK, keep: (p) => p === FILES.manifest, maxKeptBytes: SMALL_FILE });
    const manifest = scan.entries.find((e) => e.path === FILES.manifest && e.kind === 'file');
    return manifest?.kind === 'file' && isOurs(manifest.data);
  } catch {
    return false;
  }
}

/** Checks a package folder or .zip; never throws for what the package contains. */
export async function verifyPackage(path: string, limits: VerifyLimits = DEFAULT_VERIFY_LIMITS): Promise<VerifyReport> {
  const report: VerifyReport = {
    ok: false,
    path,
    kind: null,
    formatVersion: null,
    articleId: null,
    articleVersion: null,
    checked: 0,
    problems: [],
  };
  const problems = report.problems;
  let kind: PackageKind;
  try {
    const st = await lstat(path);
    if (st.isDirectory()) kind = 'folder';
    else if (st.isFile()) kind = 'zip';
    else {
      problems.push({ code: 'not-a-package' });
      return report;
    }
  } catch {
    problems.push({ code: 'not-found', params: { path } });
    return report;
  }
  report.kind = kind;

  let found: Found[];
  let small: Map<string, Buffer>;
  const damaged = new Set<string>();
  try {
    if (kind === 'folder') {
      const scan = await scanFolder(path, limits, problems);
      if (!scan) return report;
      ({ found, small } = scan);
    } else {
      const scan = await scanZip(path, {
        maxEntries: limits.maxFiles,
        maxTotalBytes: limits.maxTotalBytes,
        keep: (p) => KEPT.has(p),
        maxKeptBytes: SMALL_FILE,
      });
      if (scan.tooLarge) {
        problems.push({ code: 'too-large', params: { limit: `${limits.maxFiles} / ${limits.maxTotalBytes}` } });
        return report;
      }
      found = [];
      small = new Map();
      for (const e of scan.entries) {
        if (e.kind === 'unsafe') problems.push({ code: 'unsafe-entry', path: e.path, params: { detail: e.reason } });
        else if (e.kind === 'damaged') {
          problems.push({ code: 'damaged-entry', path: e.path, params: { path: e.path } });
          damaged.add(e.path);
        } else {
          found.push({ path: e.path, bytes: e.bytes, sha256: e.sha256 });
          if (e.data) small.set(e.path, e.data);
        }
      }
    }
  } catch {
    // Not a zip, a damaged one, or an unreadable folder: none of it can be trusted. A file that
    // starts like a zip but cannot be opened is one cut short or damaged, and says so.
    problems.push({ code: kind === 'zip' && (await startsLikeZip(path)) ? 'zip-damaged' : 'not-a-package' });
    return report;
  }
  if (damaged.has(FILES.manifest)) return report;

  const manifestBytes = small.get(FILES.manifest);
  let raw: unknown;
  try {
    if (!manifestBytes) throw new Error('no manifest');
    raw = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    problems.push({ code: 'not-a-package' });
    return report;
  }
  // The version is read before the rest: a newer format may list its files differently.
  const version = raw && typeof raw === 'object' && 'formatVersion' in raw ? (raw as { formatVersion: unknown }).formatVersion : undefined;
  if (typeof version === 'number') report.formatVersion = version;
  if (typeof version !== 'number' || !KNOWN_FORMAT_VERSIONS.includes(version)) {
    problems.push({ code: 'unknown-format', params: { version: String(version) } });
    return report;
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    problems.push({ code: 'manifest-invalid', params: { detail: `${issue.path.join('.') || 'manifest'}: ${issue.message}` } });
    return report;
  }
  const manifest = parsed.data;
  report.articleId = manifest.article.id;
  report.articleVersion = manifest.article.version;

  const listed = new Map<string, { sha256: string; bytes: number }>();
  for (const f of manifest.files) {
    if (!SAFE_PACKAGE_PATH.test(f.path) || f.path === FILES.manifest || listed.has(f.path)) {
      problems.push({ code: 'manifest-invalid', params: { detail: `files: ${f.path}` } });
      continue;
    }
    listed.set(f.path, f);
  }
  const present = new Map(found.map((f) => [f.path, f]));
  for (const [p, want] of listed) {
    const got = present.get(p);
    if (damaged.has(p)) continue;
    if (!got) problems.push({ code: 'missing-file', path: p, params: { path: p } });
    else if (got.bytes !== want.bytes)
      problems.push({ code: 'size-mismatch', path: p, params: { path: p, expected: want.bytes, actual: got.bytes } });
    else if (got.sha256 !== want.sha256) problems.push({ code: 'checksum-mismatch', path: p, params: { path: p } });
    else report.checked++;
  }
  for (const f of found)
    if (f.path !== FILES.manifest && !listed.has(f.path)) problems.push({ code: 'extra-file', path: f.path, params: { path: f.path } });

  const ninjs = small.get(FILES.ninjs);
  if (ninjs && listed.has(FILES.ninjs)) {
    try {
      const item: unknown = JSON.parse(ninjs.toString('utf8'));
      const issues = ninjsProblems(item);
      if (issues.length) problems.push({ code: 'ninjs-invalid', path: FILES.ninjs, params: { detail: issues.join('; ') } });
      else problems.push(...ninjsMismatches(manifest.article, item as NinjsIdentity));
    } catch {
      problems.push({ code: 'ninjs-invalid', path: FILES.ninjs, params: { detail: 'not JSON' } });
    }
  } else if (!listed.has(FILES.ninjs) && !present.has(FILES.ninjs)) {
    problems.push({ code: 'missing-file', path: FILES.ninjs, params: { path: FILES.ninjs } });
  }

  const page = small.get(FILES.page)?.toString('utf8');
  const headline = manifest.article.headline;
  // The page's one <h1> is the headline, escaped as the page writer escapes it.
  if (
    page &&
    headline &&
    present.get(FILES.page)?.sha256 === listed.get(FILES.page)?.sha256 &&
    !page.includes(`<h1>${escapeText(headline)}</h1>`)
  ) {
    problems.push(mismatch('headline', headline, FILES.page, /<h1>([^<]*)<\/h1>/.exec(page)?.[1] ?? ''));
  }

  report.ok = problems.length === 0;
  return report;
}

/** What ninjs.json says of the article's identity (as buildNinjs writes it). */
interface NinjsIdentity {
  version?: string;
  versionCreated?: string;
  headlines?: { role?: string; value?: string }[];
  altIds?: { role?: string; value?: string }[];
}

const clip = (s: string): string => (s.length > 80 ? `${s.slice(0, 79)}…` : s);
const mismatch = (field: string, manifest: string, file: string, actual: string): VerifyProblem => ({
  code: 'manifest-mismatch',
  path: FILES.manifest,
  params: { field, file, manifest: clip(manifest), actual: clip(actual) },
});

/** Where the manifest's article block and ninjs.json disagree. */
function ninjsMismatches(
  article: { id: string; version: number; updatedAt: string; headline: string },
  item: NinjsIdentity,
): VerifyProblem[] {
  const out: VerifyProblem[] = [];
  const id = item.altIds?.find((a) => a.role === 'dateline-article-id')?.value ?? '';
  if (id !== article.id) out.push(mismatch('id', article.id, FILES.ninjs, id));
  if ((item.version ?? '') !== String(article.version))
    out.push(mismatch('version', String(article.version), FILES.ninjs, item.version ?? ''));
  if (item.versionCreated !== undefined && item.versionCreated !== article.updatedAt)
    out.push(mismatch('updatedAt', article.updatedAt, FILES.ninjs, item.versionCreated));
  const headline = item.headlines?.find((h) => h.role === 'main')?.value ?? '';
  if (headline !== article.headline) out.push(mismatch('headline', article.headline, FILES.ninjs, headline));
  return out;
}

/** Whether a file starts with a zip's local header (`PK\x03\x04`): a zip, perhaps a damaged one. */
async function startsLikeZip(path: string): Promise<boolean> {
  const handle = await openFile(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } finally {
    await handle.close();
  }
}

/** The report as lines for the CLI, in the UI language. */
export function formatVerifyReport(report: VerifyReport, t: Translator): string {
  const lines = report.problems.map((p) => `  - ${t(`export:verify.${p.code}`, { path: p.path ?? report.path, ...p.params })}`);
  const head = report.ok
    ? t('export:verify.ok', { checked: report.checked })
    : t('export:verify.failed', { count: report.problems.length });
  return [`${report.path}`, head, ...lines].join('\n') + '\n';
}

/** Exit code for the CLI: 0 valid, 1 invalid, 2 not a package at all. */
export function verifyExitCode(report: VerifyReport): number {
  if (report.ok) return 0;
  return report.problems.some((p) => p.code === 'not-found' || p.code === 'not-a-package') ? 2 : 1;
}
