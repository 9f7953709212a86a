// `dateline show ID [--format text|html|json]`: one article as the paper's text (headline, time,
// sapo, body, captions, byline), as a small HTML document, or as stored (`--json` is
// `--format json`).

import type { Command } from 'commander';
import type { Article } from '../../common/article/model.ts';
import { articleToHtml } from '../../common/article/html.ts';
import { articleToText } from '../../common/article/text.ts';
import { translatorFor } from '../../common/i18n/index.ts';
import { call, CliFailure, printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';

export const SHOW_FORMATS = ['text', 'html', 'json'] as const;
export type ShowFormat = (typeof SHOW_FORMATS)[number];

interface ShowOptions extends CommonOptions {
  format?: string;
}

const isFormat = (f: string): f is ShowFormat => (SHOW_FORMATS as readonly string[]).includes(f);

/** The article in one of the formats, ready for stdout (one final newline). */
export function showArticle(article: Article, format: ShowFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(article, null, 2) + '\n';
    case 'html': {
      const html = articleToHtml(article);
      return html.endsWith('\n') ? html : html + '\n';
    }
    case 'text':
      return articleToText(article);
  }
}

export const showCommand: CliCommand = (program: Command) => {
  withCommonOptions(
    program
      .command('show')
      .description('print an article')
      .argument('<id>', 'the article id')
      .option('--format <format>', 'text | html | json (--json is --format json)'),
  ).action((id: string, opts: ShowOptions) =>
    withCore(opts, async (core) => {
      const format = (opts.format ?? (opts.json ? 'json' : 'text')).trim().toLowerCase();
      if (!isFormat(format)) {
        // Refused before the library is read, in the reporter's language like every other error.
        const t = translatorFor(core.settings.get().language);
        throw new CliFailure({ code: 'INVALID_INPUT', message: t('meta:cli.unknownFormat', { format: opts.format }) });
      }
      const article = await call(core, 'library.get', { id });
      if (format === 'json') printJson(article);
      else process.stdout.write(showArticle(article, format));
    }),
  );
};
