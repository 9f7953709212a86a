// Which paths the desktop app may send for a dropped photo (media.add), shared by the renderer,
// which decides per file whether to send a path or the bytes, and the Electron main process, which
// refuses any other path from the page (main/core/media/path-gate.ts). A path the native picker
// answered is the user's own choice and is not held to these rules.

/** Extensions of the photos a dropped file's path may name (the picker offers the same first). */
export const PHOTO_FILE_EXTENSIONS: readonly string[] = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff', 'heic', 'heif'];

/**
 * The largest photo the app takes, in bytes: the media pipeline's limit (PHOTO_LIMITS), and the
 * one the path check and the host's upload apply before anything is read. Kept here, apart from
 * develop.ts, so those can know it without loading sharp.
 */
export const PHOTO_MAX_BYTES = 200 * 1024 * 1024;

/** Longest path accepted (Linux's PATH_MAX; Windows long paths stay under it too). */
export const MAX_PHOTO_PATH_LENGTH = 4096;

/** The file name's extension, lower-case, without the dot ('' when it has none). */
export function fileExtension(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export const hasPhotoExtension = (path: string): boolean => PHOTO_FILE_EXTENSIONS.includes(fileExtension(path));

/**
 * A plain absolute path on a local disk, as `webUtils.getPathForFile` gives for a dropped file:
 * `/…` on macOS and Linux, `C:\…` on Windows. Refused: relative paths, `.` and `..` segments,
 * control characters, and on Windows UNC shares (`\\server\…`, whose mere opening sends the
 * user's credentials to that server), device paths (`\\?\`, `\\.\`) and alternate data streams
 * (`photo.jpg:secret`). Such files still reach the app as bytes.
 */
export function isPlainLocalPath(path: unknown, platform: 'win32' | 'posix'): path is string {
  if (typeof path !== 'string' || path.length < 2 || path.length > MAX_PHOTO_PATH_LENGTH) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return false;
  if (platform === 'win32') {
    if (!/^[A-Za-z]:[\\/]/.test(path) || path.indexOf(':', 2) !== -1) return false;
  } else if (!path.startsWith('/')) {
    return false;
  }
  const segments = path.split(platform === 'win32' ? /[\\/]/ : '/');
  return !segments.some((s) => s === '.' || s === '..');
}

/** The platform a path's shape belongs to (the renderer does not know where main runs; main checks again for its own). */
export const pathPlatform = (path: string): 'win32' | 'posix' => (/^[A-Za-z]:[\\/]/.test(path) ? 'win32' : 'posix');

/** A dropped file the desktop app may hand to media.add by path (anything else goes as bytes). */
export const isDroppablePhotoPath = (path: unknown, platform: 'win32' | 'posix'): path is string =>
  isPlainLocalPath(path, platform) && hasPhotoExtension(path);
