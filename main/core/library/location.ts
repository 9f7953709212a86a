// Where the library lives when nobody says: a `Dateline` folder in the user's documents folder,
// which Linux desktops may localise (`~/Tài liệu`) through ~/.config/user-dirs.dirs.

import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

function linuxDocumentsDir(home: string): string {
  const fromEnv = process.env.XDG_DOCUMENTS_DIR;
  if (fromEnv && isAbsolute(fromEnv)) return fromEnv;
  try {
    const configHome = process.env.XDG_CONFIG_HOME || join(home, '.config');
    const text = readFileSync(join(configHome, 'user-dirs.dirs'), 'utf8');
    const m = /^XDG_DOCUMENTS_DIR="([^"]+)"/m.exec(text);
    if (m) {
      const dir = m[1].replace(/^\$HOME/, home);
      // A documents folder equal to $HOME means "not set up": don't spill into the home folder.
      if (isAbsolute(dir) && dir !== home) return dir;
    }
  } catch {
    // No user-dirs file: the usual name.
  }
  return join(home, 'Documents');
}

/** The default library folder: <documents>/Dateline. */
export function defaultLibraryDir(): string {
  const home = homedir();
  const documents = process.platform === 'linux' ? linuxDocumentsDir(home) : join(home, 'Documents');
  return join(documents, 'Dateline').normalize('NFC');
}
