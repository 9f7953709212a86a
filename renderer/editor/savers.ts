// One Saver per open article, kept beyond the editor's life while it still holds unsaved text:
// leaving an article whose save failed (disk full) must not drop what was typed. Reopening it
// continues from the text in memory, and the Saver keeps retrying meanwhile.

import type { Block } from '../../main/common/article/model.ts';
import type { DatelineApi, Input } from '../../main/common/contract/index.ts';
import { Saver } from './autosave.ts';

export type ArticleSaver = Saver<Block[]>;

const savers = new Map<string, ArticleSaver>();

/** The article's Saver, created on first use. */
export function saverFor(api: DatelineApi, id: string, version: number): ArticleSaver {
  let saver = savers.get(id);
  if (!saver) {
    saver = new Saver<Block[]>({
      version,
      save: (content, baseVersion) =>
        api['library.save']({
          id,
          // The model's interfaces are the schema's shape; they only lack its index signature.
          content: content as unknown as Input<'library.save'>['content'],
          ...(baseVersion !== undefined ? { baseVersion } : {}),
        }),
    });
    savers.set(id, saver);
  }
  return saver;
}

/** A Saver left over from an earlier visit, if it still has text the disk lacks. */
export function unsavedSaver(id: string): ArticleSaver | undefined {
  const saver = savers.get(id);
  return saver?.hasUnsaved() ? saver : undefined;
}

/** The editor opened (again) with this Saver: it is the article's until released. */
export function adopt(id: string, saver: ArticleSaver): void {
  savers.set(id, saver);
}

/** The editor closed: save what is pending; forget the Saver once the disk has everything. */
export async function release(id: string, saver: ArticleSaver): Promise<void> {
  await saver.flush();
  if (saver.hasUnsaved()) savers.set(id, saver);
  else if (savers.get(id) === saver) savers.delete(id);
}

/** Drops the Saver (the article was replaced by a restored revision). */
export function forget(id: string): void {
  savers.get(id)?.dispose();
  savers.delete(id);
}
