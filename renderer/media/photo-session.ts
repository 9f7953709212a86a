// Adding photos to the open article while the reporter keeps typing: each batch remembers where
// the caret (or the drop) was when it began, as a Slate point ref that follows later edits; photos
// are processed two at a time and their figures go in, in the order chosen, as soon as each is
// ready. Refusals are gathered into one notice per batch, with "import anyway" when the service
// says a looser decode can work (a truncated JPEG). One session per editor, shared by the
// toolbar button, the drop/paste handlers and the progress bar.

import { Editor, Range, Transforms, type PathRef, type Point, type PointRef } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { MediaAddItem } from '../../main/common/contract/media.ts';
import type { Translator } from '../../main/common/i18n/index.ts';
import type { Notice } from '../app/notices.tsx';
import { figureFromAsset } from '../../main/common/article/figures.ts';
import { figureIndexAt } from './figure-nodes.ts';
import { inputName, type AddOne, type PhotoInput } from './photo-sources.ts';

export interface PhotoProgress {
  /** Photos finished (added or refused) out of `total`, since the bar last emptied. */
  done: number;
  total: number;
}

export interface PhotoDeps {
  articleId: string;
  addOne: AddOne;
  notify: (notice: Notice) => void;
  t: Translator;
  reporterName: () => string;
}

const PARALLEL = 2;

export class PhotoSession {
  private progress: PhotoProgress = { done: 0, total: 0 };
  private galleryOpen = false;
  private listeners = new Set<() => void>();
  deps: PhotoDeps | null = null;

  constructor(readonly editor: Editor) {}

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  getProgress = (): PhotoProgress => this.progress;
  isGalleryOpen = (): boolean => this.galleryOpen;

  setGalleryOpen(open: boolean): void {
    this.galleryOpen = open;
    this.emit();
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }

  private step(done: number, total: number): void {
    const p = { done: this.progress.done + done, total: this.progress.total + total };
    // The bar empties once everything asked for is finished.
    this.progress = p.done >= p.total ? { done: 0, total: 0 } : p;
    this.emit();
  }

  /** Adds photos at `at` (default: the caret); resolves when every one is added or refused. */
  async add(inputs: PhotoInput[], options: { at?: Point | null; lenient?: boolean } = {}): Promise<MediaAddItem[]> {
    const deps = this.deps;
    if (!deps || inputs.length === 0) return [];
    const { editor } = this;
    const start = options.at ?? (editor.selection ? Range.start(editor.selection) : null);
    let anchor: PointRef | null = start ? Editor.pointRef(editor, start) : null;
    // Before or after the caret's block is decided now: the empty line the add began on may
    // hold words by the time the photos are ready.
    const top = start?.path[0];
    const block: PathRef | null = top === undefined ? null : Editor.pathRef(editor, [top]);
    const before = top !== undefined && figureIndexAt(editor.children, start!.path) === top;
    // The last figure this batch placed (an object: TypeScript does not follow closures' writes).
    const placed: { last: PathRef | null } = { last: null };
    const items: (MediaAddItem | undefined)[] = new Array(inputs.length);
    let nextToPlace = 0;
    this.step(0, inputs.length);

    // Figures go in the order chosen, each as soon as the ones before it are settled.
    const place = (): void => {
      while (nextToPlace < inputs.length && items[nextToPlace]) {
        const item = items[nextToPlace++]!;
        if (!item.ok) continue;
        const index = placed.last?.current
          ? placed.last.current[0] + 1
          : block?.current
            ? Math.max(2, before ? block.current[0] : block.current[0] + 1)
            : figureIndexAt(editor.children, anchor?.current?.path ?? null);
        const figure = figureFromAsset(item.asset, deps.reporterName(), deps.t('photos:creditPrefix'));
        // Its own undo step: undoing the photo never takes the words typed meanwhile with it.
        HistoryEditor.withNewBatch(editor, () => Transforms.insertNodes(editor, figure, { at: [index], select: false }));
        placed.last?.unref();
        placed.last = Editor.pathRef(editor, [index]);
      }
    };

    let cursor = 0;
    const worker = async (): Promise<void> => {
      while (cursor < inputs.length) {
        const i = cursor++;
        items[i] = await deps.addOne(deps.articleId, inputs[i], options.lenient ?? false).catch((err: unknown): MediaAddItem => ({
          path: '',
          name: inputName(inputs[i]),
          ok: false,
          error: { code: 'INTERNAL', message: String(err) },
        }));
        place();
        this.step(1, 0);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, inputs.length) }, worker));
    // A retry goes after the figures placed, or where this batch was meant to go.
    const last = placed.last;
    const where = last?.current ? Editor.start(editor, [Math.min(last.current[0], editor.children.length - 1)]) : (anchor?.current ?? null);
    anchor?.unref();
    block?.unref();
    last?.unref();
    anchor = null;
    this.report(inputs, items as MediaAddItem[], where);
    return items as MediaAddItem[];
  }

  private report(inputs: PhotoInput[], items: MediaAddItem[], where: Point | null): void {
    const deps = this.deps;
    if (!deps) return;
    const failed = items.map((item, i) => ({ item, input: inputs[i] })).filter((f) => !f.item.ok);
    const added = items.length - failed.length;
    if (!failed.length) {
      deps.notify({ kind: 'info', message: deps.t('photos:added', { count: added }) });
      return;
    }
    const retry = failed.filter(
      (f) => !f.item.ok && (f.item.error.details as { retry?: { lenient?: boolean } } | undefined)?.retry?.lenient,
    );
    deps.notify({
      kind: 'error',
      message: deps.t('photos:refused', {
        count: failed.length,
        messages: failed.map((f) => (f.item.ok ? '' : f.item.error.message)).join(' '),
      }),
      ...(retry.length
        ? {
            action: {
              label: deps.t('photos:importAnyway'),
              run: () =>
                void this.add(
                  retry.map((f) => f.input),
                  { at: where, lenient: true },
                ),
            },
          }
        : {}),
    });
  }
}

const sessions = new WeakMap<Editor, PhotoSession>();

/** The photo session of an editor (created on first use). */
export function photoSession(editor: Editor): PhotoSession {
  let s = sessions.get(editor);
  if (!s) sessions.set(editor, (s = new PhotoSession(editor)));
  return s;
}
