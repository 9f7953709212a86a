// `dateline new --headline TEXT`: a new article; prints its id (or the article with --json).

import type { Command } from 'commander';
import { call, printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';

export const newCommand: CliCommand = (program: Command) => {
  withCommonOptions(program.command('new').description('create an article').option('--headline <text>', 'its headline', '')).action(
    (opts: CommonOptions & { headline: string }) =>
      withCore(opts, async (core) => {
        const article = await call(core, 'library.create', { headline: opts.headline });
        if (opts.json) printJson(article);
        else process.stdout.write(article.id + '\n');
      }),
  );
};
