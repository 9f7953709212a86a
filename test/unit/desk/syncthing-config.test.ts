// Finding and talking to Syncthing without a running one: device IDs as people type them, the
// GUI address and API key in Syncthing's config, loopback-only addresses from Settings, the one
// sentence when Syncthing is missing or not running (while the folder desk keeps working), and
// the signed card a joining machine offers its lane with.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardLabel, cardOfLabel, checkCard, labelName, makeCardToken } from '../../../main/core/desk/card.ts';
import { laneFolderId } from '../../../main/core/desk/lanes.ts';
import { normalizeDeviceId } from '../../../main/core/desk/syncthing/device-id.ts';
import { connectSyncthing } from '../../../main/core/desk/syncthing/link.ts';
import { endpointFromConfig, loopbackUrl, parseGuiConfig, syncthingHomes } from '../../../main/core/desk/syncthing/locate.ts';
import { tempDir } from '../review/helpers.ts';
import { closeMachines, fixtureArticle, machine, trustKey, type Machine } from './helpers.ts';

// Device IDs Syncthing 1.19 generated.
const REAL = [
  'RKKBRV6-FUV5LGT-YLUFYGB-RVOV4S3-FHS75YE-SAKKCKZ-OTML44N-TMTNJAO',
  'SIF2G66-XNFJZLW-WBYPPXU-SMAY2I2-6MFEWMF-2YI5YC5-MRW5I4Q-4JB2KA5',
  'I32UHWQ-OLQLTE4-EIFFPBO-FC5R5WV-C42V2HZ-3UCIHJR-YOLJPG4-UFSVAQA',
];

const CONFIG = `<configuration version="36">
    <device id="${REAL[0]}" name="vm"><address>dynamic</address></device>
    <gui enabled="true" tls="false" debugging="false">
        <address>0.0.0.0:8385</address>
        <apikey>WPrhVWR4uVj6sNewiuJcG2LpEvZExTGx</apikey>
        <theme>default</theme>
    </gui>
    <options><listenAddress>default</listenAddress></options>
</configuration>`;

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDir('dateline-st-config-'));
});
afterEach(async () => cleanup());

describe('device IDs', () => {
  it('accepts what Syncthing generates, as people paste or type it', () => {
    for (const id of REAL) expect(normalizeDeviceId(id)).toBe(id);
    expect(normalizeDeviceId(REAL[1].toLowerCase().replace(/-/g, ' '))).toBe(REAL[1]);
    expect(normalizeDeviceId(`  ${REAL[2].replace(/-/g, '')}\n`)).toBe(REAL[2]);
  });

  it('refuses a mistyped character, a missing group and anything else', () => {
    const typo = REAL[0].replace('FUV5LGT', 'FUV5LGU');
    expect(normalizeDeviceId(typo)).toBeNull();
    expect(normalizeDeviceId(REAL[0].split('-').slice(0, 7).join('-'))).toBeNull();
    expect(normalizeDeviceId('tòa soạn')).toBeNull();
    expect(normalizeDeviceId('')).toBeNull();
  });
});

describe('finding Syncthing', () => {
  it('reads the GUI address and API key from config.xml, talking to loopback when it listens everywhere', async () => {
    expect(parseGuiConfig(CONFIG)).toEqual({ address: '0.0.0.0:8385', apiKey: 'WPrhVWR4uVj6sNewiuJcG2LpEvZExTGx', tls: false });
    const home = join(root, 'st');
    await mkdir(home);
    await writeFile(join(home, 'config.xml'), CONFIG);
    expect(await endpointFromConfig([join(root, 'none'), home])).toEqual({
      home,
      endpoint: { url: 'http://127.0.0.1:8385', apiKey: 'WPrhVWR4uVj6sNewiuJcG2LpEvZExTGx', source: 'config' },
    });
  });

  it('looks where each platform keeps it, $STHOMEDIR first', () => {
    expect(syncthingHomes({ STHOMEDIR: '/x' }, 'linux', '/home/h')).toEqual(['/x']);
    expect(syncthingHomes({}, 'linux', '/home/h')).toEqual(['/home/h/.local/state/syncthing', '/home/h/.config/syncthing']);
    expect(syncthingHomes({}, 'darwin', '/Users/h')).toEqual(['/Users/h/Library/Application Support/Syncthing']);
    expect(syncthingHomes({ LOCALAPPDATA: 'C:\\Users\\h\\AppData\\Local' }, 'win32', 'C:\\Users\\h')[0]).toContain('Syncthing');
  });

  it('only ever talks to this machine', () => {
    expect(loopbackUrl('127.0.0.1:8384')).toBe('http://127.0.0.1:8384');
    expect(loopbackUrl('http://localhost:8384/')).toBe('http://localhost:8384');
    expect(loopbackUrl('https://[::1]:8384')).toBe('https://[::1]:8384');
    expect(loopbackUrl('http://192.168.1.10:8384')).toBeNull();
    expect(loopbackUrl('http://evil.example:8384')).toBeNull();
    expect(loopbackUrl('http://user:pw@127.0.0.1:8384')).toBeNull();
    expect(loopbackUrl('unix:///run/syncthing.sock')).toBeNull();
  });

  it('says Syncthing is missing, or installed but not running, each in one sentence', async () => {
    await expect(connectSyncthing(null, { STHOMEDIR: join(root, 'none'), PATH: '' })).rejects.toMatchObject({
      code: 'DESK',
      params: { reason: 'not-installed' },
    });
    const bin = join(root, 'bin');
    await mkdir(bin);
    await writeFile(join(bin, 'syncthing'), '#!/bin/sh\n', { mode: 0o755 });
    await expect(connectSyncthing(null, { STHOMEDIR: join(root, 'none'), PATH: bin })).rejects.toMatchObject({
      code: 'DESK',
      params: { reason: 'not-running' },
    });
    // A config whose GUI nobody answers: not running.
    const home = join(root, 'st');
    await mkdir(home);
    await writeFile(join(home, 'config.xml'), CONFIG.replace('0.0.0.0:8385', '127.0.0.1:9'));
    const client = await connectSyncthing(null, { STHOMEDIR: home, PATH: '' });
    await expect(client.myId()).rejects.toMatchObject({ code: 'DESK', params: { reason: 'not-running', address: 'http://127.0.0.1:9' } });
  });
});

describe('the desk without Syncthing', () => {
  let A: Machine;
  beforeEach(async () => {
    A = await machine(root, 'A', 'Trần Trung Hậu', ['reporter'], { env: { STHOMEDIR: join(root, 'none'), PATH: '' } });
  });
  afterEach(async () => closeMachines(A));

  it('explains how to get Syncthing in Settings, and the folder desk still works', async () => {
    await A.review.setDesk(join(root, 'usb'));
    const a = await fixtureArticle(A);
    await A.review.submit(a.id);
    const status = await A.desk.status();
    expect(status).toMatchObject({ layout: 'folder', engine: 'folder', reachable: true, syncthing: { state: 'not-installed' } });
    expect(status.syncthing?.message).toContain('syncthing.net');
    expect(status.syncthing?.message).toContain('folder desk still works');
    expect(status.deliveries).toEqual([expect.objectContaining({ articleId: a.id, state: 'reached' })]);
    await expect(A.desk.join(REAL[0])).rejects.toMatchObject({ code: 'DESK', params: { reason: 'not-installed' } });
  });

  it('refuses a mistyped hub ID, and Syncthing addresses off this machine or without their key', async () => {
    await expect(A.desk.join('ABCDEFG-1234')).rejects.toMatchObject({
      code: 'DESK',
      params: { reason: 'bad-device-id', id: 'ABCDEFG-1234' },
    });
    await expect(A.desk.setSyncthing({ address: 'http://10.0.0.5:8384', apiKey: 'k' })).rejects.toMatchObject({
      params: { reason: 'bad-address' },
    });
    await expect(A.desk.setSyncthing({ address: 'http://127.0.0.1:8384' })).rejects.toMatchObject({ params: { reason: 'need-key' } });
    const status = await A.desk.setSyncthing({ address: '127.0.0.1:9', apiKey: 'k' });
    expect(status.syncthing).toMatchObject({ state: 'not-running', source: 'settings' });
    // Cleared: back to Syncthing's own config.
    expect((await A.desk.setSyncthing({})).syncthing).toMatchObject({ state: 'not-installed', source: 'config' });
  });
});

describe('the desk card', () => {
  let A: Machine, H: Machine;
  beforeEach(async () => {
    A = await machine(root, 'A', 'Trần Trung Hậu', ['reporter']);
    H = await machine(root, 'H', 'Lê Thu', ['editor']);
  });
  afterEach(async () => closeMachines(A, H));

  it('binds this device to this key’s lane: a copy on another device, another lane or an unknown or untrusted key is refused', async () => {
    const signer = await A.review.profiles.signer();
    const folderId = laneFolderId(signer.person.keyId);
    const label = cardLabel('Trần Trung Hậu', makeCardToken(signer, REAL[0], new Date()));
    expect(labelName(label)).toBe('Trần Trung Hậu');
    const card = cardOfLabel(label);
    const lookup = (k: string) => H.review.profiles.lookup(k);
    expect(await checkCard(card, { deviceId: REAL[0], folderId }, lookup)).toMatchObject({ ok: false, reason: 'unknown-key' });
    await H.review.importKey({ content: (await A.review.exportKey()).content });
    expect(await checkCard(card, { deviceId: REAL[0], folderId }, lookup)).toMatchObject({ ok: false, reason: 'untrusted-key' });
    await trustKey(A, H, ['reporter']);
    expect(await checkCard(card, { deviceId: REAL[0], folderId }, lookup)).toMatchObject({ ok: true, roles: ['reporter'] });
    expect(await checkCard(card, { deviceId: REAL[1], folderId }, lookup)).toMatchObject({ ok: false, reason: 'bad-card' });
    expect(await checkCard(card, { deviceId: REAL[0], folderId: laneFolderId('a'.repeat(64)) }, lookup)).toMatchObject({
      ok: false,
      reason: 'bad-card',
    });
    expect(await checkCard({ ...card!, createdAt: '2020-01-01T00:00:00.000Z' }, { deviceId: REAL[0], folderId }, lookup)).toMatchObject({
      ok: false,
      reason: 'bad-card',
    });
    expect(await checkCard(cardOfLabel('Dateline · Trần Trung Hậu'), { deviceId: REAL[0], folderId }, lookup)).toMatchObject({
      ok: false,
      reason: 'no-card',
    });
  });
});
