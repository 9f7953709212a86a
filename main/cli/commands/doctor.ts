// `dateline doctor [--fix] [--json]`: what crashes left in the library's article folders (litter,
// main/core/library/litter.ts): temporary files of writers that died, and photos no version of
// their article uses (a `photo add` killed before its figure was saved). Reports by default; with
// --fix removes them. Photos changed in the last 10 minutes are left alone: an app still open may
// be using them. The app sweeps the same on its own, with a 24-hour guard for photos.

import type { Command } from 'commander';
import { translatorFor } from '../../common/i18n/index.ts';
import { formatBytes } from '../../core/import/limits.ts';
import { Library } from '../../core/library/library.ts';
import { removeLitter, type ArticleLitter } from '../../core/library/litter.ts';
import { nodeFs } from '../../core/fs/seam.ts';
import { createConfSettings } from '../../core/settings/conf-store.ts';
import { libraryDirFrom, printJson, withCommonOptions, type CliCommand, type CommonOptions } from '../runtime.ts';

interface DoctorOptions extends CommonOptions {
  fix?: boolean;
}

/** How recent a photo may be and still be judged unused by the doctor. */
export const DOCTOR_ORPHAN_AGE_MS = 10 * 60_000;

export const doctorCommand: CliCommand = (program: Command) => {
  withCommonOptions(
    program
      .command('doctor')
      .description('report what crashes left in the library (temporary files, photos no version uses); --fix removes it')
      .option('--fix', 'remove what is found (close the app first)'),
  ).action(async (opts: DoctorOptions) => {
    const settings = createConfSettings();
    const t = translatorFor(settings.get().language);
    const library = new Library({ dir: libraryDirFrom(opts.library, settings.get().libraryDir), settings: () => settings.get() });
    try {
      const found: (ArticleLitter & { id: string; bytes: number })[] = [];
      const { items } = await library.list({ sort: 'changed', trash: false, offset: 0, limit: 100_000 });
      for (const { id } of items) {
        const litter = await library.litter(id, { orphanAgeMs: DOCTOR_ORPHAN_AGE_MS });
        if (litter.temp.length || litter.orphans.length)
          found.push({ id, ...litter, bytes: litter.orphans.reduce((n, o) => n + o.bytes, 0) });
      }
      if (opts.fix) for (const litter of found) await removeLitter(nodeFs, litter);
      const totals = {
        temp: found.reduce((n, a) => n + a.temp.length, 0),
        orphans: found.reduce((n, a) => n + a.orphans.length, 0),
        size: formatBytes(found.reduce((n, a) => n + a.bytes, 0)),
      };
      if (opts.json) {
        printJson({
          fixed: !!opts.fix,
          articles: found,
          temp: totals.temp,
          orphans: totals.orphans,
          bytes: found.reduce((n, a) => n + a.bytes, 0),
        });
        return;
      }
      for (const a of found)
        process.stdout.write(
          t('ui:doctor.article', { id: a.id, temp: a.temp.length, orphans: a.orphans.length, size: formatBytes(a.bytes) }) + '\n',
        );
      process.stdout.write(t(found.length === 0 ? 'ui:doctor.clean' : opts.fix ? 'ui:doctor.fixed' : 'ui:doctor.found', totals) + '\n');
    } finally {
      await library.close();
    }
  });
};
