// One Saver per open article, kept beyond the editor's life while it still holds unsaved text:
// leaving an article whose save failed (disk full) must not drop what was typed. Reopening it
// continues from the text in memory, and the Saver keeps retrying meanwhile.

import type { ArticleMeta, Block } from '../../main/common/article/model.ts';
import type { DatelineApi, Input } from '../../main/common/contract/index.ts';
import type { SaveReceipt } from '../../main/common/contract/library.ts';
import type { Result } from '../../main/common/result.ts';
import { Saver } from './autosave.ts';

/** What one save writes: the content, and the metadata when the panel changed it. */
export interface ArticleDraft {
  content: Block[];
  meta?: ArticleMeta;
}

/** Newer content wins; metadata waiting to be saved stays until newer metadata replaces it. */
export const mergeDrafts = (older: ArticleDraft, newer: ArticleDraft): ArticleDraft =>
  newer.meta || !older.meta ? newer : { ...newer, meta: older.meta };

/**
 * The article's Saver: content from the editor and metadata from the panel (renderer/meta/)
 * go through the one autosave, so both share its timing, retries and conflict handling.
 */
export class ArticleSaver {
  private readonly saver: Saver<ArticleDraft>;
  /** The metadata the panel last gave, saved or not (the editor's article prop is not updated). */
  private lastMeta: ArticleMeta | null = null;
  readonly getState: Saver<ArticleDraft>['getState'];
  readonly subscribe: Saver<ArticleDraft>['subscribe'];

  constructor(save: (draft: ArticleDraft, baseVersion: number | undefined) => Promise<Result<SaveReceipt>>, version: number) {
    this.saver = new Saver<ArticleDraft>({ version, save, merge: mergeDrafts });
    this.getState = this.saver.getState;
    this.subscribe = this.saver.subscribe;
  }

  change(content: Block[]): void {
    this.saver.change({ content });
  }

  /** The metadata changed; `content` is the editor's current content (a save always carries it). */
  changeMeta(meta: ArticleMeta, content: Block[]): void {
    this.lastMeta = meta;
    this.saver.change({ content, meta });
  }

  /** The article's metadata as the reporter last set it in this session, if they did. */
  currentMeta(): ArticleMeta | null {
    return this.lastMeta ?? this.unsavedMeta();
  }

  unsaved(): Block[] | null {
    return this.saver.unsaved()?.content ?? null;
  }

  /** Metadata the disk does not have yet (left by an earlier visit whose save failed). */
  unsavedMeta(): ArticleMeta | null {
    return this.saver.unsaved()?.meta ?? null;
  }

  flush = (): Promise<void> => this.saver.flush();
  overwrite = (): Promise<void> => this.saver.overwrite();
  retryNow = (): Promise<void> => this.saver.retryNow();
  hasUnsaved = (): boolean => this.saver.hasUnsaved();
  dispose = (): void => this.saver.dispose();
}

const savers = new Map<string, ArticleSaver>();

/** The article's Saver, created on first use. */
export function saverFor(api: DatelineApi, id: string, version: number): ArticleSaver {
  let saver = savers.get(id);
  if (!saver) {
    saver = new ArticleSaver(
      (draft, baseVersion) =>
        api['library.save']({
          id,
          // The model's interfaces are the schema's shape; they only lack its index signature.
          content: draft.content as unknown as Input<'library.save'>['content'],
          ...(draft.meta ? { meta: draft.meta } : {}),
          ...(baseVersion !== undefined ? { baseVersion } : {}),
        }),
      version,
    );
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
