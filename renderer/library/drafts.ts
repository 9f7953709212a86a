// Where a draft's bytes go, per transport, the same way as photos (media/photo-sources.ts): a
// browser tab uploads the file to the browser host (`POST /import`, main/host/upload.ts), which
// imports its own temporary copy; the desktop app picks with the native dialog
// (library.chooseDraft) or learns a dropped file's path from the preload, and sends the path
// (library.import reads the file itself). Whatever path check the services hold (a path from the
// page only if a dialog granted it) applies unchanged: this module never invents a path.

import type { DatelineApi } from '../../main/common/contract/index.ts';
import { IMPORT_EXTENSIONS, type ImportOutputs } from '../../main/common/contract/import.ts';
import type { Result } from '../../main/common/result.ts';
import type { Transport } from '../api/transport.ts';
import { uploadFile } from '../api/upload.ts';
import type { PathForFile } from '../media/photo-input.ts';

/** A draft to open: a File from the page, or a path (the desktop picker's, or a dropped file's). */
export type DraftSource = { kind: 'file'; file: File } | { kind: 'path'; path: string };

export type Imported = ImportOutputs['library.import'];

/** What the file input offers. */
export const DRAFT_ACCEPT = Object.values(IMPORT_EXTENSIONS).flat().join(',');

export const draftName = (source: DraftSource): string =>
  source.kind === 'file' ? source.file.name || 'draft' : (source.path.split(/[\\/]/).pop() ?? source.path);

/** Whether a dropped File looks like a draft (by its name; the service judges the bytes). */
export const looksLikeDraft = (file: File): boolean =>
  Object.values(IMPORT_EXTENSIONS).some((list) => list.some((ext) => file.name.toLowerCase().endsWith(ext)));

/** One source per dropped or chosen File: its path in the desktop app when it has one, else the File. */
export function draftSources(files: readonly File[], pathForFile: PathForFile | null): DraftSource[] {
  return files.map((file): DraftSource => {
    let path = '';
    try {
      path = pathForFile?.(file) ?? '';
    } catch {
      path = '';
    }
    return path ? { kind: 'path', path } : { kind: 'file', file };
  });
}

export interface DraftMessages {
  unreachable: string;
  /** A File the desktop app cannot read (no path): what to do instead. */
  noPath: (name: string) => string;
}

/** Imports one draft as a new article; resolves with library.import's Result (never rejects). */
export async function importDraft(
  api: DatelineApi,
  transport: Transport,
  source: DraftSource,
  convertLegacy: boolean,
  messages: DraftMessages,
): Promise<Result<Imported>> {
  if (source.kind === 'path') return api['library.import']({ path: source.path, ...(convertLegacy ? { convertLegacy } : {}) });
  if (transport === 'browser') {
    const query = new URLSearchParams({ name: source.file.name || 'draft' });
    if (convertLegacy) query.set('convertLegacy', '1');
    return uploadFile<Imported>(`/import?${query.toString()}`, source.file, messages.unreachable);
  }
  return { ok: false, error: { code: 'INVALID_INPUT', message: messages.noPath(draftName(source)) } };
}
