// `dateline show ID`: one article as plain text (or the stored article with --json).

import type { Command } from 'commander';
import { blockText, type Article, type Block } from '../../common/article/model.ts';
import { call, printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'figure':
      return [[block.caption, block.credit].filter(Boolean).join(' ') || `[${block.assetId.slice(0, 12)}]`];
    case 'bulleted-list':
    case 'numbered-list':
      return block.children.map((item, i) => `${block.type === 'numbered-list' ? `${i + 1}.` : '•'} ${blockText(item)}`);
    default:
      return [blockText(block)];
  }
}

/** The article as text: headline, sapo, body, one blank line between blocks. */
export function articleText(article: Article): string {
  return article.content.flatMap(blockLines).join('\n\n') + '\n';
}

export const showCommand: CliCommand = (program: Command) => {
  withCommonOptions(program.command('show').description('print an article').argument('<id>', 'the article id')).action(
    (id: string, opts: CommonOptions) =>
      withCore(opts, async (core) => {
        const article = await call(core, 'library.get', { id });
        if (opts.json) printJson(article);
        else process.stdout.write(articleText(article));
      }),
  );
};
