// Runs the `dateline` command as a user does (node bin/dateline.js) and collects what it says.
// Shared by the CLI tests (and the export e2e test, which checks its package with `verify`).

import { execFile } from 'node:child_process';
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
