// The editor's side of the language worker: one worker for the window, started on first use,
// answers matched to questions by id. A worker that cannot start or load its dictionaries fails
// each question (the editor then simply shows no underlines), never the editor.

import type { SpellFinding } from '../../main/common/vietnamese/spell/checker.ts';
import type { StyleSettingsPatch } from '../../main/common/vietnamese/style/config.ts';
import type { StyleFinding, TextBlock } from '../../main/common/vietnamese/style/types.ts';
import type { TonePlacement } from '../../main/common/vietnamese/tone.ts';
import type { FromLanguageWorker, ToLanguageWorker } from './protocol.ts';

type Question = ToLanguageWorker extends infer Q ? (Q extends { id: number } ? Omit<Q, 'id'> : never) : never;

export interface LanguageWorker {
  check(texts: string[], userWords: string[], tonePlacement?: TonePlacement): Promise<SpellFinding[][]>;
  suggest(word: string, tonePlacement?: TonePlacement): Promise<string[]>;
  style(blocks: TextBlock[], settings: StyleSettingsPatch): Promise<StyleFinding[]>;
}

let shared: LanguageWorker | null = null;

/** The window's language worker. */
export function languageWorker(): LanguageWorker {
  shared ??= startWorker();
  return shared;
}

function startWorker(): LanguageWorker {
  const pending = new Map<number, { resolve: (m: FromLanguageWorker) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let worker: Worker | null = null;
  let broken: Error | null = null;

  const fail = (err: Error): void => {
    broken = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  function start(): Worker | null {
    if (worker || broken) return worker;
    try {
      worker = new Worker(new URL('./spell.worker.ts', import.meta.url), { type: 'module', name: 'dateline-language' });
    } catch (err) {
      fail(err instanceof Error ? err : new Error(String(err)));
      return null;
    }
    worker.onmessage = (event: MessageEvent<FromLanguageWorker>) => {
      const m = event.data;
      if (m.type === 'ready') return;
      if (m.type === 'failed') {
        console.error('language worker:', m.message);
        return;
      }
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.type === 'error') p.reject(new Error(m.message));
      else p.resolve(m);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(new Error(event.message || 'language worker failed'));
    };
    return worker;
  }

  function ask(question: Question): Promise<FromLanguageWorker> {
    const w = start();
    if (!w) return Promise.reject(broken ?? new Error('language worker unavailable'));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.postMessage({ ...question, id } as ToLanguageWorker);
    });
  }

  return {
    async check(texts, userWords, tonePlacement) {
      const m = await ask({ type: 'check', texts, userWords, ...(tonePlacement ? { tonePlacement } : {}) });
      return m.type === 'check' ? m.findings : [];
    },
    async suggest(word, tonePlacement) {
      const m = await ask({ type: 'suggest', word, ...(tonePlacement ? { tonePlacement } : {}) });
      return m.type === 'suggest' ? m.suggestions : [];
    },
    async style(blocks, settings) {
      const m = await ask({ type: 'style', blocks, settings });
      return m.type === 'style' ? m.findings : [];
    },
  };
}
