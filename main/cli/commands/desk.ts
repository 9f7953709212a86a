// `dateline desk …`: the desk across machines (docs/desk.md), calling the desk services directly
// (the command line is trusted with paths; the app's contract takes none).
//   desk join DEVICE-ID [--root DIR] [--hub-address tcp://HOST:PORT]
//   desk status [--json]                      engine, peers, what waits to leave, per-package delivery
//   desk hub [--root DIR] [--accept-keys FILE…] [--archive-days N] [--wait SECONDS] [--watch]
// --syncthing-address URL and --api-key KEY (both) set where the local Syncthing answers, as
// Settings → Bàn biên tập does; otherwise they are read from Syncthing's own config.

import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import type { DeskStatus } from '../../common/desk/types.ts';
import { formatSize } from '../../common/desk/format.ts';
import { formatPublishTime } from '../../common/article/time.ts';
import { translatorFor } from '../../common/i18n/index.ts';
import type { Language } from '../../common/settings.ts';
import { runHub, type HubReport } from '../../core/desk/hub.ts';
import { LaneDesk } from '../../core/desk/lane-desk.ts';
import type { DeskService } from '../../core/desk/service.ts';
import type { ReviewService } from '../../core/review/service.ts';
import type { Core } from '../../core/types.ts';
import { printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';
import { readKeyFile } from './keys.ts';

interface DeskOptions extends CommonOptions {
  root?: string;
  hubAddress?: string;
  syncthingAddress?: string;
  apiKey?: string;
  acceptKeys?: string[];
  archiveDays?: string;
  wait?: string;
  watch?: boolean;
}

interface Services {
  desk: DeskService;
  review: ReviewService;
}

/** Runs a command with the Core and its desk and review services. */
function withServices(opts: DeskOptions, body: (core: Core, s: Services) => Promise<void>): Promise<void> {
  let services: Services | undefined;
  return withCore(
    opts,
    async (core) => {
      if (!services) throw new Error('the desk services were not built');
      if (opts.syncthingAddress || opts.apiKey) await services.desk.setSyncthing({ address: opts.syncthingAddress, apiKey: opts.apiKey });
      await body(core, services);
    },
    { desk: { expose: (s) => (services = s) } },
  );
}

const withSyncthing = (cmd: Command): Command =>
  withCommonOptions(
    cmd
      .option('--syncthing-address <url>', 'the local Syncthing’s REST address (remembered; with --api-key)')
      .option('--api-key <key>', 'its API key'),
  );

/** The status as lines, in the UI language. */
export function statusLines(s: DeskStatus, language: Language): string[] {
  const t = translatorFor(language);
  const lines = [t('desk:cli.engine', { layout: t(`desk:cli.layout.${s.layout}`), path: s.path ?? '–' })];
  const st = s.syncthing;
  if (st?.state === 'ok') {
    lines.push(t('desk:cli.device', { id: st.deviceId }));
    const state = (p: { connected: boolean; lastSeen: string | null }): string =>
      p.connected
        ? t('desk:cli.connected')
        : p.lastSeen
          ? t('desk:cli.disconnected', { time: formatPublishTime(p.lastSeen) })
          : t('desk:cli.never');
    if (st.hub) lines.push(t('desk:cli.hub', { name: st.hub.name, id: st.hub.deviceId, state: state(st.hub) }));
    for (const p of st.peers)
      if (p.deviceId !== st.hub?.deviceId) lines.push(t('desk:cli.peer', { name: p.name, id: p.deviceId, state: state(p) }));
  } else if (st?.message) lines.push(st.message);
  if (s.engine === 'syncthing')
    lines.push(
      s.waiting.items
        ? t('desk:cli.waiting', { items: s.waiting.items, size: formatSize(s.waiting.bytes, language) })
        : t('desk:cli.nothingWaiting'),
    );
  for (const d of s.deliveries) {
    const word =
      d.state === 'received' && d.receipt
        ? t('desk:delivery.received', { time: formatPublishTime(d.receipt.at), name: d.receipt.by.name })
        : d.state === 'reached' && d.via === 'folder'
          ? t('desk:delivery.reachedFolder')
          : t(`desk:delivery.${d.state}`);
    lines.push(`${d.packageId}  ${d.articleId}  v${d.version}  ${word}  ${d.headline}`);
  }
  for (const c of s.conflicts) lines.push(`! ${c.message}`);
  return lines;
}

/** The hub's report as lines. */
export function hubLines(r: HubReport, language: Language): string[] {
  const t = translatorFor(language);
  const lines: string[] = [t('desk:cli.device', { id: r.deviceId })];
  for (const a of r.accepted)
    lines.push(
      t('desk:cli.hubAccepted', { name: a.name, roles: a.roles.map((x) => t(`reviewUi:profile.${x}`)).join(', '), id: a.deviceId }),
    );
  for (const w of r.waiting) lines.push(t('desk:cli.hubWaiting', { id: w.deviceId, reason: t(`desk:hubReason.${w.reason}`, w.params) }));
  if (!r.accepted.length && !r.waiting.length) lines.push(t('desk:cli.hubNothing'));
  for (const l of r.lanes) lines.push(t('desk:cli.hubShared', { lane: l.folderId, count: l.devices }));
  if (r.archived) lines.push(t('desk:cli.hubArchived', { count: r.archived }));
  return lines;
}

const print = (lines: string[]): void => void process.stdout.write(lines.join('\n') + '\n');

export const deskCommand: CliCommand = (program: Command) => {
  const desk = program.command('desk').description('the desk across machines: lanes carried by Syncthing');

  withSyncthing(
    desk
      .command('join')
      .description('join the newsroom’s desk: add the hub’s device to Syncthing and share your lane with it')
      .argument('<device-id>', 'the hub’s Syncthing device ID')
      .option('--root <dir>', 'where the lanes go (default: the current lanes desk, else <library>/desk)')
      .option('--hub-address <address>', 'the hub’s address when discovery cannot find it (tcp://host:port)'),
  ).action((deviceId: string, opts: DeskOptions) =>
    withServices(opts, async (core, s) => {
      const status = await s.desk.join(deviceId, {
        ...(opts.root ? { root: resolve(opts.root) } : {}),
        ...(opts.hubAddress ? { hubAddress: opts.hubAddress } : {}),
      });
      if (opts.json) return printJson(status);
      const language = core.settings.get().language;
      const own = status.lanes.find((l) => l.own);
      print([
        translatorFor(language)('desk:cli.joined', { lane: own?.lane ?? '–', hub: status.syncthing?.hub?.deviceId ?? deviceId }),
        ...statusLines(status, language),
      ]);
    }),
  );

  withSyncthing(
    desk.command('status').description('how the desk is carried, the hub, what waits to leave, and where each of your submissions is'),
  ).action((opts: DeskOptions) =>
    withServices(opts, async (core, s) => {
      await s.review.refresh();
      const status = await s.desk.status();
      if (opts.json) printJson(status);
      else print(statusLines(status, core.settings.get().language));
    }),
  );

  withSyncthing(
    desk
      .command('hub')
      .description(
        'on the newsroom hub: accept devices whose keys the newsroom trusts, share every lane with the editors, archive decided packages',
      )
      .option('--root <dir>', 'the hub’s lanes root (default: the current lanes desk, else <library>/desk)')
      .option('--accept-keys <files...>', 'public key files to trust first, each for the roles it claims')
      .option('--archive-days <n>', 'move decided packages unchanged for this many days to the archive (0: never)', '7')
      .option('--wait <seconds>', 'how long to wait for new devices to show their card', '60')
      .option('--watch', 'keep running, acting on each new device'),
  ).action((opts: DeskOptions) =>
    withServices(opts, async (core, s) => {
      const language = core.settings.get().language;
      const current = s.review.currentDesk();
      const root = resolve(opts.root ?? (current instanceof LaneDesk ? current.location : join(core.libraryDir, 'desk')));
      for (const file of opts.acceptKeys ?? []) {
        const entry = await s.review.importKey({ content: await readKeyFile(core, file) });
        await s.review.trustKey(entry.keyId, entry.claimedRoles);
      }
      await new LaneDesk(root).ensure();
      if ((await s.review.deskInfo()).path !== root) await s.review.setDesk(root);
      const client = await s.desk.client();
      const days = Math.max(0, Number(opts.archiveDays ?? 7) || 0);
      const waitMs = Math.max(0, Number(opts.wait ?? 60) || 0) * 1000;
      for (;;) {
        const since = await client.lastEventId();
        const report = await runHub({
          client,
          profiles: s.review.profiles,
          profileDir: s.review.profiles.dir,
          root,
          archiveAfterMs: days * 86_400_000,
          waitMs,
        });
        if (opts.json) printJson(report);
        else print(hubLines(report, language));
        if (!opts.watch) break;
        // Until something happens: a device asks to connect or offers a lane.
        await client.events(since, { types: ['PendingDevicesChanged', 'PendingFoldersChanged'], timeoutS: 300 });
      }
    }),
  );
};
