// The browser host's refusals, seen from Chromium and from plain fetch: no key, a wrong key, a
// foreign Host header. (test/unit/host/server.test.ts covers the rules one by one.)

import { request } from 'node:http';
import { expect, test } from './fixtures.ts';

test('a page opened without the key, or with a wrong one, is refused', async ({ page, dateline }) => {
  const bare = await page.goto(dateline.host.origin + '/');
  expect(bare?.status()).toBe(403);
  // What to do, in both languages, and nothing of the app.
  await expect(page.locator('body')).toContainText('cần khóa của phiên làm việc');
  await expect(page.locator('body')).toContainText('needs the key of this session');
  await expect(page.locator('#root')).toHaveCount(0);
  const wrong = await page.goto(dateline.host.origin + '/?token=' + 'A'.repeat(43));
  expect(wrong?.status()).toBe(403);
});

test('API calls need the key header even from the app’s own page, and the page never leaks it in its address', async ({
  page,
  dateline,
}) => {
  await dateline.open(page);
  await expect(page.getByRole('heading', { name: 'Thư viện' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  const statuses = await page.evaluate(async () => {
    const post = (headers: Record<string, string>) =>
      fetch('/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' }).then(
        (r) => r.status,
      );
    return { none: await post({}), wrong: await post({ 'X-Dateline-Token': 'nope' }) };
  });
  expect(statuses).toEqual({ none: 403, wrong: 403 });
  // The bridge the page uses carries the key and works.
  const info = await page.evaluate(() => window.dateline?.['app.info']({}));
  expect(info).toMatchObject({ ok: true, value: { transport: 'host' } });
  // A new tab on the bare address gets the page (cookie) but no key for the API: it says what to do.
  const other = await page.context().newPage();
  await other.goto(dateline.host.origin + '/');
  await expect(other.getByRole('alert')).toContainText('npm run serve');
  await expect(other.locator('[data-slate-editor]')).toHaveCount(0);
});

test('plain fetch: no key, wrong key and a foreign Host header are refused with 403', async ({ dateline }) => {
  const { origin, token } = dateline.host;
  expect((await fetch(`${origin}/`)).status).toBe(403);
  expect((await fetch(`${origin}/?token=${token}x`)).status).toBe(403);
  expect(
    (await fetch(`${origin}/api/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status,
  ).toBe(403);
  expect((await fetch(`${origin}/?token=${token}`)).status).toBe(200);
  const rebound = await new Promise<number>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: dateline.host.port, path: `/?token=${token}`, headers: { Host: 'attacker.example' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
  expect(rebound).toBe(403);
});
