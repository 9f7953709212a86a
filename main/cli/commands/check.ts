// `dateline check ID [--json] [--strict]`: spelling and house style of a saved article, as the
// editor's "Văn phong" panel and underlines show them. One line per finding, in reading order:
//
//   block:offset  rule  “text” → “fix”  message
//
// `block` is the index of the checked block (headline, sapo, paragraphs, captions, byline last),
// `offset` a UTF-16 offset into its text. Exit 0 whatever is found; with --strict, exit 2 when
// there is a spelling finding or a style error (warnings never fail a run).

import type { Command } from 'commander';
import type { LanguageCheckReport } from '../../common/contract/language.ts';
import { translatorFor, type Translator } from '../../common/i18n/index.ts';
import { articleBlocks } from '../../core/language/handlers.ts';
import { call, printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';

interface CheckOptions extends CommonOptions {
  strict?: boolean;
  spelling?: boolean;
  style?: boolean;
}

interface Line {
  block: number;
  start: number;
  text: string;
}

const quoted = (s: string): string => `“${s}”`;

/** The findings as lines, spelling and style merged in reading order. */
export function checkLines(report: LanguageCheckReport, texts: readonly string[], t: Translator): string[] {
  const lines: Line[] = [];
  for (const f of report.spelling) {
    const fix = f.suggestions[0];
    const why =
      f.kind === 'confused'
        ? (f.note ?? '')
        : f.kind === 'capital'
          ? t('language:spelling.capital', { word: f.word, suggestion: fix ?? '' })
          : t('language:spelling.spelling', { word: f.word });
    lines.push({
      block: f.block,
      start: f.start,
      text: [`${f.block}:${f.start}`, f.kind, quoted(f.word) + (fix ? ` → ${quoted(fix)}` : ''), why].filter(Boolean).join('  '),
    });
  }
  for (const f of report.style) {
    const found = (texts[f.block] ?? '').slice(f.start, f.end);
    const change = quoted(found) + (f.fix ? ` → ${quoted(f.fix.replacement)}` : '');
    lines.push({
      block: f.block,
      start: f.start,
      text: [`${f.block}:${f.start}`, f.ruleId, change, t(`language:${f.message.key}`, f.message.params ?? {})].join('  '),
    });
  }
  return lines.sort((a, b) => a.block - b.block || a.start - b.start).map((l) => l.text);
}

/** Whether --strict fails the run: any spelling finding or any style error. */
export function failsStrict(report: LanguageCheckReport): boolean {
  return report.spelling.length > 0 || report.style.some((f) => f.severity === 'error');
}

export const checkCommand: CliCommand = (program: Command) => {
  withCommonOptions(
    program
      .command('check')
      .description('check the spelling and house style of an article')
      .argument('<id>', 'the article id')
      .option('--strict', 'exit with code 2 when there is a spelling finding or a style error')
      .option('--no-spelling', 'skip the spell check')
      .option('--no-style', 'skip the house-style check'),
  ).action((id: string, opts: CheckOptions) =>
    withCore(opts, async (core) => {
      const article = await call(core, 'library.get', { id });
      const settings = core.settings.get();
      const report = await call(core, 'language.check', {
        id,
        spelling: opts.spelling !== false,
        style: opts.style !== false,
        userWords: settings.userWords ?? [],
      });
      // The same blocks the service checked, for the text each finding points into.
      const texts = articleBlocks(article).map((b) => b.text.normalize('NFC'));
      const t = translatorFor(settings.language);
      if (opts.json) printJson({ ...report, texts });
      else {
        const lines = checkLines(report, texts, t);
        if (lines.length) process.stdout.write(lines.join('\n') + '\n');
        process.stderr.write(t('languageUi:cli.summary', { spelling: report.spelling.length, style: report.style.length }) + '\n');
      }
      if (opts.strict && failsStrict(report)) process.exitCode = 2;
    }),
  );
};
