// The few file-system calls the library makes, behind one object so tests can inject faults
// (a full disk, a read-only folder) that root-run CI cannot produce with chmod.

import * as fsp from 'node:fs/promises';

export interface FileSystem {
  open: typeof fsp.open;
  readFile: typeof fsp.readFile;
  readdir: typeof fsp.readdir;
  stat: typeof fsp.stat;
  mkdir: typeof fsp.mkdir;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
  unlink: typeof fsp.unlink;
  link: typeof fsp.link;
  copyFile: typeof fsp.copyFile;
}

/** The real file system (node:fs/promises). */
export const nodeFs: FileSystem = {
  open: fsp.open,
  readFile: fsp.readFile,
  readdir: fsp.readdir,
  stat: fsp.stat,
  mkdir: fsp.mkdir,
  rename: fsp.rename,
  rm: fsp.rm,
  unlink: fsp.unlink,
  link: fsp.link,
  copyFile: fsp.copyFile,
};
