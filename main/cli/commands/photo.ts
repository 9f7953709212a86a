// `dateline photo add ID FILE... [--caption TEXT] [--credit TEXT] [--accept-damage] [--json]`:
// photos through the same pipeline as the app, each as a figure at the end of the article. One
// line per file: added ones on stdout (name and asset id), refused ones on stderr with the
// service's sentence in the UI language; any refusal makes the exit code non-zero.

import type { Command } from 'commander';
import { resolve } from 'node:path';
import { figureFromAsset } from '../../common/article/figures.ts';
import type { FigureBlock } from '../../common/article/model.ts';
import type { Input } from '../../common/contract/index.ts';
import type { MediaAddItem } from '../../common/contract/media.ts';
import { translatorFor } from '../../common/i18n/index.ts';
import { nfc } from '../../common/text/nfc.ts';
import type { Core } from '../../core/types.ts';
import { call, printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';

interface PhotoAddOptions extends CommonOptions {
  caption?: string;
  credit?: string;
  acceptDamage?: boolean;
}

export interface PhotoAddOutcome {
  items: MediaAddItem[];
  figures: FigureBlock[];
  /** The article's version after the figures were added (unchanged when none was). */
  version: number;
}

/** Adds the photos to the article and their figures at its end. */
export async function addPhotos(
  core: Core,
  id: string,
  files: string[],
  opts: Pick<PhotoAddOptions, 'caption' | 'credit' | 'acceptDamage'>,
): Promise<PhotoAddOutcome> {
  const article = await call(core, 'library.get', { id });
  const report = await call(core, 'media.add', { id, paths: files.map((f) => resolve(f)), lenient: !!opts.acceptDamage });
  const settings = core.settings.get();
  const prefix = translatorFor(settings.language)('photos:creditPrefix');
  const figures = report.items.flatMap((item) => {
    if (!item.ok) return [];
    const figure = figureFromAsset(item.asset, settings.reporterName, prefix);
    if (opts.caption !== undefined) figure.caption = nfc(opts.caption);
    if (opts.credit !== undefined) figure.credit = nfc(opts.credit);
    return [figure];
  });
  if (!figures.length) return { items: report.items, figures, version: article.version };
  const saved = await call(core, 'library.save', {
    id,
    content: [...article.content, ...figures] as Input<'library.save'>['content'],
    baseVersion: article.version,
  });
  return { items: report.items, figures, version: saved.version };
}

export const photoCommand: CliCommand = (program: Command) => {
  const photo = program.command('photo').description('photos of an article');
  withCommonOptions(
    photo
      .command('add')
      .description('add photos to the end of an article (JPEG, PNG, WebP, AVIF, GIF, TIFF)')
      .argument('<id>', 'the article')
      .argument('<files...>', 'the photos')
      .option('--caption <text>', 'the caption of every photo added (default: from the photo)')
      .option('--credit <text>', 'the credit line (default: "Ảnh: " and the photographer, or you)')
      .option('--accept-damage', 'import photos with minor damage (a truncated JPEG) instead of refusing them'),
  ).action((id: string, files: string[], opts: PhotoAddOptions) =>
    withCore(opts, async (core) => {
      const outcome = await addPhotos(core, id, files, opts);
      if (opts.json) printJson(outcome);
      const t = translatorFor(core.settings.get().language);
      for (const item of outcome.items) {
        if (item.ok && !opts.json)
          process.stdout.write(`${item.name}\t${item.asset.assetId}${item.asset.duplicate ? '\t(duplicate)' : ''}\n`);
        // A photo the app offers to take "accepting minor damage": here that is --accept-damage.
        const retry =
          !item.ok && !opts.acceptDamage && (item.error.details as { retry?: { lenient?: boolean } } | undefined)?.retry?.lenient;
        if (!item.ok) process.stderr.write(`${item.error.message}${retry ? ` ${t('media:cli.acceptDamage')}` : ''}\n`);
      }
      if (outcome.items.some((i) => !i.ok)) process.exitCode = 1;
    }),
  );
};
