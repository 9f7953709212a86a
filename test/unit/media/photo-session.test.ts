// Adding photos in the editor (renderer/media/photo-session.ts, figure-nodes.ts) on a plain Slate
// editor under Node: figures land where the caret was when the add began, in the order chosen,
// while typing goes on; refusals become one notice with "import anyway" when a retry can work.

import { Editor, Element, Node, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { creditFromAsset, figureFromAsset } from '../../../main/common/article/figures.ts';
import type { FigureBlock } from '../../../main/common/article/model.ts';
import { translatorFor } from '../../../main/common/i18n/index.ts';
import type { IngestedAsset, MediaAddItem } from '../../../main/common/contract/media.ts';
import type { Notice } from '../../../renderer/app/notices.tsx';
import { createArticleEditor } from '../../../renderer/editor/create-editor.ts';
import {
  clampCrop,
  cropView,
  fitAspect,
  figureIndexAt,
  listFigures,
  moveCrop,
  nextRotation,
  resizeCrop,
} from '../../../renderer/media/figure-nodes.ts';
import { PhotoSession } from '../../../renderer/media/photo-session.ts';
import type { PhotoInput } from '../../../renderer/media/photo-sources.ts';

const block = (type: string, text: string, id: string): Descendant => ({ type, id, children: [{ text }] }) as Descendant;

function article(): Editor {
  const editor = createArticleEditor();
  editor.children = [
    block('headline', 'Đua thuyền', 'h'),
    block('sapo', 'BHG - Sapo', 's'),
    block('paragraph', 'Đoạn một.', 'p1'),
    block('paragraph', '', 'p2'),
  ];
  Editor.normalize(editor, { force: true });
  return editor;
}

const asset = (n: number, extra: Partial<IngestedAsset> = {}): IngestedAsset =>
  ({
    assetId: String(n).repeat(64).slice(0, 64),
    caption: '',
    credit: '',
    creator: '',
    hasGps: false,
    duplicate: false,
    ...extra,
  }) as IngestedAsset;

const t = translatorFor('vi');
const path = (p: string): PhotoInput => ({ kind: 'path', path: p });

/** A session whose photos finish when the test says so. */
function sessionOn(editor: Editor) {
  const pending = new Map<string, (item: MediaAddItem) => void>();
  const calls: { name: string; lenient: boolean }[] = [];
  const notices: Notice[] = [];
  const session = new PhotoSession(editor);
  session.deps = {
    articleId: 'a-0m4x1k2p-7f3k9q',
    addOne: (_id, input, lenient) =>
      new Promise((resolve) => {
        const name = input.kind === 'path' ? input.path : input.file.name;
        calls.push({ name, lenient });
        pending.set(name, resolve);
      }),
    notify: (n) => notices.push(n),
    t,
    reporterName: () => 'Trung Hậu',
  };
  const finish = async (name: string, item: Partial<MediaAddItem> & { asset?: IngestedAsset }): Promise<void> => {
    await Promise.resolve();
    pending.get(name)?.({ path: name, name, ok: true, ...item } as MediaAddItem);
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { session, finish, calls, notices };
}

const types = (e: Editor): string[] => e.children.map((n) => (Element.isElement(n) ? n.type : 'text'));

describe('adding photos to the open article', () => {
  it('puts figures where the caret was, in the order chosen, while the reporter types on', async () => {
    const editor = article();
    Transforms.select(editor, Editor.end(editor, [2]));
    const { session, finish, calls } = sessionOn(editor);
    const done = session.add([path('/a.jpg'), path('/b.jpg'), path('/c.jpg')]);
    expect(session.getProgress()).toEqual({ done: 0, total: 3 });
    // Typing goes on, and a paragraph appears above the caret's block meanwhile.
    Editor.insertText(editor, ' Thêm chữ.');
    Transforms.insertNodes(editor, block('paragraph', 'Chen vào.', 'px'), { at: [2] });
    // The second finishes first: it waits for the first, so the order stays.
    await finish('/b.jpg', { asset: asset(2) });
    expect(listFigures(editor.children)).toEqual([]);
    await finish('/a.jpg', { asset: asset(1, { creator: 'Trần Bình' }) });
    expect(session.getProgress()).toEqual({ done: 2, total: 3 });
    await finish('/c.jpg', { asset: asset(3) });
    await done;
    expect(calls.map((c) => c.name)).toEqual(['/a.jpg', '/b.jpg', '/c.jpg']);
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph', 'paragraph', 'figure', 'figure', 'figure', 'paragraph']);
    expect(Node.string(editor.children[3])).toBe('Đoạn một. Thêm chữ.');
    const figs = listFigures(editor.children);
    expect(figs.map((f) => f.assetId[0])).toEqual(['1', '2', '3']);
    expect(figs.map((f) => f.credit)).toEqual(['Ảnh: Trần Bình', 'Ảnh: Trung Hậu', 'Ảnh: Trung Hậu']);
    // The caret stayed in the words.
    expect(editor.selection?.anchor.path[0]).toBe(3);
    expect(session.getProgress()).toEqual({ done: 0, total: 0 });
  });

  it('puts a figure above an empty line the caret was on, and each photo is its own undo step', async () => {
    const editor = article();
    Transforms.select(editor, Editor.start(editor, [3]));
    const { session, finish } = sessionOn(editor);
    const done = session.add([path('/a.jpg')]);
    Editor.insertText(editor, 'Chữ mới');
    await finish('/a.jpg', { asset: asset(1) });
    await done;
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph', 'figure', 'paragraph']);
    expect(Node.string(editor.children[4])).toBe('Chữ mới');
    editor.undo();
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph', 'paragraph']);
    expect(Node.string(editor.children[3])).toBe('Chữ mới');
  });

  it('gathers refusals in one notice, offers a lenient retry for a truncated photo, and adds the others', async () => {
    const editor = article();
    Transforms.select(editor, Editor.end(editor, [2]));
    const { session, finish, calls, notices } = sessionOn(editor);
    const done = session.add([path('/ok.jpg'), path('/cut.jpg'), path('/notes.jpg')]);
    await finish('/ok.jpg', { asset: asset(1) });
    await finish('/cut.jpg', {
      ok: false,
      error: { code: 'BAD_IMAGE', message: 'Ảnh “cut.jpg” bị thiếu phần cuối.', details: { retry: { lenient: true } } },
    } as never);
    await finish('/notes.jpg', { ok: false, error: { code: 'BAD_IMAGE', message: 'Tệp “notes.jpg” là một tệp văn bản.' } } as never);
    await done;
    expect(listFigures(editor.children)).toHaveLength(1);
    expect(notices).toHaveLength(1);
    expect(notices[0].kind).toBe('error');
    expect(notices[0].message).toContain('cut.jpg” bị thiếu phần cuối');
    expect(notices[0].message).toContain('notes.jpg” là một tệp văn bản');
    expect(notices[0].action?.label).toBe('Vẫn nhập ảnh bị lỗi');
    expect(notices[0].message).toMatch(/^Không thêm được 2 ảnh:/);
    notices[0].action!.run();
    await finish('/cut.jpg', { asset: asset(2) });
    expect(calls.at(-1)).toEqual({ name: '/cut.jpg', lenient: true });
    // The retried photo goes after the one already placed.
    expect(listFigures(editor.children).map((f) => f.assetId[0])).toEqual(['1', '2']);
  });
});

describe('figures as data', () => {
  it('prefills the credit from the photo, else the reporter, and keeps an existing "Ảnh:"', () => {
    expect(creditFromAsset({ credit: '', creator: '' }, 'Trung Hậu', 'Ảnh: ')).toBe('Ảnh: Trung Hậu');
    expect(creditFromAsset({ credit: 'TTXVN', creator: 'X' }, 'Trung Hậu', 'Ảnh: ')).toBe('Ảnh: TTXVN');
    expect(creditFromAsset({ credit: 'Ảnh: Minh Đức', creator: '' }, '', 'Ảnh: ')).toBe('Ảnh: Minh Đức');
    expect(creditFromAsset({ credit: '', creator: '' }, '', 'Ảnh: ')).toBe('');
    const f: FigureBlock = figureFromAsset(asset(1, { caption: ' Ca\u0302\u0300u Rồng ' }), '', 'Ảnh: ');
    expect(f).toMatchObject({ type: 'figure', caption: 'Cầu Rồng', credit: '', alt: '', layout: 'medium', children: [{ text: '' }] });
  });

  it('places a batch after the caret block, above an empty line, never above the sapo', () => {
    const children = article().children;
    expect(figureIndexAt(children, [2, 0])).toBe(3);
    expect(figureIndexAt(children, [3, 0])).toBe(3);
    expect(figureIndexAt(children, [0, 0])).toBe(2);
    expect(figureIndexAt(children, null)).toBe(4);
  });

  it('fits aspect presets inside the photo, centred, turned with the photo', () => {
    const whole = { x: 0, y: 0, width: 1, height: 1 };
    const sq = fitAspect(whole, '1:1', 1200, 800);
    expect(sq.width * 1200).toBeCloseTo(800);
    expect(sq.height).toBeCloseTo(1);
    expect(sq.x).toBeCloseTo(200 / 1200);
    const wide = fitAspect(whole, '16:9', 1200, 800);
    expect((wide.width * 1200) / (wide.height * 800)).toBeCloseTo(16 / 9);
    // Turned a quarter, a 16:9 result needs a 9:16 piece of the photo.
    const turned = fitAspect(whole, '16:9', 1200, 800, 90);
    expect((turned.width * 1200) / (turned.height * 800)).toBeCloseTo(9 / 16);
    expect(fitAspect(sq, 'free', 1200, 800)).toMatchObject({ x: sq.x, width: sq.width, aspect: 'free' });
  });

  it('moves and resizes crops without leaving the photo, keeping the aspect', () => {
    const c = { x: 0.5, y: 0.5, width: 0.4, height: 0.4, aspect: '1:1' as const };
    expect(moveCrop(c, 0.5, 0.5)).toMatchObject({ x: 0.6, y: 0.6 });
    expect(moveCrop(c, -1, 0)).toMatchObject({ x: 0 });
    const r = resizeCrop(c, 0.8, 0.7, 1000, 1000);
    expect(r.width).toBeCloseTo(r.height);
    expect(r.x + r.width).toBeLessThanOrEqual(1);
    expect(clampCrop({ x: 0.9, y: -1, width: 0.5, height: 0 })).toEqual({ x: 0.5, y: 0, width: 0.5, height: 0.02 });
    expect([0, 90, 180, 270].map((r) => nextRotation(r as 0))).toEqual([90, 180, 270, 0]);
  });

  it('shows a crop as CSS over the whole preview', () => {
    const v = cropView({ x: 0.25, y: 0, width: 0.5, height: 1 }, 90, 1600, 800);
    expect(v.boxAspect).toBeCloseTo(1);
    expect(v.turned).toBe(true);
    expect(v.img).toEqual({ width: 200, height: 100, left: -50, top: -0 });
  });
});

describe('a figure in the text', () => {
  it('is a void block, and Enter on it opens a paragraph below, with the caret there', () => {
    const editor = article();
    const figure = figureFromAsset(asset(1), '', 'Ảnh: ');
    Transforms.insertNodes(editor, figure, { at: [3] });
    expect(editor.isVoid(editor.children[3] as FigureBlock)).toBe(true);
    Transforms.select(editor, Editor.start(editor, [3]));
    editor.insertBreak();
    expect(types(editor)).toEqual(['headline', 'sapo', 'paragraph', 'figure', 'paragraph', 'paragraph']);
    expect(editor.selection?.anchor.path).toEqual([4, 0]);
    expect((editor.children[3] as FigureBlock).assetId).toBe(figure.assetId);
  });
});
