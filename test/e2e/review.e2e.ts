// The review between two laptops in Chromium: two browser hosts over two libraries (a reporter's
// and an editor's) sharing one desk folder. The reporter makes a profile and submits; the editor
// sees it arrive in the inbox, comments on a range, types two changes in suggesting mode, accepts
// one and rejects the other, and approves (a summary, then a second confirmation); the reporter's
// editor shows who approved, locked; "Sửa (hủy duyệt)" and an edit void the approval. Every step
// is checked in the stored data too.

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Input, MethodName, Output } from '../../main/common/contract/index.ts';
import type { Block } from '../../main/common/article/model.ts';
import { blockText } from '../../main/common/article/model.ts';
import { createCore } from '../../main/core/app.ts';
import { createConfSettings } from '../../main/core/settings/conf-store.ts';
import { articleText, expect, test } from './fixtures.ts';
import { dragSelect, laptop } from './review-helpers.ts';

const P0 = 'Năm 2024, xã đã tiếp nhận hơn 4.000 lượt khách du lịch đến tham quan ruộng bậc thang.';
const P1 = 'Các chi bộ đều tổ chức sinh hoạt chuyên đề mỗi tháng một lần.';

test('a reporter submits, an editor reviews and approves, the reporter sees it locked, an edit voids it', async ({
  page,
  dateline,
  rendererDir,
  browser,
}) => {
  test.setTimeout(240_000);
  const root = await mkdtemp(join(tmpdir(), 'dateline-e2e-desk-'));
  const desk = join(root, 'desk');
  // The editor's laptop: a second host over its own library.
  const editorLaptop = await laptop(root, 'editor', rendererDir);
  const { host: editorHost, call: editorCall } = editorLaptop;
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  const problems: string[] = [];
  for (const p of [page, editorPage]) p.on('pageerror', (e) => problems.push(String(e)));

  try {
    // ---- Reporter: profile and desk, in Settings.
    await dateline.open(page, '#/settings');
    await page.getByLabel('Họ tên').click();
    await page.keyboard.type('Trần Trung Hậu');
    await expect(page.getByTestId('review-key')).toContainText('Khoá ký:');
    // The browser host lets the page name only the desk its command line gave (`npm run serve -- --desk`).
    dateline.core.paths.grantFolder(desk);
    await page.getByLabel('Thư mục bàn biên tập').click();
    await page.keyboard.insertText(desk);
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await dateline.call('review.desk', {})).path).toBe(desk);
    const reporterProfile = await dateline.call('review.profile', {});
    expect(reporterProfile).toMatchObject({ name: 'Trần Trung Hậu', roles: ['reporter'], protectedBy: 'file' });
    // "Export my public key" downloads the key file in the browser.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất khoá công khai' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tran-trung-hau-[0-9a-f]{8}\.dateline-key\.json$/);
    const downloaded = JSON.parse(await readFile((await download.path()) as string, 'utf8')) as { keyId: string; format: string };
    expect(downloaded).toMatchObject({ format: 'dateline.public-key', keyId: reporterProfile?.keyId });

    // ---- Editor: profile through the api; the reporter's key imported in Settings, from a file.
    await editorCall('review.setProfile', { name: 'Nguyễn Thị Biên', roles: ['editor'] });
    editorLaptop.core.paths.grantFolder(desk);
    await editorCall('review.setDesk', { path: desk });
    await editorPage.goto(editorHost.url + '#/settings');
    const reporterKey = await dateline.call('keys.export', {});
    await editorPage
      .getByTestId('review-key-file')
      .setInputFiles({ name: reporterKey.fileName, mimeType: 'application/json', buffer: Buffer.from(reporterKey.content) });
    const entry = editorPage.locator(`[data-key-id="${reporterProfile?.keyId}"]`);
    await expect(entry).toContainText(reporterProfile?.fingerprint ?? '?');
    await entry.getByRole('checkbox', { name: 'Phóng viên' }).check();
    await expect
      .poll(async () => (await editorCall('keys.list', {})).find((k) => k.keyId === reporterProfile?.keyId)?.trustedRoles)
      .toEqual(['reporter']);
    // The reporter trusts the editor's key (set up through the api).
    const editorKey = await editorCall('keys.export', {});
    const imported = await dateline.call('keys.import', { content: editorKey.content });
    await dateline.call('keys.trust', { keyId: imported.keyId, roles: ['editor'] });

    // ---- Reporter: an article, submitted from the editor's toolbar.
    const created = await dateline.call('library.create', { headline: 'Bốn tốt ở Hoàng Su Phì' });
    const content: Block[] = [
      created.content[0],
      { type: 'sapo', id: 'b-sapo', children: [{ text: 'BHG - Xã Bản Luốc xây dựng chi bộ bốn tốt.' }] },
      { type: 'paragraph', id: 'b-p0', children: [{ text: P0 }] },
      { type: 'paragraph', id: 'b-p1', children: [{ text: P1 }] },
    ];
    await dateline.call('library.save', { id: created.id, content: content as Input<'library.save'>['content'] });
    await dateline.open(page, `#/article/${created.id}`);
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Gửi tới bàn biên tập' }).getByRole('textbox', { name: 'Thư mục bàn biên tập' }),
    ).toHaveValue(desk);
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Trạng thái duyệt' })).toHaveText('Chờ duyệt');
    expect((await dateline.call('library.get', { id: created.id })).status).toBe('submitted');
    const submitted = await readdir(join(desk, 'submissions'));
    expect(submitted.filter((f) => f.startsWith(created.id))).toHaveLength(1);

    // ---- Editor: the inbox shows it by itself (the host's watcher, the page's 2 s poll).
    await editorPage.goto(editorHost.url + '#/inbox');
    const item = editorPage.locator('.inbox-item[data-state]');
    await expect(item).toHaveAttribute('data-state', 'new', { timeout: 30_000 });
    await expect(item).toContainText('Bốn tốt ở Hoàng Su Phì');
    await expect(item).toContainText('Trần Trung Hậu');
    await item.getByRole('link').click();
    await expect(editorPage.locator('.review-article')).toContainText(P0);

    // A comment on a range.
    await dragSelect(editorPage, 'b-p0', 'hơn 4.000 lượt');
    await editorPage.getByRole('button', { name: 'Ý kiến về đoạn chọn' }).click();
    await editorPage.getByRole('textbox', { name: 'Ý kiến' }).fill('Con số này lấy từ đâu?');
    await editorPage.getByRole('button', { name: 'Thêm' }).click();
    await expect(editorPage.locator('.review-mark')).toHaveText('hơn 4.000 lượt');
    const withComment = await editorCall('review.open', { id: created.id });
    expect(withComment.threads).toHaveLength(1);
    expect(withComment.threads[0]).toMatchObject({
      anchor: { blockId: 'b-p0', quote: 'hơn 4.000 lượt' },
      comments: [{ text: 'Con số này lấy từ đâu?', author: { name: 'Nguyễn Thị Biên' } }],
    });

    // Two suggestions typed straight into the text in suggesting mode, shown as track changes.
    await editorPage.getByRole('button', { name: 'Đề xuất', exact: true }).click();
    await expect(editorPage.locator('.review-article')).toHaveAttribute('contenteditable', 'true');
    await dragSelect(editorPage, 'b-p0', 'tham quan');
    await editorPage.keyboard.type('ngắm');
    // Marks split leaves: the insertion may span several <ins>.
    await expect.poll(async () => (await editorPage.locator('.review-ins').allTextContents()).join('')).toBe('ngắm');
    await expect(editorPage.locator('.pseudo-del')).toHaveAttribute('data-text', 'tham quan');
    await dragSelect(editorPage, 'b-p1', 'mỗi tháng một lần');
    await editorPage.keyboard.type('hằng tháng');
    await expect(editorPage.locator('.review-suggestion')).toHaveCount(2);

    // Accept the first, reject the second.
    await editorPage.locator('.review-suggestion', { hasText: 'tham quan' }).getByRole('button', { name: 'Chấp nhận' }).click();
    await editorPage.locator('.review-suggestion', { hasText: 'mỗi tháng' }).getByRole('button', { name: 'Từ chối' }).click();
    await expect(editorPage.locator('.review-suggestion[data-status="open"]')).toHaveCount(0);
    const reviewed = await editorCall('review.open', { id: created.id });
    expect(reviewed.suggestions.map((s) => [s.insert, s.status])).toEqual([
      ['ngắm', 'accepted'],
      ['hằng tháng', 'rejected'],
    ]);
    const draft = reviewed.article.content.map((b) => blockText(b));
    expect(draft).toContain(P0.replace('tham quan', 'ngắm'));
    expect(draft).toContain(P1);

    // The word diff between the submission and the text under review.
    await editorPage.getByRole('button', { name: 'So sánh', exact: true }).click();
    await expect(editorPage.locator('.review-diff-unit[data-block-id="b-p0"] del')).toHaveText('tham quan');
    await expect(editorPage.locator('.review-diff-unit[data-block-id="b-p0"] ins')).toHaveText('ngắm');

    // Approve: the summary first, then the signature.
    await editorPage.getByRole('button', { name: 'Duyệt…' }).click();
    await expect(editorPage.getByRole('dialog', { name: 'Ký duyệt bài này?' })).toContainText('1 đề xuất bạn đã chấp nhận vào bài');
    await editorPage.getByRole('button', { name: 'Ký duyệt' }).click();
    await expect(editorPage.locator('.review-decide [data-decision-id]')).toContainText('Đã duyệt bởi Nguyễn Thị Biên');
    const decisions = await editorCall('review.decisions', { id: created.id });
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ verdict: 'approved', editor: { name: 'Nguyễn Thị Biên' } });
    expect((await readdir(join(desk, 'decisions'))).filter((f) => f.startsWith(created.id))).toHaveLength(1);

    // ---- Reporter: the approval arrives by itself; the article is locked, with the accepted change.
    const banner = page.getByTestId('review-banner');
    await expect(banner).toContainText('Đã duyệt bởi Nguyễn Thị Biên', { timeout: 30_000 });
    await expect(page.getByRole('status', { name: 'Trạng thái duyệt' })).toHaveText('Đã duyệt');
    const approved = await dateline.call('library.get', { id: created.id });
    expect(approved.status).toBe('approved');
    expect(approved.content.map((b) => blockText(b))).toContain(P0.replace('tham quan', 'ngắm'));
    await expect(articleText(page)).toContainText(P0.replace('tham quan', 'ngắm'));
    await expect(articleText(page)).toHaveAttribute('contenteditable', 'false');
    // Typing into the locked article changes nothing.
    await articleText(page).locator('[data-block-id="b-p1"]').click();
    await page.keyboard.type('XYZ');
    expect((await dateline.call('library.get', { id: created.id })).version).toBe(approved.version);

    // "Sửa (hủy duyệt)", then an edit: the approval is visibly void, and so is the stored status.
    await banner.getByRole('button', { name: 'Sửa (hủy duyệt)' }).click();
    await expect(articleText(page)).toHaveAttribute('contenteditable', 'true');
    await articleText(page).locator('[data-block-id="b-p1"]').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Thêm');
    await expect(banner).toContainText('đã mất hiệu lực', { timeout: 15_000 });
    await expect.poll(async () => (await dateline.call('library.get', { id: created.id })).status).toBe('draft');
    const voided = await dateline.call('review.status', { id: created.id });
    expect(voided).toMatchObject({ status: 'draft', locked: false, approval: { valid: false, by: { name: 'Nguyễn Thị Biên' } } });
    expect(problems).toEqual([]);
  } finally {
    await editorContext.close();
    await editorLaptop.close();
    await rm(root, { recursive: true, force: true });
  }
});

test('a returned article shows the editor’s note; two editors deciding differently show as a conflict', async ({ page, dateline }) => {
  const root = await mkdtemp(join(tmpdir(), 'dateline-e2e-desk-'));
  const desk = join(root, 'desk');
  // Two editors' laptops, driven through their services (no watcher: they read the desk on refresh).
  const laptops = await Promise.all(
    ['Nguyễn Thị Biên', 'Lê Văn Tập'].map(async (name, i) => {
      const core = await createCore({
        libraryDir: join(root, `editor${i}`),
        settings: createConfSettings({ dir: join(root, `config${i}`) }),
        transport: 'direct',
      });
      const call = async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
        const r = await core.dispatch(method, input);
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
        return r.value as Output<M>;
      };
      await call('review.setProfile', { name, roles: ['editor'] });
      await call('review.setDesk', { path: desk });
      return { core, call };
    }),
  );
  try {
    await dateline.call('review.setProfile', { name: 'Trần Trung Hậu', roles: ['reporter'] });
    dateline.core.paths.grantFolder(desk);
    await dateline.call('review.setDesk', { path: desk });
    const reporterKey = await dateline.call('keys.export', {});
    for (const { call } of laptops) {
      const entry = await call('keys.import', { content: reporterKey.content });
      await call('keys.trust', { keyId: entry.keyId, roles: ['reporter'] });
      const mine = await dateline.call('keys.import', { content: (await call('keys.export', {})).content });
      await dateline.call('keys.trust', { keyId: mine.keyId, roles: ['editor'] });
    }
    const [biên, tập] = laptops;

    // Returned with a suggestion: the note shows under the toolbar.
    const first = await dateline.call('library.create', { headline: 'Tin cần sửa' });
    await dateline.call('library.save', {
      id: first.id,
      content: [first.content[0], { type: 'paragraph', id: 'b-p0', children: [{ text: P1 }] }] as Input<'library.save'>['content'],
    });
    const s1 = await dateline.call('review.submit', { id: first.id });
    await biên.call('review.refresh', {});
    const at = P1.indexOf('mỗi tháng một lần');
    await biên.call('review.suggest', {
      id: first.id,
      range: { blockId: 'b-p0', field: 'text', start: at, end: at + 'mỗi tháng một lần'.length },
      text: 'hằng tháng',
    });
    await biên.call('review.return', { id: first.id, submissionId: s1.submission.packageId, note: 'Thiếu nguồn số liệu.' });
    await dateline.open(page, `#/article/${first.id}`);
    await expect(page.getByTestId('review-banner')).toContainText('Nguyễn Thị Biên trả bài', { timeout: 30_000 });
    await expect(page.getByTestId('review-banner')).toContainText('“Thiếu nguồn số liệu.”');
    await expect(page.getByRole('status', { name: 'Trạng thái duyệt' })).toHaveText('Bị trả lại');
    expect((await dateline.call('library.get', { id: first.id })).status).toBe('returned');
    // The reporter reads the desk's notes and accepts the suggestion: the library article changes.
    await page.getByRole('button', { name: 'Xem ý kiến của bàn biên tập' }).click();
    await expect(page.locator('.pseudo-ins')).toHaveAttribute('data-text', 'hằng tháng');
    await page.locator('.review-suggestion').getByRole('button', { name: 'Chấp nhận' }).click();
    await expect(page.locator('.review-suggestion')).toHaveAttribute('data-status', 'accepted');
    await expect
      .poll(async () =>
        (await dateline.call('library.get', { id: first.id })).content.map((b) => blockText(b)).find((x) => x.startsWith('Các chi bộ')),
      )
      .toBe(P1.replace('mỗi tháng một lần', 'hằng tháng'));
    await expect(page.locator('.review-article')).toContainText('hằng tháng');

    // Conflict: one approves, the other returns the same submission.
    const second = await dateline.call('library.create', { headline: 'Tin gây tranh cãi' });
    const s2 = await dateline.call('review.submit', { id: second.id });
    await biên.call('review.refresh', {});
    await tập.call('review.refresh', {});
    await biên.call('review.approve', { id: second.id, submissionId: s2.submission.packageId });
    await tập.call('review.return', { id: second.id, submissionId: s2.submission.packageId, note: 'Chưa đủ cân bằng.' });
    await dateline.open(page, `#/article/${second.id}`);
    // The status word is the library's (waiting for a decision); the banner says why.
    await expect(page.locator('.review-banner-conflict')).toContainText('Nguyễn Thị Biên', { timeout: 30_000 });
    await expect(page.getByRole('status', { name: 'Trạng thái duyệt' })).toHaveText('Chờ duyệt');
    await expect(page.locator('.review-banner-conflict')).toContainText('Lê Văn Tập');
    const status = await dateline.call('review.status', { id: second.id });
    expect(status.conflict.map((d) => [d.editor.name, d.verdict])).toEqual(
      expect.arrayContaining([
        ['Nguyễn Thị Biên', 'approved'],
        ['Lê Văn Tập', 'returned'],
      ]),
    );
    expect(status.status).toBe('submitted');
    // Not approved while in conflict: the article stays editable.
    await expect(articleText(page)).toHaveAttribute('contenteditable', 'true');
  } finally {
    for (const { core } of laptops) await core.close();
    await rm(root, { recursive: true, force: true });
  }
});
