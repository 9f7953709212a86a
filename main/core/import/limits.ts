// How much an import reads. A draft is a few pages of text; anything far larger is a mistake or
// an attack (a zip bomb posing as .docx), and is refused before it can fill the memory.

export interface ImportLimits {
  /** The file as it lies on disk. */
  maxFileBytes: number;
  /** Entries in a .docx (a real one has a few dozen). */
  maxZipEntries: number;
  /** One entry once uncompressed (document.xml of a long report is a few MB). */
  maxZipEntryBytes: number;
  /** All the entries we read, uncompressed. */
  maxZipTotalBytes: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxZipEntries: 2_000,
  maxZipEntryBytes: 40 * 1024 * 1024,
  maxZipTotalBytes: 80 * 1024 * 1024,
};

/** `12,5 MB` style sizes for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
