// The desk: wherever reporters and editors leave packages for each other. Today a folder both
// can reach (FolderDesk: a USB stick, a network share, a synced folder); later a CouchDB
// database. The review logic only sees this interface.

export type DeskKind = 'submission' | 'decision';

export interface DeskEntry {
  kind: DeskKind;
  /** `<articleId>__<packageId>.zip` for packages we wrote; any name for foreign files. */
  name: string;
  size: number;
  modifiedMs: number;
}

export interface Desk {
  /** Where it is, for the user (a folder path, a database address). */
  readonly location: string;
  /** Whether it can be reached now (the USB stick is plugged in, the share is mounted). */
  available(): Promise<boolean>;
  /** Every complete-looking package, of both kinds. */
  list(): Promise<DeskEntry[]>;
  /** Copies an entry to a new local file; throws review error `incomplete` if it changed meanwhile. */
  fetch(entry: DeskEntry, dest: string): Promise<void>;
  /** Makes a package visible under `name` only once whole: `write` fills the temporary path it is given. */
  publish(kind: DeskKind, name: string, write: (path: string) => Promise<void>): Promise<void>;
  /** Calls onChange whenever packages may have arrived; resolves to a function that stops watching. */
  watch(onChange: () => void): Promise<() => Promise<void>>;
}

const PACKAGE_NAME = /^(a-[0-9a-z]{6,12}-[0-9a-z]{4,12})__([sdw]-[0-9a-z]{6,12}-[0-9a-z]{6,12})\.zip$/;

/** The desk name of a package. */
export const packageName = (articleId: string, packageId: string): string => `${articleId}__${packageId}.zip`;

/** The article and package a desk name announces (unverified: only used to skip what is not ours). */
export function parsePackageName(name: string): { articleId: string; packageId: string } | null {
  const m = PACKAGE_NAME.exec(name);
  return m ? { articleId: m[1], packageId: m[2] } : null;
}
