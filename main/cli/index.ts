// The `dateline` command. Each command is one module in ./commands/ and one line in COMMANDS.

import { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { listCommand } from './commands/list.ts';
import { newCommand } from './commands/new.ts';
import { setCommand } from './commands/set.ts';
import { showCommand } from './commands/show.ts';
import { importCommand } from './commands/import.ts';
import { checkCommand } from './commands/check.ts';
import { photoCommand } from './commands/photo.ts';
import { reviewCommand } from './commands/review.ts';
import { exportCommand } from './commands/export.ts';
import { verifyCommand } from './commands/verify.ts';
import { profileCommand } from './commands/profile.ts';
import { keysCommand } from './commands/keys.ts';
import { deskCommand } from './commands/desk.ts';
import { doctorCommand } from './commands/doctor.ts';
import type { CliCommand } from './runtime.ts';

export const COMMANDS: readonly CliCommand[] = [
  newCommand,
  listCommand,
  showCommand,
  setCommand,
  importCommand,
  photoCommand,
  reviewCommand,
  profileCommand,
  keysCommand,
  deskCommand,
  checkCommand,
  exportCommand,
  verifyCommand,
  doctorCommand,
];

/** The program with every command registered. */
export function buildProgram(): Command {
  const program = new Command('dateline')
    .description('Dateline: the newsroom library from the command line')
    .version(pkg.version)
    .showHelpAfterError();
  for (const register of COMMANDS) register(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
