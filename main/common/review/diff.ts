// A word-level diff between two versions of an article, the way an editor reads Vietnamese:
// a "word" is one syllable (Vietnamese writes syllables apart, so `thành phố` is two tokens and
// a changed tone changes one syllable, not a character inside it), text is compared in NFC
// (an NFD `Việt` from a Mac equals the NFC one), and punctuation is a token of its own, so a
// moved comma does not mark the neighbouring word changed. Numbers such as 4.000, 96,7 or
// 01/11/2023 stay whole.

import { diffArrays } from 'diff';
import type { Block } from '../article/model.ts';
import { nfc } from '../text/nfc.ts';
import { textUnits, unitKey, type TextField, type TextUnit } from './units.ts';

export type DiffOpKind = 'equal' | 'insert' | 'delete';
export interface DiffOp {
  op: DiffOpKind;
  text: string;
}

export interface UnitDiff {
  blockId: string;
  field: TextField;
  type: string;
  change: 'same' | 'changed' | 'added' | 'removed';
  ops: DiffOp[];
}

// A number starts where its digits start (never right after one): linear on a long run of digits.
const TOKEN = /(?<!\p{N})\p{N}+(?:[.,:/]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|\s+|[^\s]/gu;

/** Syllables, numbers, whitespace runs and single punctuation marks, in NFC. */
export function tokenize(text: string): string[] {
  return nfc(text).match(TOKEN) ?? [];
}

const isSpace = (t: string): boolean => /^\s+$/u.test(t);

function pushOp(ops: DiffOp[], op: DiffOpKind, text: string): void {
  if (!text) return;
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text += text;
  else ops.push({ op, text });
}

/**
 * Readable changes: a lone space kept "equal" between two changes is folded into them, so
 * `sâu sắc` → `rõ` reads as one replacement rather than two edits around a shared space; each
 * run of changes is then one deletion and one insertion, with shared outer spaces left equal.
 */
function tidyOps(raw: DiffOp[]): DiffOp[] {
  const absorbed = raw
    .map((o, i) =>
      o.op === 'equal' && /^\s+$/u.test(o.text) && raw[i - 1] && raw[i + 1] && raw[i - 1].op !== 'equal' && raw[i + 1].op !== 'equal'
        ? [
            { op: 'delete' as const, text: o.text },
            { op: 'insert' as const, text: o.text },
          ]
        : [o],
    )
    .flat();
  const out: DiffOp[] = [];
  let del = '';
  let ins = '';
  const flush = (): void => {
    let lead = '';
    while (del && ins && del[0] === ins[0] && /\s/u.test(del[0])) {
      lead += del[0];
      del = del.slice(1);
      ins = ins.slice(1);
    }
    let trail = '';
    while (del && ins && del[del.length - 1] === ins[ins.length - 1] && /\s/u.test(del[del.length - 1])) {
      trail = del[del.length - 1] + trail;
      del = del.slice(0, -1);
      ins = ins.slice(0, -1);
    }
    pushOp(out, 'equal', lead);
    pushOp(out, 'delete', del);
    pushOp(out, 'insert', ins);
    pushOp(out, 'equal', trail);
    del = '';
    ins = '';
  };
  for (const o of absorbed) {
    if (o.op === 'delete') del += o.text;
    else if (o.op === 'insert') ins += o.text;
    else {
      flush();
      pushOp(out, 'equal', o.text);
    }
  }
  flush();
  return out;
}

/** The word diff of two texts as runs of equal, deleted and inserted text (deletions first). */
export function diffText(before: string, after: string): DiffOp[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // Any whitespace equals any whitespace: a double space is not an edit an editor reviews.
  const changes = diffArrays(a, b, { comparator: (x: string, y: string) => x === y || (isSpace(x) && isSpace(y)) });
  const ops: DiffOp[] = [];
  for (const c of changes) pushOp(ops, c.added ? 'insert' : c.removed ? 'delete' : 'equal', c.value.join(''));
  return tidyOps(ops);
}

/** Per-unit word diff of two versions; units are matched by block id, in the newer order. */
export function diffArticles(before: readonly Block[], after: readonly Block[]): UnitDiff[] {
  const a = textUnits(before);
  const b = textUnits(after);
  const keys = (units: TextUnit[]): string[] => units.map((u) => unitKey(u.blockId, u.field));
  const oldByKey = new Map(a.map((u) => [unitKey(u.blockId, u.field), u]));
  const newByKey = new Map(b.map((u) => [unitKey(u.blockId, u.field), u]));
  const out: UnitDiff[] = [];
  for (const c of diffArrays(keys(a), keys(b))) {
    for (const key of c.value) {
      const oldU = oldByKey.get(key);
      const newU = newByKey.get(key);
      if (c.removed && oldU && !newByKey.has(key)) {
        out.push({
          blockId: oldU.blockId,
          field: oldU.field,
          type: oldU.type,
          change: 'removed',
          ops: oldU.text ? [{ op: 'delete', text: nfc(oldU.text) }] : [],
        });
      } else if (c.added && newU && !oldByKey.has(key)) {
        out.push({
          blockId: newU.blockId,
          field: newU.field,
          type: newU.type,
          change: 'added',
          ops: newU.text ? [{ op: 'insert', text: nfc(newU.text) }] : [],
        });
      } else if (newU && oldU && !c.removed) {
        // Present in both (in place, or moved: then shown once, where it now stands).
        const ops = diffText(oldU.text, newU.text);
        const same = ops.every((o) => o.op === 'equal') && oldU.type === newU.type;
        out.push({ blockId: newU.blockId, field: newU.field, type: newU.type, change: same ? 'same' : 'changed', ops });
      }
    }
  }
  return out;
}
