// `dateline list`: the library's articles, latest change first (or by headline, or the trash).

import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { ArticleSummary } from '../../common/article/model.ts';
import { call, printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';

interface ListOptions extends CommonOptions {
  sort: 'changed' | 'headline';
  trash?: boolean;
  limit?: number;
}

const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number from 1');
  return n;
};

function line(s: ArticleSummary): string {
  const mark = s.corrupt ? '!' : ' ';
  return `${s.id}${mark} ${s.updatedAt.slice(0, 16).replace('T', ' ')}  ${s.status.padEnd(9)} ${s.headline}`;
}

export const listCommand: CliCommand = (program: Command) => {
  withCommonOptions(
    program
      .command('list')
      .description('list the articles (an ! marks a damaged one)')
      .option('--sort <order>', 'changed | headline', 'changed')
      .option('--trash', 'list the trash instead')
      .option('--limit <n>', 'at most this many', positiveInt),
  ).action((opts: ListOptions) =>
    withCore(opts, async (core) => {
      const { items } = await call(core, 'library.list', {
        sort: opts.sort,
        trash: opts.trash ?? false,
        ...(opts.limit ? { limit: opts.limit } : {}),
      });
      if (opts.json) printJson(items);
      else for (const s of items) process.stdout.write(line(s) + '\n');
    }),
  );
};
