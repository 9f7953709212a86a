// Path or bytes, per dropped, pasted or chosen File. In the desktop app the preload can tell the
// path of a file from the disk (window.datelineFiles.pathForFile, over webUtils.getPathForFile):
// such a photo goes to media.add by path and the media process reads it itself, instead of 8 MB
// of bytes crossing IPC per photo. A File without a path (a pasted screenshot, a picture inlined
// in pasted HTML), or whose path main would refuse (no photo extension, a network share), and
// every File in a browser tab, goes as bytes exactly as before (media.addBytes or the upload).

import { isDroppablePhotoPath, pathPlatform } from '../../main/common/photo-paths.ts';
import type { Transport } from '../api/transport.ts';
import type { PhotoInput } from './photo-sources.ts';

/** The path of a File on disk, '' when it has none (the preload's pathForFile). */
export type PathForFile = (file: File) => string;

declare global {
  interface Window {
    /** Exposed by Electron's preload only (preload/index.ts). */
    datelineFiles?: { pathForFile: PathForFile };
  }
}

/** The preload's pathForFile in the desktop app; null in a browser tab. */
export function desktopPathForFile(transport: Transport): PathForFile | null {
  if (transport !== 'electron' || typeof window === 'undefined') return null;
  const files = window.datelineFiles;
  return files && typeof files.pathForFile === 'function' ? (file) => files.pathForFile(file) : null;
}

/** One input per File, in order: its path when main will read it from there, else the File (its bytes). */
export function photoInputs(files: readonly File[], pathForFile: PathForFile | null): PhotoInput[] {
  return files.map((file): PhotoInput => {
    let path = '';
    if (pathForFile) {
      try {
        const found = pathForFile(file);
        path = typeof found === 'string' ? found : '';
      } catch {
        path = '';
      }
    }
    return path && isDroppablePhotoPath(path, pathPlatform(path)) ? { kind: 'path', path } : { kind: 'file', file };
  });
}
