// `dateline profile set --name NAME --role reporter|editor [--role …]` and `dateline profile show`:
// the review profile (name, roles, signing key) of this machine, as Settings → Hồ sơ duyệt bài.

import type { Command } from 'commander';
import { translatorFor } from '../../common/i18n/index.ts';
import type { Role } from '../../common/review/types.ts';
import { call, CliFailure, printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';

interface ProfileOptions extends CommonOptions {
  name?: string;
  role?: string[];
}

/** Commander's collector for a repeatable, comma-separated option. */
export const collect = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
];

/** The roles named by --role (repeatable or comma-separated); a failure names the bad one. */
export function parseRoles(values: string[] | undefined, language: 'vi' | 'en'): Role[] {
  const t = translatorFor(language);
  const fail = (key: 'needRole' | 'badRole', params: Record<string, string> = {}): never => {
    throw new CliFailure({ code: 'INVALID_INPUT', message: t(`desk:cli.${key}`, params) });
  };
  if (!values?.length) fail('needRole');
  const roles = new Set<Role>();
  for (const v of values ?? []) {
    if (v !== 'reporter' && v !== 'editor') fail('badRole', { role: v });
    roles.add(v as Role);
  }
  return [...roles];
}

export const profileCommand: CliCommand = (program: Command) => {
  const profile = program.command('profile').description('this machine’s review profile: name, roles, signing key');
  withCommonOptions(
    profile
      .command('set')
      .description('create or change the profile (a signing key is made the first time)')
      .requiredOption('--name <name>', 'your name as the newsroom knows it')
      .option('--role <role>', 'reporter or editor (repeat, or separate with commas)', collect),
  ).action((opts: ProfileOptions) =>
    withCore(opts, async (core) => {
      const language = core.settings.get().language;
      const saved = await call(core, 'review.setProfile', {
        name: (opts.name ?? '').normalize('NFC'),
        roles: parseRoles(opts.role, language),
      });
      if (opts.json) return printJson(saved);
      const t = translatorFor(language);
      process.stdout.write(
        `${t('reviewUi:profile.saved')}\n${saved.name} · ${saved.roles.map((r) => t(`reviewUi:profile.${r}`)).join(', ')} · ${t('reviewUi:profile.key', { fingerprint: saved.fingerprint })}\n`,
      );
    }),
  );
  withCommonOptions(profile.command('show').description('print the profile')).action((opts: ProfileOptions) =>
    withCore(opts, async (core) => {
      const p = await call(core, 'review.profile', {});
      if (opts.json) return printJson(p);
      const t = translatorFor(core.settings.get().language);
      process.stdout.write(
        p
          ? `${p.name} · ${p.roles.map((r) => t(`reviewUi:profile.${r}`)).join(', ')} · ${t('reviewUi:profile.key', { fingerprint: p.fingerprint })}\n`
          : `${t('reviewUi:profile.noKey')}\n`,
      );
    }),
  );
};
