// `dateline keys export|import|trust|list`: the newsroom's keys, as Settings does them. Files
// are read and written here, by the trusted command line; the services only see contents.
//   keys export [--out FILE|DIR]       the public key file (stdout without --out)
//   keys import FILE… [--trust ROLE]   colleagues' key files (known, not trusted, unless --trust)
//   keys trust KEY --role ROLE | --none   KEY: key id, fingerprint, or enough of either
//   keys list

import type { Command } from 'commander';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { translatorFor } from '../../common/i18n/index.ts';
import type { KeyEntry, Role } from '../../common/review/types.ts';
import { writeFileAtomic } from '../../core/fs/atomic.ts';
import type { Core } from '../../core/types.ts';
import { call, CliFailure, printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';
import { collect, parseRoles } from './profile.ts';

interface KeysOptions extends CommonOptions {
  out?: string;
  trust?: string[];
  role?: string[];
  none?: boolean;
}

const tr = (core: Core) => translatorFor(core.settings.get().language);

/** A key file's text; a file that cannot be read, or is far larger than a key file, is refused. */
export async function readKeyFile(core: Core, path: string): Promise<string> {
  const st = await stat(path).catch(() => null);
  if (!st?.isFile() || st.size > 100_000)
    throw new CliFailure({ code: 'INVALID_INPUT', message: tr(core)('desk:cli.badKeyFile', { path }) });
  return readFile(path, 'utf8');
}

/** The one key whose id or fingerprint begins with what was typed. */
export function findKey(core: Core, keys: KeyEntry[], typed: string): KeyEntry {
  const want = typed.replace(/\s+/g, '').toLowerCase();
  const found = keys.filter(
    (k) => !k.own && want.length >= 4 && (k.keyId.startsWith(want) || k.fingerprint.replace(/\s+/g, '').toLowerCase().startsWith(want)),
  );
  if (found.length === 1) return found[0];
  throw new CliFailure({
    code: 'REVIEW',
    message: tr(core)(found.length ? 'desk:cli.ambiguousKey' : 'desk:cli.noSuchKey', { key: typed }),
  });
}

function keyLine(core: Core, k: KeyEntry): string {
  const t = tr(core);
  const trusted = k.trustedRoles.map((r) => t(`reviewUi:profile.${r}`)).join(', ') || t('reviewUi:profile.untrusted');
  return `${k.fingerprint}  ${k.name}  ${k.own ? t('reviewUi:profile.own') : trusted}`;
}

export const keysCommand: CliCommand = (program: Command) => {
  const keys = program.command('keys').description('your public key and the newsroom’s keys');

  withCommonOptions(
    keys
      .command('export')
      .description('your public key file, to give to the newsroom')
      .option('--out <path>', 'a file to write, or a folder to put it in (default: print it)'),
  ).action((opts: KeysOptions) =>
    withCore(opts, async (core) => {
      const exported = await call(core, 'keys.export', {});
      if (!opts.out) return void process.stdout.write(exported.content);
      const out = resolve(opts.out);
      const target = (await stat(out).catch(() => null))?.isDirectory() ? join(out, exported.fileName) : out;
      // Never over another file: a mistyped path must not cost the user a document.
      if (await stat(target).catch(() => null))
        throw new CliFailure({ code: 'REVIEW', message: tr(core)('review:errors.exists', { path: target }) });
      await writeFileAtomic(target, exported.content, { exclusive: true });
      if (opts.json) printJson({ ...exported, path: target });
      else process.stdout.write(`${tr(core)('reviewUi:profile.exported', { path: target })}\n`);
    }),
  );

  withCommonOptions(
    keys
      .command('import')
      .description('import colleagues’ public key files (compare each fingerprint by phone before trusting it)')
      .argument('<files...>', 'key files (*.dateline-key.json)')
      .option('--trust <role>', 'also trust each key as reporter and/or editor', collect),
  ).action((files: string[], opts: KeysOptions) =>
    withCore(opts, async (core) => {
      const roles: Role[] | null = opts.trust?.length ? parseRoles(opts.trust, core.settings.get().language) : null;
      const out: KeyEntry[] = [];
      for (const file of files) {
        let entry = await call(core, 'keys.import', { content: await readKeyFile(core, file) });
        if (roles) entry = await call(core, 'keys.trust', { keyId: entry.keyId, roles });
        out.push(entry);
      }
      if (opts.json) return printJson(out);
      for (const e of out)
        process.stdout.write(
          `${roles ? keyLine(core, e) : tr(core)('reviewUi:profile.imported', { name: e.name, fingerprint: e.fingerprint })}\n`,
        );
    }),
  );

  withCommonOptions(
    keys
      .command('trust')
      .description('trust a key for roles (or --none to keep it known only)')
      .argument('<key>', 'key id or fingerprint (the first characters are enough)')
      .option('--role <role>', 'reporter or editor (repeat, or separate with commas)', collect)
      .option('--none', 'trust it for nothing'),
  ).action((typed: string, opts: KeysOptions) =>
    withCore(opts, async (core) => {
      const t = tr(core);
      const key = findKey(core, await call(core, 'keys.list', {}), typed);
      const roles = opts.none ? [] : parseRoles(opts.role, core.settings.get().language);
      const entry = await call(core, 'keys.trust', { keyId: key.keyId, roles });
      if (opts.json) return printJson(entry);
      process.stdout.write(
        `${roles.length ? t('desk:cli.keyTrusted', { name: entry.name, fingerprint: entry.fingerprint, roles: roles.map((r) => t(`reviewUi:profile.${r}`)).join(', ') }) : t('desk:cli.keyUntrusted', { name: entry.name, fingerprint: entry.fingerprint })}\n`,
      );
    }),
  );

  withCommonOptions(keys.command('list').description('your key and the keys you imported, with their trust')).action((opts: KeysOptions) =>
    withCore(opts, async (core) => {
      const list = await call(core, 'keys.list', {});
      if (opts.json) return printJson(list);
      for (const k of list) process.stdout.write(keyLine(core, k) + '\n');
    }),
  );
};
