// The end-to-end fixture: a browser host started in this worker on port 0, over a fresh
// temporary library and settings folder per test, serving the renderer (built once if stale).

import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Input, MethodName, Output } from '../../main/common/contract/index.ts';
import type { Article } from '../../main/common/article/model.ts';
import { createCore } from '../../main/core/app.ts';
import { createConfSettings } from '../../main/core/settings/conf-store.ts';
import type { Core } from '../../main/core/types.ts';
import { ensureRendererBuilt } from '../../main/host/build.ts';
import { startHost, type Host } from '../../main/host/server.ts';

export const repoDir = fileURLToPath(new URL('../..', import.meta.url));

export interface Dateline {
  host: Host;
  core: Core;
  libraryDir: string;
  configDir: string;
  /** Calls a contract method directly (setting up a scene without clicking through it). */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Moves the services' clock forward (revisions are taken at most every few minutes). */
  advanceClock(ms: number): void;
  /** Opens the app in the page with this run's key, at a route (`#/article/<id>`). */
  open(page: Page, hash?: string): Promise<void>;
}

export const test = base.extend<{ dateline: Dateline; frameFirst: boolean }, { rendererDir: string }>({
  // Frame-first rendering (renderer/editor/slate-compat/frame-first.ts): `test.use({ frameFirst: false })`
  // opens the app with `frameFirst=0`, the way a reporter's setting turns it off.
  frameFirst: [true, { option: true }],
  rendererDir: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use(await ensureRendererBuilt(repoDir));
    },
    { scope: 'worker' },
  ],
  dateline: async ({ rendererDir, frameFirst }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-e2e-'));
    const libraryDir = join(root, 'library');
    const configDir = join(root, 'config');
    const settings = createConfSettings({ dir: configDir });
    let offset = 0;
    const core = await createCore({ libraryDir, settings, transport: 'host', clock: () => new Date(Date.now() + offset) });
    const host = await startHost({ core, port: 0, rendererDir });
    const call = async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
      const result = await core.dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as Output<M>;
    };
    const open = async (page: Page, hash = ''): Promise<void> => {
      await page.goto(host.url + (frameFirst ? '' : '&frameFirst=0') + hash);
    };
    const advanceClock = (ms: number): void => {
      offset += ms;
    };
    await use({ host, core, libraryDir, configDir, call, open, advanceClock });
    await host.close();
    await core.close();
    await rm(root, { recursive: true, force: true });
  },
});

export { expect };

/** The save indicator of the open article. */
export const saveStatus = (page: Page) => page.getByRole('status', { name: /Trạng thái lưu|Save status/ });

/** The article as stored, once it satisfies `expected` (autosave is asynchronous by design). */
export async function storedArticle(dateline: Pick<Dateline, 'call'>, id: string, expected: (a: Article) => boolean): Promise<Article> {
  let article: Article | undefined;
  await expect
    .poll(async () => {
      article = await dateline.call('library.get', { id });
      return expected(article);
    })
    .toBe(true);
  return article as Article;
}

/** The Slate editable of the open article. */
export const articleText = (page: Page) => page.locator('[data-slate-editor="true"]');
