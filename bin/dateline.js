#!/usr/bin/env node
// The `dateline` launcher: the CLI is TypeScript, run through tsx's loader (installed with the
// app), so `npx dateline` works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../main/cli/index.ts', import.meta.url).href);
