// `dateline verify PACKAGE [--json] [--library DIR]`: does an export package (folder or .zip) hold
// exactly what its manifest lists, byte for byte, with a valid ninjs.json and a manifest that
// agrees with it? One sentence per problem, in the UI language; exit code 0 valid, 1 invalid, 2 not
// a package (verifyExitCode). A review package from the desk is checked as the desk's intake
// checks it (signature, and its signer's key trusted here: the library's review profile); exit 0
// valid, 1 refused.

import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { translatorFor } from '../../common/i18n/index.ts';
import { formatVerifyReport, verifyExitCode, verifyPackage } from '../../core/export/verify.ts';
import { fileSecretBox, ProfileStore } from '../../core/review/profile.ts';
import { formatReviewVerifyReport, isReviewPackage, verifyReviewPackage } from '../../core/review/verify.ts';
import { createConfSettings } from '../../core/settings/conf-store.ts';
import { libraryDirFrom, printJson, type CliCommand } from '../runtime.ts';

export const verifyCommand: CliCommand = (program: Command) => {
  program
    .command('verify')
    .description(
      'check a package: an export against its manifest (checksums, sizes, files, ninjs), a review package by its signature and signer',
    )
    .argument('<package>', 'the package folder or .zip')
    .option('--json', 'print the report as JSON on stdout')
    .option(
      '--library <dir>',
      'the library whose review keys judge a review package’s signer (default: $DATELINE_LIBRARY, the settings, or ~/Documents/Dateline)',
    )
    .action(async (path: string, opts: { json?: boolean; library?: string }) => {
      const target = resolve(path).normalize('NFC');
      const settings = createConfSettings();
      const t = translatorFor(settings.get().language);
      if (await isReviewPackage(target)) {
        const profiles = new ProfileStore(
          join(libraryDirFrom(opts.library, settings.get().libraryDir), 'review', 'profile'),
          fileSecretBox,
        );
        const report = await verifyReviewPackage(target, (keyId) => profiles.lookup(keyId));
        if (opts.json) printJson(report);
        else process.stdout.write(formatReviewVerifyReport(report, t));
        process.exitCode = report.ok ? 0 : 1;
        return;
      }
      const report = await verifyPackage(target);
      if (opts.json) printJson(report);
      else process.stdout.write(formatVerifyReport(report, t));
      process.exitCode = verifyExitCode(report);
    });
};
