#!/usr/bin/env node
// `npm run serve -- [--library DIR] [--port N] [--config DIR]`: builds the renderer when it is
// missing or older than its sources, then runs the browser host (TypeScript, through tsx).
// See docs/serve.md.
import { register } from 'tsx/esm/api';

register();
const repo = new URL('..', import.meta.url);
const { ensureRendererBuilt } = await import(new URL('main/host/build.ts', repo).href);
const { fileURLToPath } = await import('node:url');
await ensureRendererBuilt(fileURLToPath(repo), (msg) => process.stderr.write(msg + '\n'));
const { main } = await import(new URL('main/host/cli.ts', repo).href);
await main(process.argv);
