// The desk: wherever reporters and editors leave packages for each other. A folder both can
// reach (FolderDesk: a USB stick, a network share), or a root of lanes, one folder per reporter,
// carried between machines by a sync engine (LaneDesk, main/core/desk/; docs/desk.md). The review
// logic only sees this interface: which engine carries the files is not its business.

export type DeskKind = 'submission' | 'decision' | 'receipt';

export interface DeskEntry {
  kind: DeskKind;
  /** `<articleId>__<packageId>.zip` (receipts: `<articleId>__<receiptId>.json`) for files we wrote; any name for foreign files. */
  name: string;
  size: number;
  modifiedMs: number;
  /** The lane (folder name under `lanes/`) it lies in; absent on a one-folder desk. */
  lane?: string;
  /** In the hub's archive (decided and old), no longer in a shared lane. */
  archived?: boolean;
}

/** Where a decision or a receipt goes: beside the submission it answers, in its reporter's lane. */
export interface DeskReply {
  /** The submission's desk name. */
  submission: string;
  /** Its signer, whose lane it is when the submission itself is no longer there. */
  submitterKeyId: string;
}

/** A sync engine's copy of a package that differs from the package (someone changed one). */
export interface DeskConflict {
  kind: DeskKind;
  lane?: string;
  /** The package it is a copy of. */
  name: string;
  /** The conflict copy's own name (`….sync-conflict-<date>-<time>-<device>.zip`). */
  copy: string;
  size: number;
  modifiedMs: number;
}

/** A file a sync engine is still bringing in (its temporary file). */
export interface ArrivingFile {
  kind: DeskKind;
  lane?: string;
  name: string;
  size: number;
}

/**
 * How far a file the watcher reports is known to be whole. `fresh`: it has just appeared or
 * changed and may still be growing (a copy onto a USB stick or a share writes in place), so only
 * a file whose content proves it whole (it opens and its signature verifies) may be taken; any
 * other outcome waits for `settled`. `settled`: its size stayed put for the desk's stability wait
 * (or the layout only ever shows whole files), so what it is now is what it will stay: a file
 * that does not read is judged as such.
 */
export type Arrival = 'fresh' | 'settled';

/** One reading of the whole desk: the files, what is still arriving, the conflict copies that differ. */
export interface DeskScan {
  entries: DeskEntry[];
  arriving: ArrivingFile[];
  conflicts: DeskConflict[];
}

export interface Desk {
  /** Where it is, for the user (a folder path). */
  readonly location: string;
  /** `folder`: one folder for everyone; `lanes`: one folder per reporter under `lanes/`. */
  readonly layout: 'folder' | 'lanes';
  /** Whether it can be reached now (the USB stick is plugged in, the share is mounted). */
  available(): Promise<boolean>;
  /** Reads the whole desk once: every complete-looking file (submissions first, then decisions, then receipts), what is arriving, conflict copies. */
  scan(): Promise<DeskScan>;
  /** The entry a path the watcher reported stands for (null: not a desk file, or gone). */
  entryAt(path: string): Promise<DeskEntry | null>;
  /**
   * Copies an entry to a new local file; throws review error `incomplete` if it changed meanwhile
   * or, with `onlyIfEndsWhole` (a fresh report), if its end does not look whole yet.
   */
  fetch(entry: DeskEntry, dest: string, opts?: { onlyIfEndsWhole?: boolean }): Promise<void>;
  /**
   * Makes a file visible under `name` only once whole: `write` fills the temporary path it is
   * given. A decision or receipt names the submission it answers (`reply`), so a lanes desk puts
   * it in that reporter's lane; a submission goes into this machine's own lane. Resolves to the
   * entry written.
   */
  publish(kind: DeskKind, name: string, write: (path: string) => Promise<void>, reply?: DeskReply): Promise<DeskEntry>;
  /**
   * Calls onChange with the paths that changed (empty: read everything) and how far they are known
   * to be whole (`Arrival`); resolves to a function that stops watching.
   */
  watch(onChange: (paths: string[], arrival: Arrival) => void): Promise<() => Promise<void>>;
}

const PACKAGE_NAME = /^(a-[0-9a-z]{6,12}-[0-9a-z]{4,12})__([sdw]-[0-9a-z]{6,12}-[0-9a-z]{6,12})\.zip$/;
const RECEIPT_NAME = /^(a-[0-9a-z]{6,12}-[0-9a-z]{4,12})__(r-[0-9a-z]{6,12}-[0-9a-z]{6,12})\.json$/;

/** The desk name of a package. */
export const packageName = (articleId: string, packageId: string): string => `${articleId}__${packageId}.zip`;

/** The desk name of a receipt. */
export const receiptName = (articleId: string, receiptId: string): string => `${articleId}__${receiptId}.json`;

/** The article and package a desk name announces (unverified: only used to skip what is not ours). */
export function parsePackageName(name: string): { articleId: string; packageId: string } | null {
  const m = PACKAGE_NAME.exec(name);
  return m ? { articleId: m[1], packageId: m[2] } : null;
}

/** The article and receipt a receipt's desk name announces (unverified). */
export function parseReceiptName(name: string): { articleId: string; receiptId: string } | null {
  const m = RECEIPT_NAME.exec(name);
  return m ? { articleId: m[1], receiptId: m[2] } : null;
}

/** The article any desk file's name announces, or null for a foreign name. */
export function articleOfDeskName(entry: Pick<DeskEntry, 'kind' | 'name'>): string | null {
  return (entry.kind === 'receipt' ? parseReceiptName(entry.name) : parsePackageName(entry.name))?.articleId ?? null;
}
