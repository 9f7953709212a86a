// Real Syncthing instances for the desk's tests and benchmark (Debian's `syncthing`; CI installs
// it). Each has its own home, a GUI/REST port and a listen port the OS chose, listens on
// 127.0.0.1 only, and has discovery, relays, NAT traversal, upgrades, crash and usage reports
// off: written into its config before it starts (so it never touches the network) and set again
// through the REST API. Waits are on Syncthing's own events, never fixed sleeps. Each instance
// is stopped by its own PID and its home removed.

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { SyncthingClient } from '../../main/core/desk/syncthing/client.ts';
import { parseGuiConfig } from '../../main/core/desk/syncthing/locate.ts';

const run = promisify(execFile);

/** The syncthing program ($SYNCTHING_BIN, else on the PATH), or null when it is not installed. */
export function syncthingBinary(): string | null {
  const candidates = process.env.SYNCTHING_BIN
    ? [process.env.SYNCTHING_BIN]
    : (process.env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((d) => join(d, 'syncthing'));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // Not here.
    }
  }
  return null;
}

/** The sentence a test prints when it skips for lack of Syncthing. */
export const NO_SYNCTHING =
  'Syncthing is not installed (apt-get install syncthing; CI installs it): the desk tests over Syncthing are skipped.';

/** A TCP port the OS says is free on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface StNode {
  name: string;
  home: string;
  deviceId: string;
  url: string;
  apiKey: string;
  /** `tcp://127.0.0.1:<port>`: where other instances reach this one. */
  listen: string;
  client: SyncthingClient;
  proc: ChildProcess;
  /** The id of the last event a wait consumed. */
  since: number;
}

const OPTIONS = {
  globalAnnounceEnabled: false,
  localAnnounceEnabled: false,
  relaysEnabled: false,
  natEnabled: false,
  urAccepted: -1,
  crashReportingEnabled: false,
  autoUpgradeIntervalH: 0,
  startBrowser: false,
  // A paused device comes back within seconds once resumed.
  reconnectionIntervalS: 2,
};

/** Sets an XML element's text in config.xml's <options> (the generated file has each once). */
function setOption(xml: string, tag: string, value: string): string {
  const open = `<${tag}>`;
  const at = xml.indexOf(open);
  if (at < 0) return xml;
  const end = xml.indexOf(`</${tag}>`, at);
  return xml.slice(0, at + open.length) + value + xml.slice(end);
}

/** Generates, configures and starts one instance; resolves when its REST API answers. */
export async function startNode(root: string, name: string, timeoutMs = 120_000): Promise<StNode> {
  const bin = syncthingBinary();
  if (!bin) throw new Error(NO_SYNCTHING);
  const home = join(root, `syncthing-${name}`);
  await mkdir(home, { recursive: true });
  await run(bin, ['generate', `--home=${home}`, '--no-default-folder'], { timeout: timeoutMs });
  const deviceId = (await run(bin, ['serve', `--home=${home}`, '--device-id'], { timeout: timeoutMs })).stdout.trim();
  const [guiPort, listenPort] = [await freePort(), await freePort()];
  const listen = `tcp://127.0.0.1:${listenPort}`;
  let xml = await readFile(join(home, 'config.xml'), 'utf8');
  xml = setOption(xml, 'listenAddress', listen);
  for (const [k, v] of Object.entries({
    globalAnnounceEnabled: 'false',
    localAnnounceEnabled: 'false',
    relaysEnabled: 'false',
    natEnabled: 'false',
    urAccepted: '-1',
    crashReportingEnabled: 'false',
    autoUpgradeIntervalH: '0',
    startBrowser: 'false',
  }))
    xml = setOption(xml, k, v);
  const guiStart = xml.indexOf('<gui ');
  xml = xml.slice(0, guiStart) + setOption(xml.slice(guiStart), 'address', `127.0.0.1:${guiPort}`);
  await writeFile(join(home, 'config.xml'), xml);
  const gui = parseGuiConfig(xml);
  if (!gui) throw new Error('no <gui> in the generated config');

  const log = createWriteStream(join(home, 'syncthing.log'));
  const proc = spawn(bin, ['serve', `--home=${home}`, '--no-browser', '--no-restart', '--no-upgrade', '--skip-port-probing'], {
    env: { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STNORESTART: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`syncthing ${name} did not start within ${timeoutMs} ms (see ${home}/syncthing.log)`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer): void => {
      log.write(chunk);
      if (/GUI and API listening on|Access the GUI via/.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (c: Buffer) => log.write(c));
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`syncthing ${name} exited (${code}) (see ${home}/syncthing.log)`));
    });
  });
  const url = `http://127.0.0.1:${guiPort}`;
  const client = new SyncthingClient({ url, apiKey: gui.apiKey, source: 'config' }, { timeoutMs: 30_000 });
  const node: StNode = { name, home, deviceId, url, apiKey: gui.apiKey, listen, client, proc, since: 0 };
  try {
    await ready;
    await client.patchOptions({ ...OPTIONS, listenAddresses: [listen] });
    node.since = await client.lastEventId();
  } catch (err) {
    await stopNode(node);
    throw err;
  }
  return node;
}

/** Stops an instance by its own PID (SIGTERM, then SIGKILL if it lingers). */
export async function stopNode(node: Pick<StNode, 'proc'>, timeoutMs = 20_000): Promise<void> {
  const p = node.proc;
  if (p.exitCode !== null || p.signalCode !== null || !p.pid) return;
  const exited = new Promise<void>((resolve) => p.once('exit', () => resolve()));
  process.kill(p.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    if (p.exitCode === null && p.signalCode === null && p.pid) process.kill(p.pid, 'SIGKILL');
  }, timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Stops every instance and removes the folder holding their homes. */
export async function stopAll(nodes: StNode[], root: string): Promise<void> {
  await Promise.all(nodes.map((n) => stopNode(n)));
  await rm(root, { recursive: true, force: true });
}

/**
 * Waits until `condition` holds, re-checking whenever one of the instances reports an event
 * (a long poll on /rest/events, at most `pollS` each), never on a fixed sleep.
 */
export async function waitFor<T>(
  what: string,
  nodes: StNode[],
  condition: () => Promise<T | false | null | undefined>,
  timeoutMs = 180_000,
  pollS = 2,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await Promise.race(
      nodes.map(async (n) => {
        try {
          const events = await n.client.events(n.since, { timeoutS: pollS });
          if (events.length) n.since = Math.max(n.since, events[events.length - 1].id);
        } catch {
          // A stopped or paused instance: the other waits, and the deadline, still hold.
        }
      }),
    );
  }
}
