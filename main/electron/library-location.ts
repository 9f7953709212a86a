// Which library the app opens: `--library DIR` on the command line (npm start passes it on), else
// DATELINE_LIBRARY, else the folder chosen in the settings, else <documents>/Dateline. The same
// order as the browser host and the CLI.

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The --library value in Electron's argv, if any (Chromium's own switches are ignored). */
export function libraryFromArgv(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({ args: argv.slice(1), options: { library: { type: 'string' } }, strict: false, allowPositionals: true });
  const value = values.library;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export interface LibrarySources {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  settingsDir: string;
  defaultDir: () => string;
}

/** The absolute, NFC library folder for this run. */
export function chooseLibraryDir(sources: LibrarySources): string {
  const dir = libraryFromArgv(sources.argv) || sources.env.DATELINE_LIBRARY || sources.settingsDir || sources.defaultDir();
  return resolve(dir).normalize('NFC');
}
