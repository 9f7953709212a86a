#!/usr/bin/env node
// Bundles the Electron glue (`npm run build:electron`):
//   main/electron/main.ts -> dist/electron/main.cjs   (Electron's main process, CommonJS)
//   main/core/media/worker.ts -> dist/electron/media-worker.cjs (the photo process)
//   preload/index.ts      -> dist/preload/index.cjs   (ONE file: a sandboxed preload can require
//                                                      only electron, events, timers and url)
// `electron` stays external everywhere. In main, every production dependency that CommonJS can
// require stays external too: the installers ship production node_modules anyway, and packages
// such as jsdom (files read beside their sources) or sharp (native, with its @img/* binaries,
// unpacked from the asar by electron-builder.yml) break when bundled. ESM-only packages
// (electron-store, conf, chokidar) are bundled, so main.cjs never needs require(esm).

import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** True when `require(name)` from the app folder loads CommonJS (not an ESM-only package). */
function requirable(name) {
  let file;
  try {
    file = createRequire(join(root, 'package.json')).resolve(name);
  } catch {
    return false;
  }
  if (file.endsWith('.cjs')) return true;
  if (file.endsWith('.mjs')) return false;
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const json = JSON.parse(readFileSync(manifest, 'utf8'));
    if (json.name || json.type) return json.type !== 'module';
  }
  return true;
}

/** Packages never bundled into main: Electron, native code, and every CommonJS production dependency. */
export function mainExternals() {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // devDependencies too: a service that lazily imports one (jsdom) must fail at that call with a
  // clear "cannot find module", not carry a broken bundled copy.
  const deps = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})];
  const external = ['electron', 'sharp', '@img/*'];
  for (const dep of deps) if (requirable(dep)) external.push(dep, `${dep}/*`);
  return external;
}

// The services find their resources relative to their own source file (`new URL('../../../
// resources/language/', import.meta.url)`). In one CommonJS bundle import.meta does not exist,
// so each module's `import.meta.url` becomes the URL its source file has in the app folder
// (or asar), computed from the bundle's own place: <app>/dist/electron/main.cjs.
const META_BANNER = [
  '"use strict";',
  'const __datelineFileUrl = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, "..", "..", rel)).href;',
].join('\n');

const importMetaPlugin = {
  name: 'dateline-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.(m?[jt]sx?)$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta')) return undefined;
      const rel = JSON.stringify(relative(root, args.path).split(sep).join('/'));
      const url = `__datelineFileUrl(${rel})`;
      const contents = text
        .replaceAll('import.meta.url', url)
        .replaceAll('import.meta.filename', `require("node:url").fileURLToPath(${url})`)
        .replaceAll('import.meta.dirname', `require("node:path").dirname(require("node:url").fileURLToPath(${url}))`);
      const ext = args.path.split('.').pop();
      const loader = ext === 'tsx' ? 'tsx' : ext === 'ts' || ext === 'mts' ? 'ts' : ext === 'jsx' ? 'jsx' : 'js';
      return { contents, loader, resolveDir: dirname(args.path) };
    });
  },
};

/** Builds the bundles; returns the output files. */
export async function buildElectron({ outDir = join(root, 'dist'), logLevel = 'warning' } = {}) {
  const main = join(outDir, 'electron', 'main.cjs');
  const mediaWorker = join(outDir, 'electron', 'media-worker.cjs');
  const preload = join(outDir, 'preload', 'index.cjs');
  const nodeBundle = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 45 runs Node 22.
    target: 'node22',
    external: mainExternals(),
    banner: { js: META_BANNER },
    plugins: [importMetaPlugin],
    sourcemap: 'linked',
    logLevel,
    legalComments: 'linked',
  };
  await Promise.all([
    build({ ...nodeBundle, entryPoints: [join(root, 'main/electron/main.ts')], outfile: main }),
    // The photo process (sharp), started as a utilityProcess (main/electron/media-process.ts).
    build({ ...nodeBundle, entryPoints: [join(root, 'main/core/media/worker.ts')], outfile: mediaWorker }),
    build({
      entryPoints: [join(root, 'preload/index.ts')],
      outfile: preload,
      bundle: true,
      // Not node: a node builtin pulled in by mistake must fail the build, not the window.
      platform: 'browser',
      format: 'cjs',
      target: 'chrome140',
      external: ['electron'],
      minify: true,
      sourcemap: 'linked',
      logLevel,
      legalComments: 'none',
    }),
  ]);
  // A sandboxed preload that requires anything else fails only when a window opens: fail here.
  const required = [...(await readFile(preload, 'utf8')).matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  const foreign = required.filter((id) => !['electron', 'events', 'timers', 'url'].includes(id));
  if (foreign.length)
    throw new Error(`the preload requires ${foreign.join(', ')}; a sandboxed preload can require only electron, events, timers and url`);
  return { main, mediaWorker, preload };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildElectron();
  process.stdout.write(`built ${relative(root, out.main)} and ${relative(root, out.preload)}\n`);
}
