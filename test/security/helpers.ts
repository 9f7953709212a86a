// Shared by the security tests: a Core over a temporary library, and an article to save while
// something hostile runs.

import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../main/common/article/model.ts';
import { createCore } from '../../main/core/app.ts';
import { createMemorySettings } from '../../main/core/settings/memory.ts';
import type { ErrorCode, Result } from '../../main/common/result.ts';
import type { Core, CoreOptions } from '../../main/core/types.ts';

/** Far above any honest answer (a 1 MB check takes about a second): a call past it is stalled. */
export const BOUND_MS = 30_000;

/** The errors a call may answer with: every code but INTERNAL (an unexpected throw). */
export const TYPED_CODES: ErrorCode[] = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CORRUPT',
  'CONFLICT',
  'UNSUPPORTED',
  'PATH_NOT_GRANTED',
  'BAD_IMAGE',
  'EXPORT',
  'REVIEW',
  'DESK',
  'LANGUAGE',
  'IMPORT',
];

/** The call's answer, or 'stalled' when none came within BOUND_MS. */
export async function bounded(answer: Promise<Result<unknown>>): Promise<Result<unknown> | 'stalled'> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<'stalled'>((resolve) => (timer = setTimeout(() => resolve('stalled'), BOUND_MS)));
  try {
    return await Promise.race([answer, stalled]);
  } finally {
    clearTimeout(timer);
  }
}

export interface Sandbox {
  /** A private folder; the library is `<dir>/library`. */
  dir: string;
  core: Core;
  close(): Promise<void>;
}

/** A Core over a fresh library in its own temporary folder. */
export async function sandboxCore(options: Partial<CoreOptions> = {}): Promise<Sandbox> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'dateline-security-')));
  const core = await createCore({ libraryDir: join(dir, 'library'), settings: createMemorySettings(), transport: 'direct', ...options });
  return {
    dir,
    core,
    async close() {
      await core.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Calls a method and returns its value; throws with the error's sentence otherwise. */
export async function call<T = unknown>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** A new article, and a save of a paragraph typed into it (what must never wait on a hostile call). */
export async function newArticle(core: Core): Promise<{ article: Article; save: (text: string) => Promise<unknown> }> {
  const article = await call<Article>(core, 'library.create', { headline: 'Sức mạnh đoàn kết' });
  let version = article.version;
  const save = async (text: string) => {
    const receipt = await call<{ version: number }>(core, 'library.save', {
      id: article.id,
      baseVersion: version,
      content: [...article.content, { id: `p-${version}`, type: 'paragraph', children: [{ text }] }],
    });
    version = receipt.version;
    return receipt;
  };
  return { article, save };
}
