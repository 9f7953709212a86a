#!/usr/bin/env node
// `npm start [-- --library DIR]`: builds the renderer (vite) and the Electron bundles, then runs
// Dateline in Electron. npm's install scripts are off (.npmrc), so Electron's binary may not be
// there yet: it is downloaded once here (node_modules/electron/install.js). Where that cannot
// work (no internet), one sentence in Vietnamese and English says so and points to
// `npm run serve`, and the exit code is 1.
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
  'Không tải được Electron (lần chạy đầu cần Internet); lệnh “npm run serve” mở Dateline trong trình duyệt.',
  'Electron could not be downloaded (the first run needs internet); “npm run serve” opens Dateline in the browser.',
].join('\n');

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
export async function ensureElectron({ electronDir = join(root, 'node_modules', 'electron'), env = process.env, timeoutMs = DOWNLOAD_TIMEOUT_MS } = {}) {
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

async function main() {
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  run(process.execPath, [vite, 'build', '--logLevel', 'warn']);
  const { buildElectron } = await import(pathToFileURL(join(root, 'scripts', 'build-electron.mjs')).href);
  await buildElectron();

  const electron = await ensureElectron();
  if (!electron) {
    process.stderr.write(`${NO_ELECTRON_MESSAGE}\n`);
    process.exit(1);
  }
  // A shell that has ELECTRON_RUN_AS_NODE set would turn the app into a plain Node process.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, electronArgs(process.argv.slice(2)), { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (err) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
