import { Editor, Node, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../main/common/article/model.ts';
import { findInArticle, markFound, rangeInBlock, replaceAll, replaceMatch, findDecoratorOf } from '../../../renderer/editor/find.ts';
import { articleCounts } from '../../../renderer/editor/StatusBarCounts.ts';
import { endOfChange } from '../editor/helpers.ts';
import { editorOf } from './editor-of.ts';

function article(): Block[] {
  return [
    { id: 'h', type: 'headline', children: [{ text: 'Người dân Đà Nẵng' }] },
    { id: 's', type: 'sapo', children: [{ text: 'BHG - Những ' }, { text: 'người', bold: true }, { text: ' đi đầu.' }] },
    {
      id: 'p1',
      type: 'paragraph',
      children: [
        { text: 'Ông nói: “' },
        { type: 'link', url: 'https://x.vn', children: [{ text: 'nguoi' }] },
        { text: ' ta đến Đa Nang.”' },
      ],
    },
    {
      id: 'l',
      type: 'bulleted-list',
      children: [{ id: 'li', type: 'list-item', children: [{ text: 'người ' + 'người'.normalize('NFD') }] }],
    },
    { id: 'q', type: 'blockquote', children: [{ text: 'Mọi người.' }] },
    { id: 'f', type: 'figure', assetId: 'x', caption: 'người', credit: '', alt: '', layout: 'full', children: [{ text: '' }] },
    // The article editor never ends on a figure (with-figures.ts): a paragraph follows it.
    { id: 'end', type: 'paragraph', children: [{ text: '' }] },
  ];
}

const texts = (editor: Editor): string[] => editor.children.map((n) => Node.string(n));

describe('find in the article', () => {
  it('finds in headline, sapo, body, links, list items, quotes and photo captions', () => {
    const editor = editorOf(article());
    const found = findInArticle(editor, { query: 'nguoi', options: { ignoreTones: true } });
    const text = found.filter((m) => !m.field);
    expect(text.map((m) => Editor.string(editor, m.range))).toEqual([
      'Người',
      'người',
      'nguoi',
      'người',
      'người'.normalize('NFD'),
      'người',
    ]);
    expect(found.slice(text.length)).toMatchObject([{ path: [5], field: 'caption', start: 0, end: 5 }]);
    expect(findInArticle(editor, { query: 'người', options: {} })).toHaveLength(6);
    expect(
      findInArticle(editor, { query: 'Đa Nang', options: { ignoreTones: true, matchCase: true } }).map((m) =>
        Editor.string(editor, m.range),
      ),
    ).toEqual(['Đà Nẵng', 'Đa Nang']);
  });

  it('maps a match across leaves (marks, links) to a Slate range', () => {
    const block = article()[1] as Extract<Block, { type: 'sapo' }>;
    expect(rangeInBlock(block, [1], 6, 17)).toEqual({ anchor: { path: [1, 0], offset: 6 }, focus: { path: [1, 1], offset: 5 } });
    // Starting on a leaf boundary: the next leaf; ending on one: the previous.
    expect(rangeInBlock(block, [1], 12, 17)).toEqual({ anchor: { path: [1, 1], offset: 0 }, focus: { path: [1, 1], offset: 5 } });
  });

  it('replace all is one undo step, across marks and decomposed text', () => {
    const editor = editorOf(article());
    const before = texts(editor);
    const matches = findInArticle(editor, { query: 'nguoi', options: { ignoreTones: true } });
    expect(replaceAll(editor, matches, 'ai')).toBe(7);
    // Each match keeps its case pattern: the headline's capital stays (replace-case.ts).
    expect(texts(editor)).toEqual([
      'Ai dân Đà Nẵng',
      'BHG - Những ai đi đầu.',
      'Ông nói: “ai ta đến Đa Nang.”',
      'ai ai',
      'Mọi ai.',
      '',
      '',
    ]);
    expect(editor.children[5]).toMatchObject({ caption: 'ai' });
    expect(editor.history.undos).toHaveLength(1);
    editor.undo();
    // Undo brings the text back as the article editor stores every string: in NFC (article-rules.ts).
    expect(texts(editor)).toEqual(before.map((t) => t.normalize('NFC')));
    expect(editor.children[5]).toMatchObject({ caption: 'người' });
    expect(Node.string(editor.children[3])).toBe('người người'.normalize('NFC'));
  });

  it('replace all right after typing is a step of its own: undo keeps what was typed', async () => {
    const editor = editorOf(article());
    Transforms.select(editor, Editor.end(editor, [4]));
    for (const letter of ' người') {
      editor.insertText(letter);
      await endOfChange();
    }
    expect(texts(editor)[4]).toBe('Mọi người. người');
    replaceAll(editor, findInArticle(editor, { query: 'người', options: {} }), 'ai');
    await endOfChange();
    expect(texts(editor)[4]).toBe('Mọi ai. ai');
    editor.undo();
    expect(texts(editor)[4]).toBe('Mọi người. người');
  });

  it('replace one changes only the current match, as its own undo step', () => {
    const editor = editorOf(article());
    const [, second] = findInArticle(editor, { query: 'người', options: { wholeWord: true } });
    replaceMatch(editor, second, 'Nguyễn'.normalize('NFD'));
    expect(texts(editor)[1]).toBe('BHG - Những Nguyễn đi đầu.');
    expect(texts(editor)[1]).toBe(texts(editor)[1].normalize('NFC'));
    editor.undo();
    expect(texts(editor)[1]).toBe('BHG - Những người đi đầu.');
  });

  it('the decorator marks matches and the current one', () => {
    const editor = editorOf(article());
    const matches = findInArticle(editor, { query: 'nguoi', options: { ignoreTones: true } });
    markFound(editor, { query: 'nguoi', options: { ignoreTones: true } }, matches[1]);
    const decorate = findDecoratorOf(editor);
    const ranges = decorate([editor.children[1], [1]]);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]).toMatchObject({
      anchor: { path: [1, 1], offset: 0 },
      focus: { path: [1, 1], offset: 5 },
      findMatch: true,
      findCurrent: true,
    });
    expect(decorate([editor.children[0], [0]])).toHaveLength(1);
    expect(decorate([editor.children[0], [0]])[0]).not.toHaveProperty('findCurrent');
    // A link is inline: its block marks it; the figure holds no text to mark.
    expect(decorate([(editor.children[2] as { children: Node[] }).children[1], [2, 1]])).toEqual([]);
    expect(decorate([editor.children[5], [5]])).toEqual([]);
    markFound(editor, null, null);
    expect(findDecoratorOf(editor)([editor.children[1], [1]])).toEqual([]);
  });
});

describe('status bar counts', () => {
  it('counts the sapo without the prefix, the body without captions, and caches per block', () => {
    const content = article();
    const counts = articleCounts(content, 'BHG');
    expect(counts.sapo.chu).toBe(4); // Những người đi đầu.
    expect(counts.body.chu).toBe(7 + 2 + 2);
    const edited = [...content];
    edited[4] = { id: 'q', type: 'blockquote', children: [{ text: 'Mọi người đều vui.' }] };
    expect(articleCounts(edited, 'BHG').body.chu).toBe(7 + 2 + 4);
    expect(articleCounts(content, 'BHG').body.chu).toBe(11);
  });
});
