// Accessibility audits with axe-core on every screen and dialog, in Vietnamese and in English:
// no serious or critical violation, and the visible label is part of every control's accessible
// name (WCAG 2.5.3; axe's label-content-name-mismatch, experimental, is turned on for it).
// The scenes are set up through the api where that is not what is audited; the dialogs are opened
// the way a person opens them.

import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Input, MethodName, Output } from '../../main/common/contract/index.ts';
import type { Language } from '../../main/common/settings.ts';
import { createCore } from '../../main/core/app.ts';
import { createConfSettings } from '../../main/core/settings/conf-store.ts';
import { startHost } from '../../main/host/server.ts';
import { articleText, expect, test, type Dateline } from './fixtures.ts';
import { storyWithPhoto } from './stories.ts';

const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** Serious and critical violations, and any label-in-name mismatch, as readable lines. */
async function audit(page: Page, scene: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'label-content-name-mismatch')
    .map(
      (v) =>
        `${scene}: ${v.id} (${v.impact}) ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

let work: string;
test.beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dateline-a11y-'));
});
test.afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** An article with a real photo (and one trashed article), set up through the api. */
async function scene(dateline: Dateline): Promise<string> {
  const id = await storyWithPhoto(dateline, work);
  const gone = await dateline.call('library.create', { headline: 'Tin cũ' });
  await dateline.call('library.trash', { id: gone.id });
  return id;
}

for (const language of LANGUAGES)
  test(`the reporter’s screens and dialogs (${language})`, async ({ page, dateline }) => {
    test.setTimeout(400_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const id = await scene(dateline);
    const found: string[] = [];
    {
      await dateline.call('settings.set', { patch: { language } });
      const at = (name: string): string => `${language} ${name}`;

      await dateline.open(page);
      await expect(page.locator('table.articles')).toBeVisible();
      found.push(...(await audit(page, at('library'))));
      await page.keyboard.press('Control+/');
      await expect(page.getByRole('dialog')).toBeVisible();
      found.push(...(await audit(page, at('help'))));
      await page.keyboard.press('Escape');

      // The draft report (a draft opened from the chooser).
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Control+o');
      await (
        await chooser
      ).setFiles({
        name: 'ban-thao.html',
        mimeType: 'text/html',
        buffer: Buffer.from('<h1>Đường mới</h1><p>BHG - Bà con góp công.</p><p>Thân bài.</p><h3>Cùng chuyên mục</h3><p>Tin khác</p>'),
      });
      // The first HTML import loads its parser (jsdom): a while on a busy machine.
      await expect(page.locator('dialog.draft-report')).toBeVisible({ timeout: 60_000 });
      found.push(...(await audit(page, at('draft report'))));
      await page.keyboard.press('Escape');

      await page.goto(`${dateline.host.origin}/#/trash`);
      await expect(page.locator('table.articles')).toBeVisible();
      found.push(...(await audit(page, at('trash'))));

      await page.goto(`${dateline.host.origin}/#/settings`);
      await expect(page.locator('.settings-person')).toBeVisible();
      found.push(...(await audit(page, at('settings'))));

      // The editor with its photo, Find open, then each dialog.
      await page.goto(`${dateline.host.origin}/#/article/${id}`);
      const editor = articleText(page);
      await expect(editor.locator('figure.block-figure img')).toBeVisible({ timeout: 30_000 });
      found.push(...(await audit(page, at('editor with a photo'))));
      await editor.locator('[data-block-id="b-p"]').click();
      await page.keyboard.press('Control+h');
      await page.keyboard.type('đường');
      found.push(...(await audit(page, at('find and replace'))));
      await page.keyboard.press('Escape');

      await editor.locator('figure.block-figure .figure-actions button').first().click();
      await expect(page.locator('dialog.crop-dialog')).toBeVisible();
      found.push(...(await audit(page, at('crop'))));
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);

      await page.keyboard.press('Control+Shift+E');
      await expect(page.locator('.export-findings, .export-ok').first()).toBeVisible();
      found.push(...(await audit(page, at('export'))));
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+Alt+Shift+H');
      await expect(page.locator('.revision').first()).toBeVisible();
      await page.locator('.revision button').first().click();
      await expect(page.getByTestId('revision-preview')).toBeVisible();
      found.push(...(await audit(page, at('revisions'))));
      await page.keyboard.press('Escape');

      await editor.locator('[data-block-id="b-p"]').click();
      await page.keyboard.press('Control+Enter');
      await expect(page.locator('dialog.review-submit-dialog')).toBeVisible();
      found.push(...(await audit(page, at('submit'))));
      await page.keyboard.press('Escape');

      // What is printed: the print view kept on screen (window.print refuses to return).
      await page.evaluate(() => {
        window.print = () => {
          throw new Error('kept on screen for the audit');
        };
      });
      await page.emulateMedia({ media: 'print' });
      await page.keyboard.press('Control+P');
      await expect(page.locator('.print-root')).toBeVisible();
      found.push(...(await audit(page, at('print'))));
      await page.emulateMedia({ media: 'screen' });
    }
    expect(found).toEqual([]);
  });

test('the editor’s inbox and review screen, in Vietnamese and English', async ({ page, dateline, rendererDir }) => {
  test.setTimeout(400_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const desk = join(work, 'desk');
  const editorCore = await createCore({
    libraryDir: join(work, 'editor-library'),
    settings: createConfSettings({ dir: join(work, 'editor-config') }),
    transport: 'host',
  });
  const editorHost = await startHost({ core: editorCore, port: 0, rendererDir });
  const editorCall = async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
    const r = await editorCore.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as Output<M>;
  };
  try {
    await dateline.call('review.setProfile', { name: 'Trung Hậu', roles: ['reporter'] });
    // As the hosts' `--desk` does: the page may name this folder.
    dateline.core.paths.grantFolder(desk);
    editorCore.paths.grantFolder(desk);
    await dateline.call('review.setDesk', { path: desk });
    await editorCall('review.setProfile', { name: 'Nguyễn Thị Biên', roles: ['editor'] });
    await editorCall('review.setDesk', { path: desk });
    const reporterKey = await dateline.call('keys.export', {});
    const imported = await editorCall('keys.import', { content: reporterKey.content });
    await editorCall('keys.trust', { keyId: imported.keyId, roles: ['reporter'] });
    const id = await scene(dateline);
    await dateline.call('review.submit', { id });

    const found: string[] = [];
    for (const language of LANGUAGES) {
      await editorCall('settings.set', { patch: { language } });
      await page.goto(`${editorHost.url}#/inbox`);
      const item = page.locator('.inbox-item[data-state]');
      await expect(item).toBeVisible({ timeout: 30_000 });
      found.push(...(await audit(page, `${language} inbox`)));
      await item.getByRole('link').first().click();
      await expect(page.locator('.review-article')).toBeVisible();
      found.push(...(await audit(page, `${language} review`)));
    }
    expect(found).toEqual([]);
  } finally {
    await editorHost.close();
    await editorCore.close();
  }
});

test('the house-style panel (Văn phong) with findings, in Vietnamese and English', async ({ page, dateline }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // An article the house style has something to say about (the sapo's prefix), set up through the api.
  const created = await dateline.call('library.create', { headline: 'Đường về bản' });
  const content = created.content.map((b) => (b.type === 'sapo' ? { ...b, children: [{ text: 'BHG-Bà con góp công làm đường.' }] } : b));
  await dateline.call('library.save', {
    id: created.id,
    content: [...content, { type: 'paragraph', id: 'b-p', children: [{ text: 'Đảng viên đi đầu.' }] }] as never,
  });
  const found: string[] = [];
  for (const [language, name] of [
    ['vi', 'Văn phong'],
    ['en', 'House style'],
  ] as const) {
    await dateline.call('settings.set', { patch: { language } });
    await dateline.open(page, `#/article/${created.id}`);
    await page.reload();
    const editor = articleText(page);
    await expect(editor).toHaveAttribute('contenteditable', 'true');
    // Opened as a person does: from the text, Ctrl+Alt+X.
    await editor.locator('[data-block-id="b-p"]').click();
    await page.keyboard.press('Control+Alt+X');
    const panel = page.getByRole('complementary', { name });
    await expect(panel.locator('.style-finding[data-rule="prefix"]')).toBeVisible({ timeout: 30_000 });
    found.push(...(await audit(page, `${language} house style`)));
  }
  expect(found).toEqual([]);
});
