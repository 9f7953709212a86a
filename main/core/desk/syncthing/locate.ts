// Finding the local Syncthing's REST API without asking the user: its GUI address and API key
// are in its config.xml, in the folder Syncthing calls its home ($STHOMEDIR, else the platform's
// default). Settings may name another address and key instead; those must be on this machine,
// so a page that took over the renderer can never send an API key elsewhere.

import { access, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface SyncthingEndpoint {
  /** The REST base URL, e.g. `http://127.0.0.1:8384`. */
  url: string;
  apiKey: string;
  /** Where it came from: Syncthing's own config, or Dateline's Settings. */
  source: 'config' | 'settings';
}

/** Where Syncthing keeps its config on this platform, most likely first. */
export function syncthingHomes(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string[] {
  if (env.STHOMEDIR) return [env.STHOMEDIR];
  if (platform === 'win32') return [join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Syncthing')];
  if (platform === 'darwin') return [join(home, 'Library', 'Application Support', 'Syncthing')];
  // Syncthing 1.27+ keeps it in the XDG state folder; older versions (Debian 12's 1.19) in the config folder.
  return [
    join(env.XDG_STATE_HOME || join(home, '.local', 'state'), 'syncthing'),
    join(env.XDG_CONFIG_HOME || join(home, '.config'), 'syncthing'),
  ];
}

/** The `<gui>` element's address, API key and TLS flag in a config.xml, or null. */
export function parseGuiConfig(xml: string): { address: string; apiKey: string; tls: boolean } | null {
  const start = xml.indexOf('<gui ');
  const end = xml.indexOf('</gui>', start);
  if (start < 0 || end < 0) return null;
  const gui = xml.slice(start, end);
  const address = /<address>([^<]{1,300})<\/address>/.exec(gui)?.[1];
  const apiKey = /<apikey>([^<]{1,200})<\/apikey>/.exec(gui)?.[1];
  if (!address || !apiKey) return null;
  const tag = gui.slice(0, gui.indexOf('>'));
  return { address: address.trim(), apiKey: apiKey.trim(), tls: /\btls="true"/.test(tag) };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** A REST base URL on this machine from a GUI address (`127.0.0.1:8384`, `0.0.0.0:8384`, `http://…`), or null. */
export function loopbackUrl(address: string, tls = false): string | null {
  const withScheme = /^https?:\/\//i.test(address) ? address : `${tls ? 'https' : 'http'}://${address}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
  // Listening on every interface still answers on loopback; talk to it there.
  let host = url.hostname;
  if (host === '0.0.0.0' || host === '[::]' || host === '') host = '127.0.0.1';
  if (!LOOPBACK_HOSTS.has(host) && !/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return null;
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.protocol}//${host}:${port}`;
}

/** Syncthing's REST endpoint from its config.xml in the first home that has one. */
export async function endpointFromConfig(homes: string[]): Promise<{ endpoint: SyncthingEndpoint | null; home: string | null }> {
  for (const home of homes) {
    let xml: string;
    try {
      xml = await readFile(join(home, 'config.xml'), 'utf8');
    } catch {
      continue;
    }
    const gui = parseGuiConfig(xml);
    const url = gui ? loopbackUrl(gui.address, gui.tls) : null;
    return { endpoint: gui && url ? { url, apiKey: gui.apiKey, source: 'config' } : null, home };
  }
  return { endpoint: null, home: null };
}

/** Whether a Syncthing program can be found (on the PATH, or where the installers put it). */
export async function syncthingInstalled(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): Promise<boolean> {
  const names = platform === 'win32' ? ['syncthing.exe'] : ['syncthing'];
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  if (platform === 'darwin') dirs.push('/Applications/Syncthing.app/Contents/Resources/syncthing');
  if (platform === 'win32' && env.LOCALAPPDATA) dirs.push(join(env.LOCALAPPDATA, 'Programs', 'Syncthing'));
  for (const dir of dirs) {
    for (const name of names) {
      try {
        await access(join(dir, name));
        return true;
      } catch {
        // Not here.
      }
    }
  }
  return false;
}
