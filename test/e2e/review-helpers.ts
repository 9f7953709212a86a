// What the review end-to-end tests share: the editor's laptop (a second core and browser host over
// its own library and keys, on the same desk as the fixture's reporter), the mouse gestures a
// person uses on the review screen's text, and axe's verdict on a screen.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import type { Input, MethodName, Output } from '../../main/common/contract/index.ts';
import { createCore } from '../../main/core/app.ts';
import { createConfSettings } from '../../main/core/settings/conf-store.ts';
import type { Core } from '../../main/core/types.ts';
import { startHost, type Host } from '../../main/host/server.ts';
import type { Dateline } from './fixtures.ts';

export type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

export interface Laptop {
  core: Core;
  host: Host;
  call: Call;
  close: () => Promise<void>;
}

/** A second laptop: a core and a browser host over `<root>/<name>-library`. */
export async function laptop(root: string, name: string, rendererDir: string): Promise<Laptop> {
  const core = await createCore({
    libraryDir: join(root, `${name}-library`),
    settings: createConfSettings({ dir: join(root, `${name}-config`) }),
    transport: 'host',
  });
  const host = await startHost({ core, port: 0, rendererDir });
  const call: Call = async (method, input) => {
    const r = await core.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as never;
  };
  return {
    core,
    host,
    call,
    close: async () => {
      await host.close();
      await core.close();
    },
  };
}

/** The fixture's reporter and an editor's laptop on one desk, each trusting the other's key. */
export async function editorFor(dateline: Dateline, root: string, desk: string, rendererDir: string): Promise<Laptop> {
  const editor = await laptop(root, 'editor', rendererDir);
  await dateline.call('review.setProfile', { name: 'Trần Trung Hậu', roles: ['reporter'] });
  // As the hosts' `--desk` does: the page may name this folder.
  dateline.core.paths.grantFolder(desk);
  editor.core.paths.grantFolder(desk);
  await dateline.call('review.setDesk', { path: desk });
  await editor.call('review.setProfile', { name: 'Nguyễn Thị Biên', roles: ['editor'] });
  await editor.call('review.setDesk', { path: desk });
  const r = await editor.call('keys.import', { content: (await dateline.call('keys.export', {})).content });
  await editor.call('keys.trust', { keyId: r.keyId, roles: ['reporter'] });
  const e = await dateline.call('keys.import', { content: (await editor.call('keys.export', {})).content });
  await dateline.call('keys.trust', { keyId: e.keyId, roles: ['editor'] });
  return editor;
}

/** Where the letters `quote` stand in a block of the review screen (scrolled into view): first and last letter's boxes. */
async function lettersOf(page: Page, blockId: string, quote: string | null): Promise<{ first: DOMRect; last: DOMRect }> {
  return page.evaluate(
    ({ blockId, quote }) => {
      const block = document.querySelector(`.review-article [data-block-id="${blockId}"]`) as HTMLElement;
      block.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let found: { node: Node; at: number; length: number } | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        if (quote === null) {
          if (text.trim()) found = { node: n, at: text.trimEnd().length - 1, length: 1 };
        } else if (text.includes(quote)) {
          found = { node: n, at: text.indexOf(quote), length: quote.length };
          break;
        }
      }
      if (!found) throw new Error(`no “${quote}” in ${blockId}`);
      const { node } = found;
      const box = (from: number): DOMRect => {
        const r = document.createRange();
        r.setStart(node, from);
        r.setEnd(node, from + 1);
        return r.getBoundingClientRect().toJSON() as DOMRect;
      };
      return { first: box(found.at), last: box(found.at + found.length - 1) };
    },
    { blockId, quote },
  );
}

/** Selects `quote` in a block of the review screen with the mouse: press before it, drag past it. */
export async function dragSelect(page: Page, blockId: string, quote: string): Promise<void> {
  const { first, last } = await lettersOf(page, blockId, quote);
  await page.mouse.move(first.left + 1, first.top + first.height / 2);
  await page.mouse.down();
  await page.mouse.move(last.right - 1, last.top + last.height / 2, { steps: 4 });
  await page.mouse.up();
}

/** Clicks just after `after` in a block of the review screen (after its last letter when omitted). */
export async function clickAfter(page: Page, blockId: string, after?: string): Promise<void> {
  const { last } = await lettersOf(page, blockId, after ?? null);
  await page.mouse.click(last.right - 1, last.top + last.height / 2);
  // slate-react reads the caret after a click at most every 100 ms (docs/vietnamese-input.md).
  await page.evaluate(() => new Promise((r) => setTimeout(r, 150)));
}

/**
 * Serious and critical axe violations in a screen, as `rule: target` lines. (The masthead around
 * it is the app shell's; its faint tagline falls short of AA contrast, a colour of styles.css.)
 */
export async function axeProblems(page: Page, include: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(include).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
