// One action, one package: renditions, article.html, article.fragment.html, article.txt,
// article.docx, ninjs.json and manifest.json, as a folder or a single .zip. Everything is made in
// memory, then written beside the target under a temporary name and renamed into place, so a
// cancel, a crash or a full disk never leaves half a package where the user looks for one.

import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Article, FigureBlock } from '../../common/article/model.ts';
import { articleHeadline } from '../../common/article/model.ts';
import { bodyBlocks, creditLine } from '../../common/article/text.ts';
import type { ExportProgress, PackageKind, PackagePart, PackageResult, PreflightFinding } from '../../common/contract/export.ts';
import { articleFragment } from '../../common/export/fragment.ts';
import { FILES, figureName, type FigureRenditions, type Manifest, type RenditionFormat } from '../../common/export/layout.ts';
import { buildNinjs, photographer } from '../../common/export/ninjs.ts';
import { articlePage, type RelatedArticle } from '../../common/export/page.ts';
import { preflight } from '../../common/export/preflight.ts';
import { resolveExportSettings, type ExportSettingsInput, type ResolvedExportSettings } from '../../common/export/settings.ts';
import { articleText } from '../../common/export/text.ts';
import { photoXmp } from '../../common/export/xmp.ts';
import { DatelineError } from '../../common/result.ts';
import { nfcDeep } from '../../common/text/nfc.ts';
import { fsyncDir } from '../fs/atomic.ts';
import { mapFsError } from '../fs/errors.ts';
import { nodeFs } from '../fs/seam.ts';
import { loadExportAssets, type ExportAsset } from './assets.ts';
import { articleDocx } from './docx.ts';
import { buildManifest, sha256 } from './manifest.ts';
import { ninjsProblems } from './ninjs-schema.ts';
import { isDatelinePackage } from './verify.ts';
import { makeRenditions } from './renditions.ts';
import { fixedZipTime, writeZip } from './zip.ts';

export interface BuildOptions {
  /** Articles listed under "Cùng chuyên mục" (the library reads them). */
  related?: RelatedArticle[];
  /** The user has seen the warnings and wants the package anyway. */
  acceptWarnings?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** Photos made at once (default: the CPU count, at most 4). */
  concurrency?: number;
  /** The parts to keep (default: all); ninjs.json and manifest.json always stay. */
  parts?: readonly PackagePart[];
}

const PART_OF: Record<PackagePart, (path: string) => boolean> = {
  html: (p) => p === FILES.page,
  fragment: (p) => p === FILES.fragment,
  text: (p) => p === FILES.text,
  docx: (p) => p === FILES.docx,
  images: (p) => p.startsWith('images/'),
};

/** Drops the files of the parts left out (after the DOCX has taken its photos from them). */
function keepParts(files: Map<string, Buffer>, parts: readonly PackagePart[] | undefined): void {
  if (!parts) return;
  const dropped = (Object.keys(PART_OF) as PackagePart[]).filter((p) => !parts.includes(p));
  for (const path of [...files.keys()]) if (dropped.some((p) => PART_OF[p](path))) files.delete(path);
}

export interface ExportPackageOptions extends BuildOptions {
  /** The folder or .zip to create. */
  target: string;
  kind: PackageKind;
  /** Replace what is at `target` (the user confirmed). */
  replace?: boolean;
}

export interface PackageContents {
  /** Package path → bytes, manifest.json included, sorted by path. */
  files: Map<string, Buffer>;
  manifest: Manifest;
  warnings: PreflightFinding[];
}

const cancelled = (): DatelineError => new DatelineError('EXPORT', { reason: 'cancelled' });
const checkSignal = (signal?: AbortSignal): void => {
  if (signal?.aborted) throw cancelled();
};

/** Runs `work` over `items`, `limit` at a time; stops starting new ones once the signal is aborted. */
async function pool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>, signal?: AbortSignal): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failure: unknown = null;
  const worker = async (): Promise<void> => {
    while (next < items.length && failure === null) {
      if (signal?.aborted) {
        failure ??= cancelled();
        return;
      }
      const i = next++;
      try {
        results[i] = await work(items[i], i);
      } catch (err) {
        failure ??= err;
      }
    }
  };
  // Every worker is awaited, so no photo is still being made after we return or throw.
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== null) throw failure;
  return results;
}

function figureXmp(
  block: FigureBlock,
  asset: ExportAsset,
  article: Article,
  settings: ResolvedExportSettings,
): { xmp: string; creator: string; copyright: string } {
  const creator = photographer(block.credit, article) || asset.creator;
  const copyright = asset.copyright || (settings.copyrightHolder ? `© ${settings.copyrightHolder}` : '');
  const xmp = photoXmp({
    caption: block.caption,
    creator,
    credit: creditLine(block.credit) || asset.credit,
    copyright,
    alt: block.alt,
    headline: articleHeadline(article.content),
  });
  return { xmp, creator, copyright };
}

/** Makes every file of the package in memory, after preflight allows it. */
export async function buildPackage(
  source: Article,
  articleDir: string,
  settingsInput: ExportSettingsInput,
  options: BuildOptions = {},
): Promise<PackageContents> {
  const { signal, onProgress } = options;
  const article = nfcDeep(source);
  const settings = resolveExportSettings(settingsInput);
  const related = nfcDeep(options.related ?? []);

  onProgress?.({ stage: 'preflight', done: 0, total: 1 });
  const figures = bodyBlocks(article.content).filter((b): b is FigureBlock => b.type === 'figure');
  const assets = await loadExportAssets(
    articleDir,
    figures.map((f) => f.assetId),
  );
  const report = preflight(article, settings, assets);
  if (report.errors > 0) throw new DatelineError('EXPORT', { reason: 'blocked', count: report.errors }, { findings: report.findings });
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  if (warnings.length && !options.acceptWarnings)
    throw new DatelineError('EXPORT', { reason: 'needs-confirmation', count: warnings.length }, { findings: report.findings });
  checkSignal(signal);

  const files = new Map<string, Buffer>();
  const sets = new Map<string, FigureRenditions>();
  const formats: RenditionFormat[] = [
    'jpeg',
    ...(settings.renditionWebp ? (['webp'] as const) : []),
    ...(settings.renditionAvif ? (['avif'] as const) : []),
  ];
  let done = 0;
  onProgress?.({ stage: 'photos', done, total: figures.length });
  const limit = options.concurrency ?? Math.min(4, availableParallelism());
  await pool(
    figures,
    limit,
    async (block, index) => {
      const asset = assets.get(block.assetId);
      if (!asset) throw new DatelineError('EXPORT', { reason: 'photo-missing', assetId: block.assetId.slice(0, 12) });
      const name = figureName(index);
      const { xmp, creator, copyright } = figureXmp(block, asset, article, settings);
      let made;
      try {
        made = await makeRenditions({
          input: asset.path,
          width: asset.width,
          height: asset.height,
          crop: block.crop,
          rotate: block.rotate,
          name,
          widths: settings.renditionWidths,
          formats,
          quality: { jpeg: settings.renditionJpegQuality, webp: settings.renditionWebpQuality, avif: settings.renditionAvifQuality },
          xmp,
        });
      } catch (err) {
        throw new DatelineError('EXPORT', {
          reason: 'photo-unreadable',
          assetId: block.assetId.slice(0, 12),
          detail: err instanceof Error ? err.message : String(err),
        });
      }
      for (const f of made) files.set(f.path, f.data);
      const largest = made.filter((f) => f.format === 'jpeg').sort((a, b) => b.width - a.width)[0];
      sets.set(block.id, {
        blockId: block.id,
        name,
        width: largest.width,
        height: largest.height,
        renditions: made.map((f) => ({ path: f.path, format: f.format, width: f.width, height: f.height, bytes: f.data.byteLength })),
        creator,
        copyright,
      });
      onProgress?.({ stage: 'photos', done: ++done, total: figures.length });
    },
    signal,
  );
  checkSignal(signal);

  onProgress?.({ stage: 'documents', done: 0, total: 1 });
  const imageBase = settings.publicBaseUrl ? `${settings.publicBaseUrl}${article.id}/` : '';
  const fragment = articleFragment(article, { figures: sets, imageBase });
  const ninjs = buildNinjs(article, { settings, figures: sets, bodyHtml: fragment, related });
  const problems = ninjsProblems(ninjs);
  if (problems.length) throw new DatelineError('EXPORT', { reason: 'ninjs-invalid', detail: problems.join('; ') });
  files.set(FILES.page, Buffer.from(articlePage(article, { figures: sets, related, publicBaseUrl: settings.publicBaseUrl }), 'utf8'));
  files.set(FILES.fragment, Buffer.from(fragment, 'utf8'));
  files.set(FILES.text, Buffer.from(articleText(article), 'utf8'));
  files.set(FILES.ninjs, Buffer.from(JSON.stringify(ninjs, null, 2) + '\n', 'utf8'));
  files.set(FILES.docx, await articleDocx(article, { figures: sets, files }));
  checkSignal(signal);
  keepParts(files, options.parts);

  const { manifest, bytes } = buildManifest(article, files);
  files.set(FILES.manifest, bytes);
  const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { files: sorted, manifest, warnings };
}

const partialName = (target: string, tag: string): string =>
  join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.${tag}`);

async function exists(path: string): Promise<boolean> {
  try {
    await nodeFs.stat(path);
    return true;
  } catch {
    return false;
  }
}

async function writeDurable(path: string, data: Uint8Array): Promise<void> {
  const handle = await nodeFs.open(path, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * What an export killed mid-way (crash, kill -9) left beside this target: its half-written
 * package goes; a previous package it had moved aside is put back if nothing replaced it.
 */
async function sweepLeftovers(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  const pattern = /^(\d+)-[0-9a-f]{8}\.(partial|old)$/;
  for (const name of await nodeFs.readdir(dirname(target))) {
    const m = name.startsWith(prefix) ? pattern.exec(name.slice(prefix.length)) : null;
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    const path = join(dirname(target), name);
    if (m[2] === 'old' && !(await exists(target))) await nodeFs.rename(path, target);
    else await nodeFs.rm(path, { recursive: true, force: true });
  }
}

async function checkTarget(target: string, replace: boolean): Promise<void> {
  const parent = dirname(target);
  let st;
  try {
    st = await nodeFs.stat(parent);
  } catch {
    throw new DatelineError('EXPORT', { reason: 'target-invalid', path: target, detail: 'the folder does not exist' });
  }
  if (!st.isDirectory()) throw new DatelineError('EXPORT', { reason: 'target-invalid', path: target, detail: 'not inside a folder' });
  await sweepLeftovers(target);
  if (!(await exists(target))) return;
  if (!replace) throw new DatelineError('EXPORT', { reason: 'target-exists', path: target });
  // Replacing deletes what is there: only ever an earlier package, never any other file or folder.
  if (!(await isDatelinePackage(target))) throw new DatelineError('EXPORT', { reason: 'target-foreign', path: target });
}

/** Moves the finished package into place; what was at `target` goes only once the new one is there. */
async function commit(partial: string, target: string, replace: boolean): Promise<void> {
  if (!(await exists(target))) {
    await nodeFs.rename(partial, target);
    return;
  }
  if (!replace) throw new DatelineError('EXPORT', { reason: 'target-exists', path: target });
  if (!(await isDatelinePackage(target))) throw new DatelineError('EXPORT', { reason: 'target-foreign', path: target });
  const old = partialName(target, 'old');
  await nodeFs.rename(target, old);
  try {
    await nodeFs.rename(partial, target);
  } catch (err) {
    await nodeFs.rename(old, target).catch(() => undefined);
    throw err;
  }
  await nodeFs.rm(old, { recursive: true, force: true });
}

/** Writes the article's package (folder or .zip) at options.target; cancellable until the final rename. */
export async function exportPackage(
  article: Article,
  articleDir: string,
  settings: ExportSettingsInput,
  options: ExportPackageOptions,
): Promise<PackageResult> {
  const replace = options.replace ?? false;
  await checkTarget(options.target, replace);
  const contents = await buildPackage(article, articleDir, settings, options);

  options.onProgress?.({ stage: 'writing', done: 0, total: contents.files.size });
  const partial = partialName(options.target, 'partial');
  let bytes = 0;
  try {
    if (options.kind === 'zip') {
      const zip = await writeZip(
        [...contents.files].map(([path, data]) => ({ path, data, compress: !path.startsWith('images/') })),
        fixedZipTime(article.updatedAt),
      );
      checkSignal(options.signal);
      await writeDurable(partial, zip);
      bytes = zip.byteLength;
    } else {
      await nodeFs.mkdir(partial);
      const dirs = new Set<string>();
      let done = 0;
      for (const [path, data] of contents.files) {
        checkSignal(options.signal);
        const parts = path.split('/');
        if (parts.length > 1 && !dirs.has(parts[0])) {
          await nodeFs.mkdir(join(partial, parts[0]));
          dirs.add(parts[0]);
        }
        await writeDurable(join(partial, ...parts), data);
        bytes += data.byteLength;
        options.onProgress?.({ stage: 'writing', done: ++done, total: contents.files.size });
      }
      for (const d of dirs) await fsyncDir(nodeFs, join(partial, d));
      await fsyncDir(nodeFs, partial);
    }
    checkSignal(options.signal);
    await commit(partial, options.target, replace);
    await fsyncDir(nodeFs, dirname(options.target));
  } catch (err) {
    await nodeFs.rm(partial, { recursive: true, force: true }).catch(() => undefined);
    throw mapFsError(err);
  }
  options.onProgress?.({ stage: 'done', done: 1, total: 1 });
  return {
    path: options.target,
    kind: options.kind,
    files: contents.manifest.files.length,
    bytes,
    manifestSha256: sha256(contents.files.get(FILES.manifest) ?? ''),
    warnings: contents.warnings,
  };
}
