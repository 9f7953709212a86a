// A small logger: one line per event, to stderr or appended to a file. Services log what a
// developer needs to diagnose a failure; what the reporter sees is the DatelineError sentence.

import { appendFileSync } from 'node:fs';

/** Where services report what a developer needs to diagnose a failure. */
export interface Logger {
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

export type LogLevel = 'info' | 'warn' | 'error';
const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2 };

export interface LoggerOptions {
  /** Append to this file instead of writing to stderr. */
  file?: string;
  /** The least severe level written (default 'info'). */
  level?: LogLevel;
  clock?: () => Date;
}

/** A logger writing `time level message {data}` lines to stderr or a file. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const min = RANK[options.level ?? 'info'];
  const clock = options.clock ?? (() => new Date());
  const write = (level: LogLevel, msg: string, data?: Record<string, unknown>): void => {
    if (RANK[level] < min) return;
    let line = `${clock().toISOString()} ${level} ${msg}`;
    if (data && Object.keys(data).length) {
      try {
        line += ' ' + JSON.stringify(data);
      } catch {
        line += ' [unserialisable data]';
      }
    }
    line += '\n';
    try {
      // Synchronous on purpose: the line must be on disk if the process dies right after.
      if (options.file) appendFileSync(options.file, line);
      else process.stderr.write(line);
    } catch {
      // A logger that throws would turn a logged problem into a crash.
    }
  };
  return {
    info: (msg, data) => write('info', msg, data),
    warn: (msg, data) => write('warn', msg, data),
    error: (msg, data) => write('error', msg, data),
  };
}

/** A logger that drops everything (tests, and the CLI unless asked). */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
