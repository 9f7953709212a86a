// `npm run serve -- [--library DIR] [--port N] [--config DIR]`: the browser host on this
// machine's loopback, printing the one address (with this run's key) that opens the app.

import { Command, InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { translatorFor } from '../common/i18n/index.ts';
import { createCore } from '../core/app.ts';
import { defaultLibraryDir } from '../core/library/location.ts';
import { createLogger } from '../core/logger.ts';
import { createPathGrants } from '../core/fs/path-grants.ts';
import { createPhotoPathGate } from '../core/media/path-gate.ts';
import { createConfSettings } from '../core/settings/conf-store.ts';
import { startHost } from './server.ts';

interface ServeOptions {
  library?: string;
  port: number;
  config?: string;
  renderer: string;
  desk?: string;
  verbose?: boolean;
}

const DEFAULT_RENDERER = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
}

/** Parses the arguments, starts the Core and the host, and stops both on Ctrl+C or SIGTERM. */
export async function main(argv: string[] = process.argv): Promise<void> {
  const program = new Command('dateline-serve')
    .description('Serve Dateline to a browser on this computer (127.0.0.1 only, with a per-run key).')
    .option('--library <dir>', 'the library folder (default: $DATELINE_LIBRARY, the settings, or ~/Documents/Dateline)')
    .option('--port <n>', 'the port to listen on; 0 picks a free one', parsePort, 0)
    .option('--config <dir>', 'the settings folder (default: $DATELINE_CONFIG_DIR or the system config folder)')
    .option('--renderer <dir>', 'the built renderer', DEFAULT_RENDERER)
    .option('--desk <dir>', 'a desk folder the page may choose (the page may name no other folder outside the library)')
    .option('--verbose', 'log what happens on stderr')
    .parse(argv);
  const opts = program.opts<ServeOptions>();

  const logger = createLogger({ level: opts.verbose ? 'info' : 'error' });
  const settings = createConfSettings({ dir: opts.config || process.env.DATELINE_CONFIG_DIR || undefined, logger });
  const t = translatorFor(settings.get().language);
  const rendererDir = resolve(opts.renderer);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write(t('ui:serve.noRenderer', { dir: rendererDir }) + '\n');
    process.exitCode = 1;
    return;
  }
  const libraryDir = resolve(opts.library || process.env.DATELINE_LIBRARY || settings.get().libraryDir || defaultLibraryDir()).normalize(
    'NFC',
  );
  // The page may name only what this command line names or the host's uploads made, or what lies in
  // the library (main/core/fs/path-grants.ts); media.add's paths are held to the desktop's photo check.
  const paths = createPathGrants({ libraryDir });
  if (opts.desk) paths.grantFolder(resolve(opts.desk));
  const pathGate = createPhotoPathGate({ grants: paths });
  const core = await createCore({
    libraryDir,
    settings,
    transport: 'host',
    logger,
    media: { admitPath: (path) => pathGate.admit(path) },
    paths,
  });
  let host;
  try {
    host = await startHost({ core, port: opts.port, rendererDir });
  } catch (err) {
    await core.close();
    const code = (err as NodeJS.ErrnoException).code;
    process.stderr.write((code === 'EADDRINUSE' ? t('ui:serve.portInUse', { port: opts.port }) : String(err)) + '\n');
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${t('ui:serve.listening', { library: libraryDir })}\n\n  ${host.url}\n\n${t('ui:serve.howToStop')}\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    // Pending saves are flushed by core.close(); the tab shows its own failure if it is still typing.
    void host
      .close()
      .then(() => core.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
