// The package's layout and manifest, shared by the writer and by verify (docs/export.md):
//   article.html            standalone page, readable offline
//   article.fragment.html   the body for a web CMS (sanitized HTML)
//   article.txt             plain text (print desk, wire)
//   article.docx            for Word / LibreOffice
//   ninjs.json              IPTC ninjs 3.1
//   images/<name>-<width>.<jpg|webp|avif>   renditions
//   manifest.json           this list with SHA-256 and sizes (not listed in itself)

export const PACKAGE_FORMAT = 'dateline-package' as const;
/** Bump when a file's meaning changes; verify refuses versions it does not know. */
export const PACKAGE_FORMAT_VERSION = 1 as const;
export const KNOWN_FORMAT_VERSIONS: readonly number[] = [1];

export const FILES = {
  page: 'article.html',
  fragment: 'article.fragment.html',
  text: 'article.txt',
  docx: 'article.docx',
  ninjs: 'ninjs.json',
  manifest: 'manifest.json',
} as const;

export const IMAGES_DIR = 'images';

export type RenditionFormat = 'jpeg' | 'webp' | 'avif';

export const RENDITION_EXT: Record<RenditionFormat, string> = { jpeg: 'jpg', webp: 'webp', avif: 'avif' };
export const RENDITION_MIME: Record<RenditionFormat, string> = { jpeg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif' };

/** One photo file in the package. */
export interface PackageRendition {
  /** Package-relative, forward slashes: `images/anh-01-800.jpg`. */
  path: string;
  format: RenditionFormat;
  width: number;
  height: number;
  bytes: number;
}

/** Everything the serializers need to know about one figure's renditions. */
export interface FigureRenditions {
  blockId: string;
  /** `anh-01`: the figure's place in the article, used in file names and ninjs names. */
  name: string;
  /** Size of the largest rendition (the figure as published). */
  width: number;
  height: number;
  renditions: PackageRendition[];
  /** Who took the photo, as written into its XMP (credit, byline photographer or camera's creator). */
  creator: string;
  /** The rights line written into its XMP. */
  copyright: string;
}

export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  format: typeof PACKAGE_FORMAT;
  formatVersion: number;
  article: { id: string; version: number; updatedAt: string; headline: string };
  /** Sorted by path (code-unit order); manifest.json itself is not listed. */
  files: ManifestFile[];
}

/** `anh-01`, `anh-02`…: stable for a given article, readable by a print desk. */
export const figureName = (index: number): string => `anh-${String(index + 1).padStart(2, '0')}`;

export const renditionPath = (figure: string, width: number, format: RenditionFormat): string =>
  `${IMAGES_DIR}/${figure}-${width}.${RENDITION_EXT[format]}`;

/** A package path we are willing to write or read: relative, forward slashes, no `..`, no oddities. */
export const SAFE_PACKAGE_PATH = /^(?:[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100}$/;

/** The manifest as bytes: fixed key order, sorted files, one trailing newline. */
export function serializeManifest(m: Manifest): string {
  const files = [...m.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const ordered: Manifest = {
    format: m.format,
    formatVersion: m.formatVersion,
    article: { id: m.article.id, version: m.article.version, updatedAt: m.article.updatedAt, headline: m.article.headline },
    files: files.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes })),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
