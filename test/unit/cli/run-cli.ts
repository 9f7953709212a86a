// Runs the `dateline` command as a user does (node bin/dateline.js) and collects what it says.
// Shared by the CLI tests (and the export e2e test, which checks its package with `verify`).

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATELINE_BIN = fileURLToPath(new URL('../../../bin/dateline.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `dateline ARGS…` with this environment; resolves (never rejects) with the exit code and output. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, timeout = 60_000): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [DATELINE_BIN, ...args], { env, encoding: 'utf8', timeout }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

/** The test's environment for the command: config and home inside `root`, no library from the caller's shell. */
export function isolatedEnv(root: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { DATELINE_LIBRARY: _library, ...rest } = process.env;
  return {
    ...rest,
    DATELINE_CONFIG_DIR: join(root, 'config'),
    HOME: join(root, 'home'),
    XDG_CONFIG_HOME: join(root, 'home', '.config'),
    ...extra,
  };
}
