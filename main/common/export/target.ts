// Where a package goes: its name from the article, the full path from a folder the user typed or
// picked, and one number for the progress bar. Pure, shared by the dialog and the CLI.

import { articleHeadline, type Article, type Block } from '../article/model.ts';
import { slugFromHeadline } from '../article/meta.ts';
import type { ExportProgress, PackageKind } from '../contract/export.ts';

/** What the contract accepts as a target (export.ts AbsolutePathSchema). */
export const isAbsolutePath = (p: string): boolean => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p);

/** The package's name: the article's slug, else one from the headline, else its id. */
export function packageName(article: Pick<Article, 'id' | 'meta'>, content: Block[]): string {
  return article.meta.slug || slugFromHeadline(articleHeadline(content)) || article.id;
}

/** The package's full path: `<folder>/<name>` (plus `.zip`), with the folder's own separator. */
export function packagePath(folder: string, name: string, kind: PackageKind): string {
  const sep = /^[A-Za-z]:\\|^\\\\/.test(folder) || (folder.includes('\\') && !folder.includes('/')) ? '\\' : '/';
  const base = folder.replace(/(?<![\\/])[\\/]+$/, '') || sep;
  const file = kind === 'zip' && !/\.zip$/i.test(name) ? `${name}.zip` : name;
  return base.endsWith(sep) ? base + file : `${base}${sep}${file}`;
}

/**
 * Where the browser host writes a package it then offers as a download (`downloads/<file>`): a
 * folder of the library, since a page may name no folder outside it (docs/security.md).
 */
export const DOWNLOADS_FOLDER = 'exports';

/** The browser host's download folder of a library. */
export const downloadFolder = (libraryDir: string): string => packagePath(libraryDir, DOWNLOADS_FOLDER, 'folder');

/** The folder holding a path (`/home/an/Documents/Dateline` → `/home/an/Documents`). */
export function parentFolder(path: string): string {
  const trimmed = path.replace(/(?<![\\/])[\\/]+$/, '');
  const at = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (at <= 0) return trimmed.slice(0, at + 1) || trimmed;
  return /^[A-Za-z]:$/.test(trimmed.slice(0, at)) ? trimmed.slice(0, at + 1) : trimmed.slice(0, at);
}

/** A package name the file system accepts everywhere: no separators, no reserved characters. */
export const cleanPackageName = (name: string): string =>
  [...name.normalize('NFC')]
    .map((c) => (c.codePointAt(0)! < 32 ? '-' : c))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.\s]+|(?<![.\s])[.\s]+$/g, '')
    .slice(0, 120);

// Photos take most of the time; the documents and the writing are quick.
const SPAN: Record<ExportProgress['stage'], [number, number]> = {
  preflight: [0, 0.05],
  photos: [0.05, 0.75],
  documents: [0.75, 0.85],
  writing: [0.85, 1],
  done: [1, 1],
};

/** The whole export's progress from 0 to 1. */
export function progressFraction(p: ExportProgress): number {
  const [from, to] = SPAN[p.stage];
  const part = p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 0;
  return from + (to - from) * part;
}
