#!/usr/bin/env node
// `npm start [-- --library DIR] [--no-browser]`: builds the renderer (vite) and the Electron
// bundles, then runs Dateline in Electron. npm's install scripts are off (.npmrc), so Electron's
// binary may not be there yet: it is downloaded once here (node_modules/electron/install.js).
// Where that cannot work (no internet), one sentence in Vietnamese and English says so, and the
// same library opens in serve mode instead (`npm run serve`): its address is printed and the
// system's browser opens it (xdg-open, open, start), unless `--no-browser`, DATELINE_NO_BROWSER=1
// or BROWSER=none says not to, or there is no desktop to open it on. A newcomer's first
// `npm start` always ends with the app in front of them.
// The library is `--library DIR`, else DATELINE_LIBRARY, else the settings (main/electron).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(root, 'package.json'));

export const NO_ELECTRON_MESSAGE = [
  'Không tải được Electron (lần chạy đầu cần Internet); Dateline mở trong trình duyệt như lệnh “npm run serve”.',
  'Electron could not be downloaded (the first run needs internet); Dateline opens in the browser instead, as “npm run serve” does.',
].join('\n');

export const NO_OPENER_MESSAGE = [
  'Không mở được trình duyệt trên máy này; hãy mở địa chỉ ở trên trong trình duyệt.',
  'No browser could be opened here; open the address above in a browser.',
].join('\n');

/** The address serve mode prints (with this run's key). */
export const SERVE_URL = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/;

// The download itself may take minutes on a slow line; a network that silently drops packets
// must not hang `npm start` for that long, hence the quick reachability check first.
const PROBE_TIMEOUT_MS = 5_000;
const DOWNLOAD_TIMEOUT_MS = Number(process.env.DATELINE_ELECTRON_DOWNLOAD_TIMEOUT_MS) || 15 * 60_000;
const UNREACHABLE_TIMEOUT_MS = 30_000;

/** The Electron executable inside node_modules/electron, or null when it is not installed. */
export function findElectronBinary(electronDir = join(root, 'node_modules', 'electron'), env = process.env) {
  let relative = '';
  try {
    relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (!relative) return null;
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(dist, relative);
  return existsSync(binary) ? binary : null;
}

/** Whether the download host answers at all (TCP), within PROBE_TIMEOUT_MS. */
export function downloadHostReachable(env = process.env, timeoutMs = PROBE_TIMEOUT_MS) {
  // Behind a proxy a direct connection proves nothing: let the download try.
  if (env.HTTPS_PROXY || env.https_proxy || env.ELECTRON_GET_USE_PROXY) return Promise.resolve(true);
  let host = 'github.com';
  let port = 443;
  try {
    if (env.ELECTRON_MIRROR) {
      const url = new URL(env.ELECTRON_MIRROR);
      host = url.hostname;
      port = Number(url.port) || (url.protocol === 'http:' ? 80 : 443);
    }
  } catch {
    // A malformed mirror: the download will say so itself.
  }
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** The Electron binary, downloading it once if needed; null when it cannot be had. */
export async function ensureElectron({
  electronDir = join(root, 'node_modules', 'electron'),
  env = process.env,
  timeoutMs = DOWNLOAD_TIMEOUT_MS,
} = {}) {
  const found = findElectronBinary(electronDir, env);
  if (found) return found;
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer)) return null;
  // Unreachable host: still one try (a proxy setup may know better), but a short one.
  const reachable = await downloadHostReachable(env);
  process.stderr.write('Đang tải Electron… / Downloading Electron…\n');
  spawnSync(process.execPath, [installer], {
    cwd: electronDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: reachable ? timeoutMs : UNREACHABLE_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    env,
  });
  return findElectronBinary(electronDir, env);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Electron's arguments: the app folder, then the user's, with --library made absolute. */
export function electronArgs(userArgs, cwd = process.cwd()) {
  const out = [root];
  for (let i = 0; i < userArgs.length; i++) {
    const arg = userArgs[i];
    if (arg === '--library' && i + 1 < userArgs.length) {
      out.push(arg, resolve(cwd, userArgs[++i]));
    } else if (arg.startsWith('--library=')) {
      out.push(`--library=${resolve(cwd, arg.slice('--library='.length))}`);
    } else out.push(arg);
  }
  return out;
}

/** Whether to open the system browser: not with --no-browser, DATELINE_NO_BROWSER=1 or BROWSER=none, nor without a desktop. */
export function wantsBrowser(userArgs, env = process.env, platform = process.platform) {
  if (userArgs.includes('--no-browser')) return false;
  if (env.DATELINE_NO_BROWSER && env.DATELINE_NO_BROWSER !== '0') return false;
  if ((env.BROWSER ?? '').toLowerCase() === 'none') return false;
  // A Linux or BSD machine without a display (a server, a container) has nowhere to show it.
  if (platform !== 'win32' && platform !== 'darwin' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return false;
  return true;
}

/** The command that opens an address in the system's browser. */
export function browserOpener(platform = process.platform) {
  if (platform === 'darwin') return { command: 'open', args: (url) => [url] };
  // `start` is a cmd built-in; its first quoted argument is a window title.
  if (platform === 'win32') return { command: 'cmd', args: (url) => ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  return { command: 'xdg-open', args: (url) => [url] };
}

/** serve.mjs's arguments from npm start's: the same library (made absolute), port and settings folder. */
export function serveArgs(userArgs, cwd = process.cwd()) {
  const out = [];
  for (let i = 0; i < userArgs.length; i++) {
    const arg = userArgs[i];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name !== '--library' && name !== '--config' && name !== '--port') continue;
    const value = inline ?? userArgs[++i];
    if (value === undefined) continue;
    out.push(name, name === '--port' ? value : resolve(cwd, value));
  }
  return out;
}

/**
 * Serve mode on the same library, for a machine without Electron: runs scripts/serve.mjs, passes
 * its output through, and opens the address it prints in the system's browser once. Resolves
 * with serve's exit code. `spawn` and the streams are injected (tests stub them).
 */
export function startWithoutElectron({
  userArgs = [],
  env = process.env,
  platform = process.platform,
  cwd = process.cwd(),
  spawn: run = spawn,
  stdout = process.stdout,
  stderr = process.stderr,
} = {}) {
  return new Promise((done) => {
    const child = run(process.execPath, [join(root, 'scripts', 'serve.mjs'), ...serveArgs(userArgs, cwd)], {
      cwd: root,
      stdio: ['inherit', 'pipe', 'inherit'],
      env,
    });
    const open = wantsBrowser(userArgs, env, platform);
    let seen = '';
    let opened = false;
    child.stdout.on('data', (chunk) => {
      stdout.write(chunk);
      if (opened) return;
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      const url = SERVE_URL.exec(seen)?.[0];
      if (!url) return;
      opened = true;
      if (!open) return;
      const opener = browserOpener(platform);
      try {
        const browser = run(opener.command, opener.args(url), { stdio: 'ignore', detached: true, env });
        browser.on('error', () => stderr.write(`${NO_OPENER_MESSAGE}\n`));
        browser.unref?.();
      } catch {
        stderr.write(`${NO_OPENER_MESSAGE}\n`);
      }
    });
    const forward = (signal) => child.kill(signal);
    const signals = ['SIGINT', 'SIGTERM'];
    for (const signal of signals) process.on(signal, forward);
    const finish = (code) => {
      for (const signal of signals) process.off(signal, forward);
      done(code);
    };
    child.on('error', (err) => {
      stderr.write(`${err.message}\n`);
      finish(1);
    });
    child.on('exit', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  run(process.execPath, [vite, 'build', '--logLevel', 'warn']);
  const { buildElectron } = await import(pathToFileURL(join(root, 'scripts', 'build-electron.mjs')).href);
  await buildElectron();

  const electron = await ensureElectron();
  if (!electron) {
    process.stderr.write(`${NO_ELECTRON_MESSAGE}\n`);
    process.exit(await startWithoutElectron({ userArgs: process.argv.slice(2) }));
  }
  // A shell that has ELECTRON_RUN_AS_NODE set would turn the app into a plain Node process.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, electronArgs(process.argv.slice(2).filter((a) => a !== '--no-browser')), {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (err) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
