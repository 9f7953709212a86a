// Where a photo's bytes go, per transport. A browser tab cannot name a file's path, so it uploads
// the file to the browser host (main/host/upload.ts). The desktop app picks with the native
// dialog, and learns a dropped file's path from the preload (photo-input.ts), and sends paths
// (the media process reads the file itself); only files without a path main will read (a pasted
// screenshot, a file on a network share) travel as bytes (media.addBytes).

import type { DatelineApi } from '../../main/common/contract/index.ts';
import type { MediaAddItem, MediaAddReport } from '../../main/common/contract/media.ts';
import type { Result } from '../../main/common/result.ts';
import { uploadFile } from '../api/upload.ts';
import type { Transport } from '../api/transport.ts';

/** One photo to add: a File from the page, or a path (the desktop picker's, or a dropped file's). */
export type PhotoInput = { kind: 'file'; file: File } | { kind: 'path'; path: string };

export const inputName = (input: PhotoInput): string =>
  input.kind === 'file' ? input.file.name || 'photo' : (input.path.split(/[\\/]/).pop() ?? input.path);

/** Adds one photo to an article; resolves with its one item (never rejects). */
export type AddOne = (articleId: string, input: PhotoInput, lenient: boolean) => Promise<MediaAddItem>;

const failedItem = (input: PhotoInput, code: string, message: string): MediaAddItem => ({
  path: input.kind === 'path' ? input.path : '',
  name: inputName(input),
  ok: false,
  error: { code: code as never, message },
});

const single = (input: PhotoInput, result: Result<MediaAddReport>): MediaAddItem => {
  if (!result.ok) return failedItem(input, result.error.code, result.error.message);
  return result.value.items[0] ?? failedItem(input, 'INTERNAL', '');
};

/** Uploads a File to the browser host; the answer is media.add's Result. */
function upload(articleId: string, file: File, lenient: boolean, unreachable: string): Promise<Result<MediaAddReport>> {
  const query = new URLSearchParams({ name: file.name || 'photo' });
  if (lenient) query.set('lenient', '1');
  return uploadFile<MediaAddReport>(`/upload/${encodeURIComponent(articleId)}?${query.toString()}`, file, unreachable);
}

/** The way this window adds one photo. */
export function photoAdder(api: DatelineApi, transport: Transport, unreachable: string): AddOne {
  return async (articleId, input, lenient) => {
    if (input.kind === 'path') return single(input, await api['media.add']({ id: articleId, paths: [input.path], lenient }));
    if (transport === 'browser') return single(input, await upload(articleId, input.file, lenient, unreachable));
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    return single(input, await api['media.addBytes']({ id: articleId, name: input.file.name || 'photo', bytes, lenient }));
  };
}
