// The desk across machines in Chromium, as a reporter uses it: Settings → Bàn biên tập says how
// the desk is carried; without Syncthing it says how to get it and the folder desk still works;
// with Syncthing (real instances: the reporter's laptop and the newsroom hub, test/syncthing) the
// reporter connects Dateline to Syncthing, joins by typing the hub's device ID, submits, and
// watches the ticks: on this laptop only (offline) · reached the newsroom · received (the hub's
// Dateline took it in and signed a receipt). Only clicks and typing; the article's text and the
// hub's side are set up through the services, as they are not what is tested here.

import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Input, MethodName, Output } from '../../main/common/contract/index.ts';
import type { Block } from '../../main/common/article/model.ts';
import { createCore } from '../../main/core/app.ts';
import { runHub } from '../../main/core/desk/hub.ts';
import { LaneDesk } from '../../main/core/desk/lane-desk.ts';
import type { DeskService } from '../../main/core/desk/service.ts';
import type { ReviewService } from '../../main/core/review/service.ts';
import { createConfSettings } from '../../main/core/settings/conf-store.ts';
import type { Core } from '../../main/core/types.ts';
import { startHost, type Host } from '../../main/host/server.ts';
import { NO_SYNCTHING, startNode, stopNode, syncthingBinary } from '../syncthing/harness.ts';
import { expect, test } from './fixtures.ts';

interface Laptop {
  core: Core;
  host: Host;
  services: { desk: DeskService; review: ReviewService };
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
}

/** A reporter's laptop: a browser host over its own library, Syncthing looked up only where the test says. */
async function laptop(root: string, rendererDir: string, env: NodeJS.ProcessEnv): Promise<Laptop> {
  let services: Laptop['services'] | undefined;
  const core = await createCore({
    libraryDir: join(root, 'library'),
    settings: createConfSettings({ dir: join(root, 'config') }),
    transport: 'host',
    desk: { env, expose: (s) => (services = s) },
  });
  const host = await startHost({ core, port: 0, rendererDir });
  const call = async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
    const r = await core.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as Output<M>;
  };
  return { core, host, services: services as Laptop['services'], call };
}

/** Clicks a field and types into it at once, as a person does. */
async function typeInto(page: Page, label: string | RegExp, text: string): Promise<void> {
  await page.getByLabel(label, { exact: typeof label === 'string' }).click();
  await page.keyboard.type(text);
}

const P0 = 'Năm 2024, xã đã tiếp nhận hơn 4.000 lượt khách du lịch đến tham quan ruộng bậc thang.';

/** An article with a headline and a paragraph, in the library (the scene, not what is tested). */
async function article(l: Laptop, headline: string): Promise<string> {
  const created = await l.call('library.create', { headline });
  const content: Block[] = [created.content[0], { type: 'paragraph', id: 'b-p0', children: [{ text: P0 }] }];
  await l.call('library.save', { id: created.id, content: content as Input<'library.save'>['content'] });
  return created.id;
}

async function noSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('.desk-sync').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('without Syncthing, Settings says how to get it; the folder desk still works and shows where a submission is', async ({
  page,
  rendererDir,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'dateline-e2e-nosync-'));
  const me = await laptop(root, rendererDir, { STHOMEDIR: join(root, 'no-syncthing'), PATH: '' });
  try {
    await page.goto(me.host.url + '#/settings');
    // The name saves itself and makes the profile, with its key (Settings → Bạn).
    await typeInto(page, 'Họ tên', 'Trần Trung Hậu');
    await expect(page.getByTestId('review-key')).toContainText('Khoá ký:');
    const problem = page.getByTestId('desk-problem');
    await expect(problem).toContainText('Chưa có Syncthing trên máy này');
    await expect(problem).toContainText('syncthing.net');
    await expect(problem).toContainText('Bàn biên tập dạng thư mục vẫn dùng được');
    await expect(page.getByTestId('desk-kind')).toHaveText('Chưa chọn');
    // No join form without Syncthing.
    await expect(page.getByRole('form', { name: 'Tham gia bàn biên tập' })).toHaveCount(0);

    const desk = join(root, 'usb');
    // The browser host lets the page name only the desk its command line gave (`npm run serve -- --desk`).
    me.core.paths.grantFolder(desk);
    await typeInto(page, 'Thư mục bàn biên tập', desk);
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('desk-kind')).toHaveText('Thư mục dùng chung');
    await noSeriousViolations(page);

    const id = await article(me, 'Bốn tốt ở Hoàng Su Phì');
    await page.goto(me.host.url + `#/article/${id}`);
    await page.getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Trạng thái duyệt' })).toHaveText('Chờ duyệt');
    await expect(page.getByRole('status', { name: 'Đường đi của bản gửi' })).toHaveText('✓✓ Đã để vào bàn biên tập');
  } finally {
    await me.host.close();
    await me.core.close();
    await rm(root, { recursive: true, force: true, maxRetries: 5 });
  }
});

test.describe('with Syncthing', () => {
  test.skip(!syncthingBinary(), NO_SYNCTHING);

  test('connects to Syncthing, joins by the hub’s device ID, and shows the ticks: on this laptop only, reached the newsroom, received', async ({
    page,
    rendererDir,
  }) => {
    test.setTimeout(600_000);
    const root = await mkdtemp(join(tmpdir(), 'dateline-e2e-desk-'));
    const [node, hubNode] = await Promise.all([startNode(root, 'reporter'), startNode(root, 'hub')]);
    // Syncthing's config is not where Dateline looks: the reporter types the address and key.
    const me = await laptop(join(root, 'reporter'), rendererDir, { STHOMEDIR: join(root, 'elsewhere'), PATH: process.env.PATH });
    // The hub's Dateline (Lê Thu, an editor), driven through its services.
    let hub: { desk: DeskService; review: ReviewService } | undefined;
    const hubCore = await createCore({
      libraryDir: join(root, 'hub', 'library'),
      settings: createConfSettings({ dir: join(root, 'hub', 'config') }),
      transport: 'direct',
      desk: { expose: (s) => (hub = s) },
    });
    const hubRoot = join(root, 'hub', 'desk');
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    try {
      const H = hub as NonNullable<typeof hub>;
      await H.review.setProfile('Lê Thu', ['editor']);
      await H.desk.setSyncthing({ address: hubNode.url, apiKey: hubNode.apiKey });
      await new LaneDesk(hubRoot).ensure();
      await H.review.setDesk(hubRoot);
      // The network: discovery is off on loopback, so the reporter's Syncthing is told where the hub listens.
      await node.client.addDevice({ deviceID: hubNode.deviceId, name: 'hub', addresses: [hubNode.listen] });

      await page.goto(me.host.url + '#/settings');
      await typeInto(page, 'Họ tên', 'Trần Trung Hậu');
      await expect(page.getByTestId('review-key')).toContainText('Khoá ký:');
      await expect(page.getByTestId('desk-problem')).toContainText('Syncthing đã được cài nhưng chưa chạy');

      // Connect Dateline to this laptop's Syncthing.
      await page.getByText('Kết nối tới Syncthing').click();
      await typeInto(page, 'Địa chỉ Syncthing', node.url);
      await typeInto(page, 'Khoá API của Syncthing', node.apiKey);
      await page.getByRole('button', { name: 'Lưu kết nối' }).click();
      await expect(page.getByTestId('desk-device')).toHaveText(node.deviceId);
      await expect(page.getByTestId('desk-problem')).toHaveCount(0);

      // A mistyped ID: one sentence, nothing changes.
      await typeInto(page, 'Mã thiết bị của máy chủ tòa soạn', hubNode.deviceId.slice(0, 20));
      await page.keyboard.press('Enter');
      await expect(page.locator('.notice-error')).toContainText('không đúng');
      await expect(page.getByTestId('desk-kind')).toHaveText('Chưa chọn');
      // The right one, typed as it might be read out: lower case, spaces.
      await page.getByLabel('Mã thiết bị của máy chủ tòa soạn').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(hubNode.deviceId.toLowerCase().replace(/-/g, ' '));
      await page.getByRole('button', { name: 'Tham gia', exact: true }).click();
      await expect(page.getByTestId('desk-kind')).toHaveText('Làn riêng, đồng bộ bằng Syncthing');
      await expect(page.getByLabel('Thư mục bàn biên tập')).toHaveValue(join(root, 'reporter', 'library', 'desk'));
      await noSeriousViolations(page);

      // From here the page's timers stand still (its clock moves only when the test says): what
      // the panel and the ticks show next can only come through the push channel (desk.sync,
      // Syncthing's events followed by the Core), never a poll.
      const deskCalls: string[] = [];
      page.on('request', (r) => {
        const m = /\/api\/(desk\.(?:status|deliveries))$/.exec(r.url());
        if (m) deskCalls.push(m[1]);
      });
      await page.clock.install();
      // A new document, so that every timer of the page is on that clock; then the clock stops.
      await page.reload();
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
      await expect(page.getByTestId('desk-hub')).toBeVisible();

      // The hub takes the reporter in (its key trusted there), and the hub connects.
      const myKey = await me.services.review.exportKey();
      const entry = await H.review.importKey({ content: myKey.content });
      await H.review.trustKey(entry.keyId, ['reporter']);
      const editorKey = await me.services.review.importKey({ content: (await H.review.exportKey()).content });
      await me.services.review.trustKey(editorKey.keyId, ['editor']);
      await expect
        .poll(
          async () =>
            (
              await runHub({
                client: await H.desk.client(),
                profiles: H.review.profiles,
                profileDir: H.review.profiles.dir,
                root: hubRoot,
                archiveAfterMs: 0,
                waitMs: 10_000,
              })
            ).accepted.length,
          { timeout: 120_000 },
        )
        .toBe(1);
      await expect(page.getByTestId('desk-hub')).toHaveText('Đang kết nối', { timeout: 60_000 });

      // Offline: the submission stays on the laptop, and waits to leave.
      await node.client.pause(hubNode.deviceId);
      await expect(page.getByTestId('desk-hub')).toContainText('Mất kết nối, thấy lần cuối lúc', { timeout: 60_000 });
      // Idle, the panel asks nothing: 20 s of the page's time, where a 2 s poll asked ten times.
      const idle = deskCalls.length;
      await page.clock.runFor(20_000);
      expect(deskCalls.length - idle).toBe(0);
      const id = await article(me, 'Bốn tốt ở Hoàng Su Phì');
      await page.goto(me.host.url + `#/article/${id}`);
      await page.getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Gửi tới bàn biên tập' }).getByLabel('Thư mục bàn biên tập')).toHaveValue(
        join(root, 'reporter', 'library', 'desk'),
      );
      await page.getByRole('button', { name: 'Gửi', exact: true }).click();
      const ticks = page.getByRole('status', { name: 'Đường đi của bản gửi' });
      await expect(ticks).toHaveText('✓ Mới có trên máy này', { timeout: 30_000 });
      await page.goto(me.host.url + '#/settings');
      await expect(page.getByTestId('desk-waiting')).toContainText('1 tệp', { timeout: 60_000 });

      // Back online, with the article open: the hub has it, and the tick comes by itself.
      await page.goto(me.host.url + `#/article/${id}`);
      await expect(ticks).toHaveText('✓ Mới có trên máy này', { timeout: 30_000 });
      const open = deskCalls.length;
      await node.client.resume(hubNode.deviceId);
      await expect(ticks).toHaveText('✓✓ Đã tới tòa soạn', { timeout: 120_000 });
      // One read per change Syncthing told, not a timer's worth; and none while nothing changes.
      expect(deskCalls.length - open).toBeGreaterThanOrEqual(1);
      const reached = deskCalls.length;
      await page.clock.runFor(20_000);
      expect(deskCalls.length - reached).toBe(0);
      // Then the hub's Dateline takes it in and signs a receipt.
      await expect.poll(async () => (await H.review.refresh()).accepted, { timeout: 120_000 }).toBe(1);
      await expect(ticks).toContainText('Tòa soạn đã nhận lúc', { timeout: 120_000 });
      await expect(ticks).toContainText('(Lê Thu)');
      await expect(ticks).toHaveClass(/delivery-received/);
      await page.goto(me.host.url + '#/settings');
      await expect(page.getByTestId('desk-waiting')).toHaveText('Không còn gì chờ gửi đi');
      expect(problems).toEqual([]);
    } finally {
      await me.host.close();
      await me.core.close();
      await hubCore.close();
      await Promise.all([stopNode(node), stopNode(hubNode)]);
      await rm(root, { recursive: true, force: true, maxRetries: 5 });
    }
  });
});
