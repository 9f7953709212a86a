// `dateline export ID --out PATH [--zip] [--replace] [--strict] [--json]`: the article's package,
// made by the same service as the app. PATH is the package to create (`.zip` added with --zip);
// an existing folder that is not a package receives the package inside it, named after the
// article's slug. Preflight errors stop it (each printed on stderr); warnings are printed and
// accepted, unless --strict.

import type { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PackageKind, PreflightFinding } from '../../common/contract/export.ts';
import { packageName, packagePath } from '../../common/export/target.ts';
import { translatorFor, type Translator } from '../../common/i18n/index.ts';
import { isDatelinePackage } from '../../core/export/verify.ts';
import type { Core } from '../../core/types.ts';
import { call, printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';

interface ExportOptions extends CommonOptions {
  out: string;
  zip?: boolean;
  replace?: boolean;
  strict?: boolean;
}

/** One line per finding, `Lỗi: …` / `Cảnh báo: …`, in the UI language. */
export function findingLines(t: Translator, findings: PreflightFinding[]): string {
  return findings
    .map(
      (f) =>
        t('exportUi:cli.finding', {
          level: t(f.severity === 'error' ? 'exportUi:cli.error' : 'exportUi:cli.warn'),
          message: t(`export:finding.${f.code}`, { ...f.params }),
        }) + '\n',
    )
    .join('');
}

/** The package's path from --out: inside an existing plain folder, else --out itself. */
export async function targetFrom(core: Core, id: string, out: string, kind: PackageKind): Promise<string> {
  const path = resolve(out).normalize('NFC');
  const isDir = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isDir && !(await isDatelinePackage(path))) {
    const article = await call(core, 'library.get', { id });
    return packagePath(path, packageName(article, article.content), kind);
  }
  return kind === 'zip' && !/\.zip$/i.test(path) ? `${path}.zip` : path;
}

export const exportCommand: CliCommand = (program: Command) => {
  withCommonOptions(
    program
      .command('export')
      .description('export an article as a publish-ready package (HTML, fragment, text, DOCX, ninjs, photos, manifest)')
      .argument('<id>', 'the article')
      .requiredOption('--out <path>', 'the package to create, or an existing folder to put it in')
      .option('--zip', 'one .zip file instead of a folder')
      .option('--replace', 'replace an earlier package at that place')
      .option('--strict', 'refuse when preflight has warnings, not only errors'),
  ).action((id: string, opts: ExportOptions) =>
    withCore(opts, async (core) => {
      const t = translatorFor(core.settings.get().language);
      const report = await call(core, 'export.preflight', { id });
      process.stderr.write(findingLines(t, report.findings));
      if (report.errors > 0 || (opts.strict && report.warnings > 0)) {
        if (opts.json) printJson({ ok: false, preflight: report });
        // The app asks to confirm warnings; a command cannot, so --strict says what to do instead.
        const refusal =
          report.errors > 0 ? t('export:error.blocked', { count: report.errors }) : t('exportUi:cli.strict', { count: report.warnings });
        process.stderr.write(refusal + '\n');
        process.exitCode = 1;
        return;
      }
      const kind: PackageKind = opts.zip ? 'zip' : 'folder';
      const target = await targetFrom(core, id, opts.out, kind);
      const result = await call(core, 'export.package', { id, target, kind, replace: !!opts.replace, acceptWarnings: true });
      if (opts.json) printJson({ ok: true, preflight: report, package: result });
      else process.stdout.write(t('exportUi:cli.exported', { files: result.files, path: result.path, bytes: result.bytes }) + '\n');
    }),
  );
};
