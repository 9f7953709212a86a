// How Vietnamese keyboards deliver a word to the page, simulated in real Chromium through the
// DevTools protocol (docs/vietnamese-input.md):
// - composition (macOS Telex/VNI, Windows' own keyboard, ibus pre-edit): Input.imeSetComposition
//   for each state of the word, then Input.insertText to commit;
// - Backspace bursts (UniKey, EVKey, OpenKey): the first letters pass through as plain keys; a
//   key that changes an earlier letter (`e` after `tie`, the tone key) is swallowed and the IME
//   sends Backspaces for the changed tail and the new tail as text, all at once.
// The states a word goes through are derived from the word itself (base letters first, each
// shape key right after its letter or at the end of the word, the tone key last or right after
// its vowel), so any NFC Vietnamese word can be a target without a full Telex engine.

import type { CDPSession, Page } from '@playwright/test';

export type Style = 'telex' | 'vni';

/** What the IME sends for one keystroke of the reporter. */
export type ImeAction = { kind: 'key'; char: string } | { kind: 'backspace' } | { kind: 'insert'; text: string };
export type Burst = ImeAction[];

const SHAPES = { '\u0302': 'circumflex', '\u0306': 'breve', '\u031B': 'horn' } as const;
const TONES = { '\u0301': 'sac', '\u0300': 'huyen', '\u0309': 'hoi', '\u0303': 'nga', '\u0323': 'nang' } as const;
type Shape = (typeof SHAPES)[keyof typeof SHAPES] | 'stroke';
type Tone = (typeof TONES)[keyof typeof TONES];

const SHAPE_MARK: Record<Exclude<Shape, 'stroke'>, string> = { circumflex: '\u0302', breve: '\u0306', horn: '\u031B' };
const TONE_MARK: Record<Tone, string> = { sac: '\u0301', huyen: '\u0300', hoi: '\u0309', nga: '\u0303', nang: '\u0323' };
const TELEX_TONE: Record<Tone, string> = { sac: 's', huyen: 'f', hoi: 'r', nga: 'x', nang: 'j' };
const VNI_TONE: Record<Tone, string> = { sac: '1', huyen: '2', hoi: '3', nga: '4', nang: '5' };
const VNI_SHAPE: Record<Shape, string> = { circumflex: '6', horn: '7', breve: '8', stroke: '9' };

interface Letter {
  base: string;
  shape: Shape | null;
  tone: Tone | null;
}

/** The word's letters: base letter, shape (â ă ơ ư đ) and tone, read from its NFD form. */
export function lettersOf(word: string): Letter[] {
  const out: Letter[] = [];
  for (const ch of word.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      out.push({ base: ch === 'đ' ? 'd' : 'D', shape: 'stroke', tone: null });
      continue;
    }
    const [base = ch, ...marks] = ch.normalize('NFD');
    const letter: Letter = { base, shape: null, tone: null };
    for (const m of marks) {
      if (m in SHAPES) letter.shape = SHAPES[m as keyof typeof SHAPES];
      else if (m in TONES) letter.tone = TONES[m as keyof typeof TONES];
      else letter.base += m;
    }
    out.push(letter);
  }
  return out;
}

const render = (letters: Letter[], shaped: Set<number>, toned: Set<number>): string =>
  letters
    .map((l, i) => {
      if (l.shape === 'stroke' && shaped.has(i)) return l.base === 'd' ? 'đ' : 'Đ';
      let s = l.base;
      if (l.shape && l.shape !== 'stroke' && shaped.has(i)) s += SHAPE_MARK[l.shape];
      if (l.tone && toned.has(i)) s += TONE_MARK[l.tone];
      return s.normalize('NFC');
    })
    .join('');

/** A small seeded generator, so a failing run can be repeated exactly. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

export interface Keystroke {
  /** The key the reporter presses. */
  key: string;
  /** What the word looks like on screen after it. */
  shown: string;
}

/**
 * The reporter's keystrokes for `word` in Telex or VNI, with the word as shown after each one.
 * `late` puts shape keys at the end of the word (free typing: `tieng6` in VNI); `earlyTone` types
 * the tone key right after its vowel instead of last.
 */
export function keystrokes(word: string, style: Style, opts: { late?: boolean; earlyTone?: boolean } = {}): Keystroke[] {
  const letters = lettersOf(word);
  const typed: Letter[] = [];
  const shaped = new Set<number>();
  const toned = new Set<number>();
  const out: Keystroke[] = [];
  const push = (key: string): void => {
    out.push({ key, shown: render(typed, shaped, toned) });
  };
  const upper = (l: Letter): boolean => l.base !== l.base.toLowerCase();
  const shapeKey = (i: number): string => {
    const l = letters[i] as Letter;
    if (style === 'vni') return VNI_SHAPE[l.shape as Shape];
    const key = l.shape === 'circumflex' || l.shape === 'stroke' ? (l.base[0] ?? '') : 'w';
    return upper(l) ? key.toUpperCase() : key.toLowerCase();
  };
  const toneKey = (t: Tone): string => (style === 'vni' ? VNI_TONE[t] : TELEX_TONE[t]);
  const toneAt = letters.findIndex((l) => l.tone !== null);
  // In Telex one `w` after `uo` makes `ươ`; VNI's 7 does the same.
  const hornPair = (i: number): boolean =>
    letters[i]?.shape === 'horn' && letters[i + 1]?.shape === 'horn' && /^[uU]$/.test(letters[i]?.base ?? '');
  const pendingShapes: number[] = [];
  letters.forEach((l, i) => {
    typed.push(l);
    push(l.base);
    if (l.shape && !hornPair(i)) {
      const group = i > 0 && hornPair(i - 1) ? [i - 1, i] : [i];
      if (opts.late) pendingShapes.push(...group);
      else {
        group.forEach((g) => shaped.add(g));
        push(shapeKey(i));
      }
    }
    if (opts.earlyTone && i === toneAt && l.tone) {
      toned.add(i);
      push(toneKey(l.tone));
    }
  });
  for (let k = 0; k < pendingShapes.length; k++) {
    const i = pendingShapes[k] as number;
    shaped.add(i);
    if (hornPair(i)) continue; // the pair's second letter carries the key
    push(shapeKey(i));
  }
  const tone = letters[toneAt]?.tone;
  if (tone && !toned.has(toneAt)) {
    toned.add(toneAt);
    push(toneKey(tone));
  }
  return out;
}

/** The composition states of a word (t, ti, tie, tiê, tiên, tiêng, tiếng for `tiếng`). */
export function compositionSteps(word: string, style: Style = 'telex'): string[] {
  return keystrokes(word, style).map((k) => k.shown);
}

/**
 * What a UniKey-like IME sends for `word`: one burst per keystroke. A key that only adds a letter
 * passes through; any other becomes Backspaces for the changed tail plus the new tail as text.
 */
export function backspaceBursts(word: string, style: Style, opts: { late?: boolean; earlyTone?: boolean } = {}): Burst[] {
  let shown = '';
  return keystrokes(word, style, opts).map(({ key, shown: next }) => {
    const a = Array.from(shown);
    const b = Array.from(next);
    let same = 0;
    while (same < a.length && same < b.length && a[same] === b[same]) same++;
    shown = next;
    const removed = a.length - same;
    const added = b.slice(same).join('');
    if (removed === 0 && added === key) return [{ kind: 'key', char: key }];
    return [
      ...Array.from({ length: removed }, (): ImeAction => ({ kind: 'backspace' })),
      ...(added ? [{ kind: 'insert', text: added } as ImeAction] : []),
    ];
  });
}

/** Bursts for a run of words separated by Space, with a random style and key order per word. */
export function sentenceBursts(words: string[], random: () => number): Burst[] {
  const out: Burst[] = [];
  words.forEach((w, i) => {
    if (i > 0) out.push([{ kind: 'key', char: ' ' }]);
    const style: Style = random() < 0.5 ? 'telex' : 'vni';
    out.push(...backspaceBursts(w, style, { late: style === 'vni' && random() < 0.5, earlyTone: random() < 0.3 }));
  });
  return out;
}

/** Words reporters type, with every shape and tone, capitals and an apostrophe. */
export const WORDS = [
  'người',
  'được',
  'khuya',
  'thuyền',
  'Nguyễn',
  'ĐẮK',
  'LẮK',
  "H'Mông",
  'tiếng',
  'Việt',
  'đoàn',
  'kết',
  'Quang',
  'Bình',
  'chi',
  'bộ',
  'bốn',
  'tốt',
  'Đảng',
  'huyện',
  'ủy',
  'quyết',
  'liệt',
  'nghiêm',
  'túc',
  'quán',
  'triệt',
  'nghị',
  'quyết',
  'cán',
  'đảng',
  'viên',
  'phổ',
  'biến',
  'lượt',
  'thường',
  'xuyên',
  'nhiệm',
  'vụ',
  'chính',
  'trị',
  'hướng',
  'dẫn',
  'văn',
  'hiện',
  'thực',
  'hóa',
  'mục',
  'tiêu',
  'chuyển',
  'biến',
  'rõ',
  'nét',
  'giúp',
  'đẩy',
  'lùi',
  'suy',
  'thoái',
  'tư',
  'tưởng',
  'Mèo',
  'Vạc',
  'Lũng',
  'Cú',
  'Pà',
  'Thẻn',
  'Hầu',
  'Lềnh',
  'khuỷu',
  'ngoằn',
  'nghoèo',
  'giữa',
  'ưu',
  'ươn',
  'ướt',
  'Ưng',
  'Ơn',
  'Ấm',
  'ẩm',
  'ỗi',
  'ừ',
  'yểu',
  'quẫy',
  'gìn',
  'giặt',
  'ĐƯỜNG',
  'TRƯỜNG',
  'Thủy',
  'thuỷ',
  'hoà',
  'hòa',
  'xã',
  'Yên',
  'Lập',
  'Thành',
  'Bằng',
  'Lang',
  'Xuân',
  'Giang',
  'Tả',
  'Ván',
  'Quản',
  'Bạ',
  'HĐND',
  'UBND',
  'BTV',
  'đồng',
  'chí',
];

/**
 * What the article's text shows for typed `text` with curly quotes on (the default): an
 * apostrophe after a letter becomes ’ (`H'Mông` → `H’Mông`). The plain fields that do not turn
 * quotes (byline, credit) show `text` itself.
 */
export const asTypedInArticle = (text: string): string => text.replace(/(?<=\p{L})'/gu, '’');

/** `count` words drawn from WORDS. */
export function randomWords(count: number, random: () => number): string[] {
  return Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)] as string);
}

// ---- Driving Chromium -------------------------------------------------------------------------

const keyCodeOf = (ch: string): number => {
  if (/^[a-z]$/i.test(ch)) return ch.toUpperCase().charCodeAt(0);
  if (/^[0-9]$/.test(ch)) return ch.charCodeAt(0);
  if (ch === ' ') return 32;
  if (ch === '\r') return 13;
  if (ch === "'") return 222;
  return 0;
};

/** The protocol messages for one IME action (keyDown/keyUp pairs like a real key). */
function messages(action: ImeAction, insertAs: 'insertText' | 'packet'): Array<[string, Record<string, unknown>]> {
  if (action.kind === 'backspace') {
    const key = { key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8, nativeVirtualKeyCode: 8 };
    return [
      ['Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }],
      ['Input.dispatchKeyEvent', { type: 'keyUp', ...key }],
    ];
  }
  const text = action.kind === 'key' ? action.char : action.text;
  const code = action.kind === 'key' ? keyCodeOf(text) : 0;
  if (action.kind === 'insert' && insertAs === 'insertText') return [['Input.insertText', { text }]];
  if (code === 0 && action.kind === 'key') return [['Input.insertText', { text }]];
  // A plain key, or (UniKey's SendInput) each character as a VK_PACKET key with its text.
  return Array.from(text).flatMap((ch): Array<[string, Record<string, unknown>]> => {
    const vk = action.kind === 'key' ? code : 231;
    return [
      [
        'Input.dispatchKeyEvent',
        { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch, windowsVirtualKeyCode: vk, nativeVirtualKeyCode: vk },
      ],
      ['Input.dispatchKeyEvent', { type: 'keyUp', key: ch, windowsVirtualKeyCode: vk, nativeVirtualKeyCode: vk }],
    ];
  });
}

export interface BurstOptions {
  /** Pause between keystrokes, ms: [min, max]; within a burst there is none. */
  gapMs?: [number, number];
  /** How the IME's replacement text arrives: one insertText, or a key per character. */
  insertAs?: 'insertText' | 'packet';
  random?: () => number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Sends the bursts without waiting for Chromium to handle any of them (an IME does not wait for
 * the page's frame): every message is queued at once, the gaps only space the keystrokes out.
 */
export async function sendBursts(cdp: CDPSession, bursts: Burst[], opts: BurstOptions = {}): Promise<void> {
  const [min, max] = opts.gapMs ?? [0, 0];
  const random = opts.random ?? Math.random;
  const pending: Promise<unknown>[] = [];
  for (const burst of bursts) {
    for (const action of burst) {
      for (const [method, params] of messages(action, opts.insertAs ?? 'insertText')) {
        pending.push((cdp.send as (m: string, p: unknown) => Promise<unknown>)(method, params));
      }
    }
    const gap = min + Math.floor(random() * (max - min + 1));
    if (gap > 0) await sleep(gap);
  }
  await Promise.all(pending);
}

/** Composes `steps` through the IME path; commits the last step (or `commit`) unless commit is false. */
export async function compose(cdp: CDPSession, steps: string[], commit: string | false = steps[steps.length - 1] ?? ''): Promise<void> {
  for (const step of steps)
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  if (commit !== false) await cdp.send('Input.insertText', { text: commit });
}

/** Composes a whole word the way macOS/ibus Telex shows it, then commits it. */
export async function composeWord(cdp: CDPSession, word: string, commit: string = word): Promise<void> {
  await compose(cdp, compositionSteps(word), commit);
}

/** A key event while a composition is open, as IMEs report it (key 'Process', keyCode 229). */
export async function processKey(cdp: CDPSession, code: string, modifiers = 0): Promise<void> {
  const key = { key: 'Process', code, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229, modifiers };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
}

/** A CDP session on the page (detach it when done, or let the page close it). */
export const cdpFor = (page: Page): Promise<CDPSession> => page.context().newCDPSession(page);

/** Slows the page's CPU (4 = four times slower), or restores it with rate 1. */
export async function throttleCpu(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

// ---- Running text -----------------------------------------------------------------------------

/** Words (letters and marks, with an inner apostrophe) and what lies between them. */
export const tokens = (text: string): string[] => text.normalize('NFC').match(/[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*|[^\p{L}\p{M}]+/gu) ?? [];
const isWord = (token: string): boolean => /^[\p{L}\p{M}]/u.test(token);

/** How one word is typed: the style and the order of its keys (see keystrokes). */
export interface WordStyle {
  style: Style;
  late?: boolean;
  earlyTone?: boolean;
}

/**
 * Bursts for running text: words through Telex/VNI, spaces and ASCII as keys, the rest as text.
 * Each word in a random style and key order, or every word in `fixed`.
 */
export function textBursts(text: string, random: () => number, fixed?: WordStyle): Burst[] {
  return tokens(text).flatMap((t): Burst[] => {
    if (isWord(t)) {
      if (fixed) return backspaceBursts(t, fixed.style, fixed);
      const style: Style = random() < 0.5 ? 'telex' : 'vni';
      return backspaceBursts(t, style, { late: style === 'vni' && random() < 0.5, earlyTone: random() < 0.3 });
    }
    return Array.from(t).map((ch): Burst =>
      /^[ -~]$/.test(ch) && keyCodeOf(ch) !== 0 ? [{ kind: 'key', char: ch }] : [{ kind: 'insert', text: ch }],
    );
  });
}

/**
 * Running text through the composition path: each word composed step by step and committed,
 * the rest committed as text. Every message is queued at once, then awaited together.
 */
export async function composeText(cdp: CDPSession, text: string): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const parts = tokens(text);
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i] as string;
    if (!isWord(t)) {
      pending.push(cdp.send('Input.insertText', { text: t }));
      continue;
    }
    for (const step of compositionSteps(t))
      pending.push(cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length }));
    // Like Windows' own keyboard, the Space or punctuation after a word is committed with it.
    const after = parts[i + 1] !== undefined && !isWord(parts[i + 1] as string) ? (parts[++i] as string) : '';
    pending.push(cdp.send('Input.insertText', { text: t + after }));
  }
  await Promise.all(pending);
}

// ---- Every way a Vietnamese keyboard types ----------------------------------------------------

/** A way of typing Vietnamese, by name, for tests that run one case per keyboard. */
export interface ImeMethod {
  name: string;
  /** Types `text` where the keyboard is (the caller clicked or tabbed there first). */
  type(page: Page, text: string): Promise<void>;
}

const bursts = (name: string, fixed: WordStyle, insertAs: 'insertText' | 'packet'): ImeMethod => ({
  name,
  type: async (page, text) => {
    const cdp = await cdpFor(page);
    const random = seeded(29);
    await sendBursts(cdp, textBursts(text, random, fixed), { gapMs: [0, 5], insertAs, random });
    await cdp.detach();
  },
});

/**
 * Every method ime.ts simulates: an IME's composition (macOS Telex/VNI, Windows' keyboard, ibus),
 * UniKey's Backspace bursts in Telex (marks after their letter, the tone key last) and in VNI
 * (marks and tone typed after the word, the tone early; its text sent as VK_PACKET keys).
 */
export const IME_METHODS: ImeMethod[] = [
  {
    name: 'composition',
    type: async (page, text) => {
      const cdp = await cdpFor(page);
      await composeText(cdp, text);
      await cdp.detach();
    },
  },
  bursts('UniKey Telex', { style: 'telex' }, 'insertText'),
  bursts('UniKey VNI', { style: 'vni', late: true, earlyTone: true }, 'packet'),
];
