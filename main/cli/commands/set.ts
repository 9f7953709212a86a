// `dateline set ID [--byline TEXT] [--time TEXT] [--place TEXT] [--category TEXT] [--tags A,B]
// [--slug TEXT]`: an article's details from a script, written the way the paper prints them, so
// what a preflight error asks for ("chưa có dòng tác giả", "chưa đặt giờ đăng") can be fixed
// without the app. Read with the same parsers as imports (parseByline, parsePublishTime); a value
// that does not parse is one sentence on stderr and exit 1, and nothing is saved. Prints the id
// (the article with --json). `--time ""` clears the time.

import type { Command } from 'commander';
import { parseByline } from '../../common/article/byline.ts';
import { addTags, cleanSlug } from '../../common/article/meta.ts';
import type { ArticleMeta } from '../../common/article/model.ts';
import { parsePublishTime } from '../../common/article/time.ts';
import { translatorFor, type KeyOf } from '../../common/i18n/index.ts';
import { nfc } from '../../common/text/nfc.ts';
import { call, CliFailure, printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';

export interface SetOptions extends CommonOptions {
  byline?: string;
  time?: string;
  place?: string;
  category?: string;
  tags?: string;
  slug?: string;
}

type Refusal = { key: `meta:${KeyOf<'meta'>}`; params: Record<string, string> };

/** The details the options name, parsed; or why one of them cannot be read. */
export function metaFromOptions(opts: SetOptions): { meta: Partial<ArticleMeta> } | { refusal: Refusal } {
  const meta: Partial<ArticleMeta> = {};
  if (opts.byline !== undefined) {
    const byline = parseByline(opts.byline);
    if (!byline) return { refusal: { key: 'meta:cli.badByline', params: { value: opts.byline } } };
    meta.byline = byline;
  }
  if (opts.time !== undefined) {
    const publishAt = opts.time.trim() ? parsePublishTime(opts.time) : null;
    if (opts.time.trim() && !publishAt) return { refusal: { key: 'meta:cli.badTime', params: { value: opts.time } } };
    meta.publishAt = publishAt;
  }
  if (opts.place !== undefined) meta.place = nfc(opts.place.trim());
  if (opts.category !== undefined) meta.category = nfc(opts.category.trim());
  if (opts.tags !== undefined) meta.tags = addTags([], opts.tags);
  if (opts.slug !== undefined) {
    const slug = cleanSlug(opts.slug);
    if (opts.slug.trim() && !slug) return { refusal: { key: 'meta:cli.badSlug', params: { value: opts.slug } } };
    meta.slug = slug;
  }
  if (!Object.keys(meta).length) return { refusal: { key: 'meta:cli.nothingToSet', params: {} } };
  return { meta };
}

export const setCommand: CliCommand = (program: Command) => {
  withCommonOptions(
    program
      .command('set')
      .description('set an article’s details: byline, publish time, place, section, tags, slug')
      .argument('<id>', 'the article id')
      .option('--byline <text>', 'as printed, e.g. "Bài, ảnh: MINH ĐỨC (Bắc Quang)"')
      .option('--time <text>', 'publish time in Vietnam time, e.g. "17:43, 05/01/2025" ("" clears it)')
      .option('--place <text>', 'where it happened')
      .option('--category <text>', 'the section, e.g. "Xây dựng Đảng"')
      .option('--tags <list>', 'tags separated by commas (replaces the tags)')
      .option('--slug <text>', 'the address slug (made lower case, without tones)'),
  ).action((id: string, opts: SetOptions) =>
    withCore(opts, async (core) => {
      const parsed = metaFromOptions(opts);
      if ('refusal' in parsed) {
        // Refused before the library is touched, in the reporter's language like every other error.
        const t = translatorFor(core.settings.get().language);
        throw new CliFailure({ code: 'INVALID_INPUT', message: t(parsed.refusal.key, parsed.refusal.params) });
      }
      const article = await call(core, 'library.get', { id });
      await call(core, 'library.save', { id, content: article.content as never, meta: parsed.meta, baseVersion: article.version });
      if (opts.json) printJson(await call(core, 'library.get', { id }));
      else process.stdout.write(id + '\n');
    }),
  );
};
