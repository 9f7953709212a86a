// What every command shares: the library and settings it runs on, the Core it calls (the same
// services as the app), and how results and errors are printed.

import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { MethodName, Input, Output } from '../common/contract/index.ts';
import { translatorFor } from '../common/i18n/index.ts';
import { DatelineError, type ErrorInfo } from '../common/result.ts';
import { createCore } from '../core/app.ts';
import { defaultLibraryDir } from '../core/library/location.ts';
import { createLogger, silentLogger } from '../core/logger.ts';
import { createConfSettings } from '../core/settings/conf-store.ts';
import type { Core, CoreOptions } from '../core/types.ts';

/** Options every command accepts. */
export interface CommonOptions {
  library?: string;
  json?: boolean;
  verbose?: boolean;
}

/** A command of the CLI: one module under main/cli/commands/, listed in main/cli/index.ts. */
export type CliCommand = (program: Command) => void;

/** A failure already phrased for the user (the dispatcher's sentence in the UI language). */
export class CliFailure extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message);
  }
}

/** Adds --library, --json and --verbose to a command. */
export function withCommonOptions(cmd: Command): Command {
  return cmd
    .option('--library <dir>', 'the library folder (default: $DATELINE_LIBRARY, the settings, or ~/Documents/Dateline)')
    .option('--json', 'print JSON on stdout')
    .option('--verbose', 'log what happens on stderr (or to the file $DATELINE_LOG)');
}

/** The library folder: --library, then $DATELINE_LIBRARY, then the settings, then the default. */
export function libraryDirFrom(option: string | undefined, settingsDir: string): string {
  const dir = option || process.env.DATELINE_LIBRARY || settingsDir || defaultLibraryDir();
  return resolve(dir).normalize('NFC');
}

/** Calls a contract method; a failure becomes a CliFailure carrying the user's sentence. */
export async function call<M extends MethodName>(core: Core, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new CliFailure(result.error);
  return result.value as Output<M>;
}

/** Prints a value as JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/**
 * Runs a command's body with a Core over the chosen library; closes it; prints any failure as one
 * sentence on stderr (in the settings' language) and sets a non-zero exit code.
 */
export async function withCore(
  options: CommonOptions,
  body: (core: Core) => Promise<void>,
  extra: Partial<Pick<CoreOptions, 'desk'>> = {},
): Promise<void> {
  // stderr carries one sentence for the user; the details go to --verbose or $DATELINE_LOG.
  const logFile = process.env.DATELINE_LOG;
  const logger =
    options.verbose || logFile
      ? createLogger({ level: options.verbose ? 'info' : 'warn', ...(logFile ? { file: logFile } : {}) })
      : silentLogger;
  const settings = createConfSettings({ logger });
  let core: Core | undefined;
  try {
    const current = settings.get();
    core = await createCore({
      libraryDir: libraryDirFrom(options.library, current.libraryDir),
      settings,
      transport: 'direct',
      logger,
      ...extra,
    });
    await body(core);
  } catch (err) {
    let message: string;
    if (err instanceof CliFailure) {
      message = err.message;
    } else {
      let language: 'vi' | 'en' = 'vi';
      try {
        language = settings.get().language;
      } catch {
        // The default language then.
      }
      if (err instanceof DatelineError) {
        // A service called directly (the desk commands) fails with a sentence of its own.
        message = translatorFor(language)(`errors:${err.code}`, err.params);
      } else {
        message = translatorFor(language)('errors:INTERNAL', { detail: err instanceof Error ? err.message : String(err) });
        logger.error('command failed', { error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
      }
    }
    process.stderr.write(message + '\n');
    process.exitCode = 1;
  } finally {
    await core?.close();
  }
}
