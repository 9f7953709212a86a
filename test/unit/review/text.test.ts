// The pure parts of review: the content hash's canonical form, the Vietnamese word diff,
// anchors that follow the text, suggestions applied on blocks with marks and links, and the
// merge of both sides' notes.

import { describe, expect, it } from 'vitest';
import { emptyMeta, type Article, type Block } from '../../../main/common/article/model.ts';
import { normalizeContent } from '../../../main/common/article/normalize.ts';
import { makeAnchor, resolveAnchor } from '../../../main/common/review/anchor.ts';
import { canonicalArticle, contentHash } from '../../../main/common/review/canonical.ts';
import { diffArticles, diffText, tokenize } from '../../../main/common/review/diff.ts';
import {
  acceptSuggestions,
  mergeNotes,
  rejectSuggestions,
  type Person,
  type ReviewNotes,
  type Suggestion,
  type Thread,
} from '../../../main/common/review/notes.ts';
import { approvalStatus } from '../../../main/common/review/status.ts';
import type { DecisionRecord, SubmissionRecord } from '../../../main/common/review/types.ts';
import { replaceInUnit, textUnits } from '../../../main/common/review/units.ts';
import { contentHashOf } from '../../../main/core/review/hash.ts';
import { fixtureContent } from './helpers.ts';

const editor: Person = { keyId: 'e'.repeat(64), name: 'Biên tập' };
const T = '2025-01-05T10:43:00.000Z';

function article(content: Block[], meta = emptyMeta()): Article {
  return { schemaVersion: 1, id: 'a-0m4x1k2p-7f3k9q', version: 3, createdAt: T, updatedAt: T, status: 'draft', meta, content };
}

const para = (id: string, ...children: Record<string, unknown>[]): Block => ({ type: 'paragraph', id, children }) as unknown as Block;
const unitText = (content: Block[], id: string, field = 'text'): string =>
  textUnits(content).find((u) => u.blockId === id && u.field === field)?.text ?? '∅';

function suggestion(
  content: Block[],
  id: string,
  blockId: string,
  start: number,
  end: number,
  insert: string,
  field: 'text' | 'caption' = 'text',
): Suggestion {
  const anchor = makeAnchor(textUnits(content), blockId, field, start, end);
  if (!anchor) throw new Error('bad anchor');
  return { id, author: editor, createdAt: T, anchor, insert, status: 'open' };
}

describe('content hash', () => {
  it('is the same whatever the key order, Unicode form, run splitting or false marks', async () => {
    const a = article([para('p1', { text: 'Tiếng Việt ', bold: true }, { text: 'có dấu', bold: true }, { text: '.' })]);
    const b = article([
      para('p1', { bold: true, text: 'Tie\u0302\u0301ng Vie\u0323\u0302t có dấu' }, { text: '.', italic: false }, { text: '' }),
    ]);
    b.meta = { ...b.meta, tags: [], slug: '' };
    expect(canonicalArticle(a)).toBe(canonicalArticle(b));
    expect(contentHashOf(a)).toBe(contentHashOf(b));
    // WebCrypto (renderer) and node:crypto (services) agree.
    expect(await contentHash(a)).toBe(contentHashOf(a));
  });

  it('survives the library normalising the content on save', async () => {
    const content = await fixtureContent(['f'.repeat(64)]);
    const raw = article([
      ...content,
      para('link', { text: 'Xem ' }, { type: 'link', url: 'https://baohagiang.vn', children: [{ text: 'báo' }] }),
    ]);
    expect(contentHashOf({ ...raw, content: normalizeContent(raw.content) })).toBe(contentHashOf(raw));
  });

  it('changes with the text, the metadata and the photos, not with the desk note, version or status', () => {
    const base = article([para('p1', { text: 'Một câu.' })]);
    const h = contentHashOf(base);
    expect(contentHashOf({ ...base, content: [para('p1', { text: 'Một câu!' })] })).not.toBe(h);
    expect(contentHashOf({ ...base, content: [para('p1', { text: 'Một câu.', italic: true })] })).not.toBe(h);
    expect(contentHashOf({ ...base, meta: { ...base.meta, category: 'Xã hội' } })).not.toBe(h);
    expect(contentHashOf({ ...base, id: 'a-0m4x1k2p-000000' })).not.toBe(h);
    const fig = (assetId: string): Block => ({
      type: 'figure',
      id: 'f',
      assetId,
      caption: '',
      credit: '',
      alt: '',
      layout: 'medium',
      children: [{ text: '' }],
    });
    expect(contentHashOf({ ...base, content: [fig('a'.repeat(64))] })).not.toBe(contentHashOf({ ...base, content: [fig('b'.repeat(64))] }));
    const later: Article = {
      ...base,
      meta: { ...base.meta, editorNote: 'Anh xem giúp em đoạn 2' },
      version: 9,
      status: 'submitted',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(contentHashOf(later)).toBe(h);
  });
});

describe('Vietnamese word diff', () => {
  it('splits syllables, keeps punctuation apart and numbers whole, in NFC', () => {
    expect(tokenize('Hà Giang, 4.000 lượt (96,7%) H\u2019Mông 01/11/2023.')).toEqual([
      'Hà',
      ' ',
      'Giang',
      ',',
      ' ',
      '4.000',
      ' ',
      'lượt',
      ' ',
      '(',
      '96,7',
      '%',
      ')',
      ' ',
      'H’Mông',
      ' ',
      '01/11/2023',
      '.',
    ]);
    expect(tokenize('Vie\u0323\u0302t')).toEqual(['Việt']);
  });

  it('marks a changed tone as a changed syllable and a moved comma as punctuation only', () => {
    expect(diffText('Hoà Bình, tỉnh', 'Hòa Bình tỉnh')).toEqual([
      { op: 'delete', text: 'Hoà' },
      { op: 'insert', text: 'Hòa' },
      { op: 'equal', text: ' Bình' },
      { op: 'delete', text: ',' },
      { op: 'equal', text: ' tỉnh' },
    ]);
    // An NFD copy of the same words is no change at all.
    expect(diffText('Tiếng Việt', 'Tie\u0302\u0301ng Vie\u0323\u0302t')).toEqual([{ op: 'equal', text: 'Tiếng Việt' }]);
    expect(diffText('nhận thức sâu sắc về', 'nhận thức rõ về')).toEqual([
      { op: 'equal', text: 'nhận thức ' },
      { op: 'delete', text: 'sâu sắc' },
      { op: 'insert', text: 'rõ' },
      { op: 'equal', text: ' về' },
    ]);
  });

  it('matches blocks by id: changed, added, removed, moved', () => {
    const before = [para('a', { text: 'Một hai ba.' }), para('b', { text: 'Bị xoá.' }), para('c', { text: 'Giữ nguyên.' })];
    const after = [para('c', { text: 'Giữ nguyên.' }), para('a', { text: 'Một hai bốn.' }), para('d', { text: 'Mới thêm.' })];
    const d = diffArticles(before, after);
    expect(d.map((u) => [u.blockId, u.change])).toEqual(
      expect.arrayContaining([
        ['a', 'changed'],
        ['b', 'removed'],
        ['c', 'same'],
        ['d', 'added'],
      ]),
    );
    expect(d).toHaveLength(4);
    expect(d.find((u) => u.blockId === 'a')?.ops).toEqual([
      { op: 'equal', text: 'Một hai ' },
      { op: 'delete', text: 'ba' },
      { op: 'insert', text: 'bốn' },
      { op: 'equal', text: '.' },
    ]);
  });
});

describe('anchors', () => {
  const content = [
    para('p1', { text: 'Đồng chí Trần Trung Thành, Trưởng ban Tổ chức Huyện ủy, chia sẻ.' }),
    para('p2', { text: 'Huyện ủy Quang Bình.' }),
  ];
  const units = textUnits(content);

  it('stay exact, follow edits before them, jump blocks, and are lost (kept) when their text goes', () => {
    const a = makeAnchor(units, 'p1', 'text', 9, 25);
    expect(a?.quote).toBe('Trần Trung Thành');
    expect(resolveAnchor(a!, units).state).toBe('exact');
    const edited = textUnits([para('p1', { text: 'Ông Trần Trung Thành, Trưởng ban Tổ chức Huyện ủy, chia sẻ.' }), content[1]]);
    const moved = resolveAnchor(a!, edited);
    expect(moved.state).toBe('moved');
    expect(moved.anchor.start).toBe(4);
    // The paragraph split: the quote is found in the new block.
    const split = textUnits([para('p1', { text: 'Đồng chí' }), para('p3', { text: 'Trần Trung Thành, Trưởng ban.' })]);
    expect(resolveAnchor(a!, split).anchor).toMatchObject({ blockId: 'p3', start: 0, end: 16 });
    const gone = resolveAnchor(a!, textUnits([para('p1', { text: 'Đồng chí Trưởng ban.' })]));
    expect(gone.state).toBe('lost');
    expect(gone.anchor).toEqual(a);
  });

  it('uses the context to choose between repeated words', () => {
    const second = 'Huyện ủy, chia';
    const a = makeAnchor(units, 'p1', 'text', content[0] ? units[0].text.indexOf(second) : 0, units[0].text.indexOf(second) + 8)!;
    expect(a.quote).toBe('Huyện ủy');
    const shifted = textUnits([para('p1', { text: 'Huyện ủy nói: Đồng chí Trần Trung Thành, Trưởng ban Tổ chức Huyện ủy, chia sẻ.' })]);
    const r = resolveAnchor(a, shifted);
    expect(shifted[0].text.slice(r.anchor.start, r.anchor.end + 6)).toBe('Huyện ủy, chia');
  });

  it('refuses a range outside the block', () => {
    expect(makeAnchor(units, 'p1', 'text', 5, 999)).toBeNull();
    expect(makeAnchor(units, 'nope', 'text', 0, 1)).toBeNull();
  });
});

describe('suggestions', () => {
  it('replace text across marks and links, keeping the marks of the replaced text', () => {
    const content = [
      para(
        'p',
        { text: 'Bài ' },
        { text: 'rất quan', bold: true },
        { text: ' trọng ' },
        { type: 'link', url: 'https://x.vn', children: [{ text: 'đây' }] },
        { text: '.' },
      ),
    ];
    // "rất quan " spans the bold run and the plain one after it.
    const out = replaceInUnit(content, 'p', 'text', 4, 13, 'then chốt ');
    expect(unitText(out!, 'p')).toBe('Bài then chốt trọng đây.');
    const runs = (out![0] as { children: { text?: string; bold?: boolean }[] }).children;
    expect(runs.slice(0, 3)).toEqual([{ text: 'Bài ' }, { text: 'then chốt ', bold: true }, { text: 'trọng ' }]);
    // Inserting right after a link does not extend the link.
    const after = replaceInUnit(content, 'p', 'text', 22, 22, ' nhé');
    expect(unitText(after!, 'p')).toBe('Bài rất quan trọng đây nhé.');
    const link = (after![0] as { children: { type?: string; children?: { text: string }[] }[] }).children.find((c) => c.type === 'link');
    expect(link?.children?.[0].text).toBe('đây');
    // The input is never changed.
    expect(unitText(content, 'p')).toBe('Bài rất quan trọng đây.');
  });

  it('are accepted one by one or all at once, from the end, and rejected without touching the text', async () => {
    const content = await fixtureContent(['c'.repeat(64)]);
    const sapo = unitText(content, 'b-sapo');
    const p0 = unitText(content, 'b-p0');
    const s1 = suggestion(content, 'g-000000001-aaaaaaaaaa', 'b-sapo', 0, 6, 'Báo Hà Giang - ');
    const at = sapo.indexOf('nhiệm vụ then chốt');
    const s2 = suggestion(content, 'g-000000002-aaaaaaaaaa', 'b-sapo', at, at + 'nhiệm vụ'.length, 'nhiệm vụ chính');
    const s3 = suggestion(content, 'g-000000003-aaaaaaaaaa', 'b-p0', p0.length, p0.length, ' (PV)');
    const s4 = suggestion(content, 'g-000000004-aaaaaaaaaa', 'b-f0', 0, 0, 'Ảnh: ', 'caption');
    const thread: Thread = {
      id: 't-000000001-aaaaaaaaaa',
      anchor: makeAnchor(textUnits(content), 'b-sapo', 'text', at, at + 8),
      comments: [],
      resolved: false,
      stateAt: T,
    };
    const notes: ReviewNotes = { threads: [thread], suggestions: [s1, s2, s3, s4] };

    const one = acceptSuggestions(content, notes, [s2.id], editor, T);
    expect(one.accepted).toEqual([s2.id]);
    expect(unitText(one.content, 'b-sapo')).toContain('là nhiệm vụ chính then chốt');
    expect(unitText(one.content, 'b-p0')).toBe(p0);

    const all = acceptSuggestions(one.content, one.notes, 'all', editor, T);
    expect(all.failed).toEqual([]);
    expect(all.accepted.sort()).toEqual([s1.id, s3.id, s4.id]);
    expect(unitText(all.content, 'b-sapo').startsWith('Báo Hà Giang - Nhận thức sâu sắc')).toBe(true);
    expect(unitText(all.content, 'b-sapo')).toContain('là nhiệm vụ chính then chốt');
    expect(unitText(all.content, 'b-p0').endsWith('(PV)')).toBe(true);
    expect(unitText(all.content, 'b-f0', 'caption').startsWith('Ảnh: Đảng viên')).toBe(true);
    // The comment on "nhiệm vụ" moved with the text inserted before it.
    const t = all.notes.threads[0];
    expect(unitText(all.content, 'b-sapo').slice(t.anchor!.start, t.anchor!.end)).toBe('nhiệm vụ');

    const rejected = rejectSuggestions(notes, 'all', editor, T);
    expect(rejected.rejected).toHaveLength(4);
    expect(rejected.notes.suggestions.every((s) => s.status === 'rejected' && s.decidedBy?.name === 'Biên tập')).toBe(true);
  });

  it('leave a suggestion open when its text is gone', () => {
    const content = [para('p', { text: 'Một hai ba.' })];
    const s = suggestion(content, 'g-000000005-aaaaaaaaaa', 'p', 4, 7, 'bốn');
    const changed = [para('p', { text: 'Một năm ba.' })];
    const r = acceptSuggestions(changed, { threads: [], suggestions: [s] }, 'all', editor, T);
    expect(r.failed).toEqual([s.id]);
    expect(r.notes.suggestions[0].status).toBe('open');
    expect(unitText(r.content, 'p')).toBe('Một năm ba.');
  });
});

describe('merging both sides’ notes', () => {
  it('keeps every comment and lets a decision beat an open suggestion', () => {
    const reporter: Person = { keyId: 'r'.repeat(64), name: 'Phóng viên' };
    const c = (id: string, by: Person, at: string) => ({ id, author: by, text: id, createdAt: at });
    const thread: Thread = {
      id: 't-000000001-aaaaaaaaaa',
      anchor: null,
      comments: [c('c-000000001-aaaaaaaaaa', editor, T)],
      resolved: false,
      stateAt: T,
    };
    const s: Suggestion = {
      id: 'g-000000001-aaaaaaaaaa',
      author: editor,
      createdAt: T,
      anchor: { blockId: 'p', field: 'text', start: 0, end: 1, quote: 'a', prefix: '', suffix: '' },
      insert: 'b',
      status: 'open',
    };
    const local: ReviewNotes = {
      threads: [{ ...thread, comments: [...thread.comments, c('c-000000003-aaaaaaaaaa', editor, '2025-01-05T12:00:00.000Z')] }],
      suggestions: [s],
    };
    const incoming: ReviewNotes = {
      threads: [
        {
          ...thread,
          comments: [...thread.comments, c('c-000000002-aaaaaaaaaa', reporter, '2025-01-05T11:00:00.000Z')],
          resolved: true,
          resolvedBy: reporter,
          stateAt: '2025-01-05T11:30:00.000Z',
        },
      ],
      suggestions: [{ ...s, status: 'accepted', decidedBy: reporter, decidedAt: '2025-01-05T11:00:00.000Z' }],
    };
    const m = mergeNotes(local, incoming);
    expect(m.threads[0].comments.map((x) => x.id)).toEqual(['c-000000001-aaaaaaaaaa', 'c-000000002-aaaaaaaaaa', 'c-000000003-aaaaaaaaaa']);
    expect(m.threads[0].resolved).toBe(true);
    expect(m.suggestions[0].status).toBe('accepted');
    // Merging is idempotent and symmetric in what it keeps.
    expect(mergeNotes(m, incoming)).toEqual(m);
    expect(mergeNotes(incoming, local).threads[0].comments).toHaveLength(3);
  });
});

describe('approval status', () => {
  const person: Person = { keyId: 'r'.repeat(64), name: 'PV' };
  const sub = (packageId: string, version: number, contentHash: string): SubmissionRecord => ({
    packageId,
    articleId: 'a-0m4x1k2p-7f3k9q',
    version,
    headline: '',
    contentHash,
    submittedAt: `2025-01-0${version}T00:00:00.000Z`,
    submitter: person,
    own: true,
    receivedAt: T,
  });
  const dec = (packageId: string, submissionId: string, verdict: 'approved' | 'returned', contentHash: string): DecisionRecord => ({
    packageId,
    articleId: 'a-0m4x1k2p-7f3k9q',
    submissionId,
    submissionHash: 'h1',
    verdict,
    note: '',
    contentHash,
    decidedAt: T,
    editor,
    own: false,
    receivedAt: T,
  });

  it('follows the content hash: submitted, changed, approved, voided, returned, conflict', () => {
    const id = 'a-0m4x1k2p-7f3k9q';
    expect(approvalStatus(id, 'h1', [], []).status).toBe('draft');
    const s1 = sub('s-000000001-aaaaaaaaaa', 1, 'h1');
    expect(approvalStatus(id, 'h1', [s1], []).status).toBe('submitted');
    expect(approvalStatus(id, 'h2', [s1], [])).toMatchObject({ status: 'draft', changedSinceSubmission: true });
    const ok = dec('d-000000001-aaaaaaaaaa', s1.packageId, 'approved', 'h1e');
    expect(approvalStatus(id, 'h1e', [s1], [ok])).toMatchObject({
      status: 'approved',
      locked: true,
      changedSinceSubmission: false,
      approval: { valid: true },
    });
    expect(approvalStatus(id, 'h3', [s1], [ok])).toMatchObject({ status: 'draft', locked: false, approval: { valid: false } });
    const back = dec('d-000000002-aaaaaaaaaa', s1.packageId, 'returned', 'h1');
    expect(approvalStatus(id, 'h1', [s1], [back]).status).toBe('returned');
    expect(approvalStatus(id, 'h1e', [s1], [ok, back])).toMatchObject({
      status: 'submitted',
      locked: false,
      conflict: [expect.anything(), expect.anything()],
    });
    // A newer submission leaves the old approval behind.
    const s2 = sub('s-000000002-aaaaaaaaaa', 2, 'h2');
    expect(approvalStatus(id, 'h1e', [s1, s2], [ok])).toMatchObject({ status: 'draft', approval: null });
    expect(approvalStatus(id, 'h2', [s1, s2], [ok]).status).toBe('submitted');
  });
});
