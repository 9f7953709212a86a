// `dateline verify PACKAGE [--json]`: does a package (folder or .zip) hold exactly what its
// manifest lists, byte for byte, with a valid ninjs.json? One sentence per problem, in the UI
// language; exit code 0 valid, 1 invalid, 2 not a package (verifyExitCode). No library is opened.

import type { Command } from 'commander';
import { resolve } from 'node:path';
import { createI18n } from '../../common/i18n/index.ts';
import { formatVerifyReport, verifyExitCode, verifyPackage } from '../../core/export/verify.ts';
import { createConfSettings } from '../../core/settings/conf-store.ts';
import { printJson, type CliCommand } from '../runtime.ts';

export const verifyCommand: CliCommand = (program: Command) => {
  program
    .command('verify')
    .description('check a package against its manifest (checksums, sizes, no missing or extra files, ninjs schema)')
    .argument('<package>', 'the package folder or .zip')
    .option('--json', 'print the report as JSON on stdout')
    .action(async (path: string, opts: { json?: boolean }) => {
      const report = await verifyPackage(resolve(path).normalize('NFC'));
      if (opts.json) printJson(report);
      else {
        const t = createI18n(createConfSettings().get().language).t;
        const text = formatVerifyReport(report, t);
        process.stdout.write(text);
      }
      process.exitCode = verifyExitCode(report);
    });
};
