// `dateline import FILE [--convert-legacy] [--dry-run] [--json]`: a draft (.docx, .txt, .md,
// .html) as a new article. Prints the new article's id on stdout (the whole outcome with
// --json), and on stderr what the reporter should check, in the UI language.

import type { Command } from 'commander';
import { resolve } from 'node:path';
import { blockText } from '../../common/article/model.ts';
import type { ImportReport, ImportWarning } from '../../common/contract/import.ts';
import { translatorFor, type Translator } from '../../common/i18n/index.ts';
import { call, printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';

interface ImportOptions extends CommonOptions {
  convertLegacy?: boolean;
  dryRun?: boolean;
}

const warningLine = (t: Translator, w: ImportWarning): string => t(`import:warning.${w.code}`, { ...w.params });

/** What the reporter should read after an import: warnings, then the text kept out of the body. */
export function reportText(t: Translator, report: ImportReport): string {
  const lines = report.warnings.map((w) => `! ${warningLine(t, w)}`);
  if (report.legacy && !report.legacy.converted) lines.push(`  ${t('import:cli.legacyHint')}`);
  if (report.notes.length) lines.push(t('import:cli.notes'), ...report.notes.map((n) => `  | ${n}`));
  return lines.length ? lines.join('\n') + '\n' : '';
}

export const importCommand: CliCommand = (program: Command) => {
  withCommonOptions(
    program
      .command('import')
      .description('import a draft (.docx, .txt, .md, .html) as a new article')
      .argument('<file>', 'the draft')
      .option('--convert-legacy', 'convert text that looks typed in TCVN3/VNI/VIQR (or CP1258/VISCII) to Unicode')
      .option('--dry-run', 'show what would be imported; store nothing'),
  ).action((file: string, opts: ImportOptions) =>
    withCore(opts, async (core) => {
      const input = { path: resolve(file), ...(opts.convertLegacy ? { convertLegacy: true } : {}) };
      const t = translatorFor(core.settings.get().language);
      if (opts.dryRun) {
        const preview = await call(core, 'library.importPreview', input);
        if (opts.json) printJson(preview);
        else process.stdout.write(preview.draft.content.map((b) => `[${b.type}] ${blockText(b)}`).join('\n') + '\n');
        process.stderr.write(reportText(t, preview.report));
        return;
      }
      const outcome = await call(core, 'library.import', input);
      if (opts.json) printJson(outcome);
      else process.stdout.write(outcome.article.id + '\n');
      process.stderr.write(reportText(t, outcome.report));
    }),
  );
};
