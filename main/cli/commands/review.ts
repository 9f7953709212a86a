// The review from the command line, through the same desk folder the apps use (docs/review.md):
//   dateline submit ID [--desk DIR]                 the reporter sends the article for review
//   dateline inbox [--desk DIR] [--json]            the editor's inbox, after reading the desk
//   dateline approve SUBMISSION [--desk DIR] [--note TEXT]
//   dateline return SUBMISSION [--desk DIR] --note TEXT
//   dateline status ID [--desk DIR] [--json]        the article's review status, after reading the desk
// The CLI does not watch the desk: each command reads it once. --desk is remembered in the profile.

import type { Command } from 'commander';
import { translatorFor } from '../../common/i18n/index.ts';
import type { ApprovalStatus, Inbox, InboxItem } from '../../common/review/types.ts';
import type { Core } from '../../core/types.ts';
import { call, CliFailure, printJson, withCommonOptions, withCore, type CliCommand, type CommonOptions } from '../runtime.ts';

interface DeskOptions extends CommonOptions {
  desk?: string;
  note?: string;
}

const tr = (core: Core) => translatorFor(core.settings.get().language);

/** Chooses the desk when --desk is given (it is then remembered), and reads what arrived in it. */
async function openDesk(core: Core, desk: string | undefined, read: boolean): Promise<void> {
  if (desk) await call(core, 'review.setDesk', { path: desk });
  if (read) await call(core, 'review.refresh', {});
}

const time = (iso: string): string => iso.slice(0, 16).replace('T', ' ');

/** One inbox line: submission id, state, article, version, who, when, headline. */
export function inboxLine(item: InboxItem): string {
  const s = item.submission;
  const state = item.state + (item.latest ? '' : '*');
  return `${s.packageId}  ${state.padEnd(10)} ${s.articleId}  v${s.version}  ${time(s.submittedAt)}  ${s.submitter.name}  ${s.headline}`;
}

function printInbox(inbox: Inbox): void {
  for (const item of inbox.items) process.stdout.write(inboxLine(item) + '\n');
  for (const r of inbox.refused) process.stdout.write(`! ${r.name}  ${r.message}\n`);
  for (const i of inbox.incomplete) process.stdout.write(`… ${i.name}\n`);
}

/** The article a submission id belongs to, from the inbox (after reading the desk). */
async function articleOf(core: Core, submissionId: string): Promise<string> {
  const inbox = await call(core, 'review.inbox', {});
  const item = inbox.items.find((i) => i.submission.packageId === submissionId);
  if (!item) {
    const message = tr(core)('review:errors.not-found', { what: 'submission', ref: submissionId });
    throw new CliFailure({ code: 'REVIEW', message, details: { reason: 'not-found' } });
  }
  return item.submission.articleId;
}

function statusLine(core: Core, s: ApprovalStatus): string {
  const t = tr(core);
  const words = [t(`review:status.${s.status}`)];
  if (s.approval && !s.approval.valid) words.push(t('review:status.voided'));
  else if (s.changedSinceSubmission && s.status !== 'approved') words.push(t('review:status.changed'));
  if (s.conflict.length) words.push(t('review:status.conflict'));
  if (s.decision)
    words.push(
      `${s.decision.verdict} · ${s.decision.editor.name} · ${time(s.decision.decidedAt)}${s.decision.note ? ` · “${s.decision.note}”` : ''}`,
    );
  return words.join(' — ');
}

/** `approve` and `return`: read the desk, find the submission's article, sign the decision. */
function decide(verdict: 'approved' | 'returned', submissionId: string, opts: DeskOptions): Promise<void> {
  return withCore(opts, async (core) => {
    await openDesk(core, opts.desk, true);
    const id = await articleOf(core, submissionId);
    const decision =
      verdict === 'approved'
        ? await call(core, 'review.approve', { id, submissionId, ...(opts.note ? { note: opts.note } : {}) })
        : await call(core, 'review.return', { id, submissionId, note: opts.note ?? '' });
    if (opts.json) printJson(decision);
    else
      process.stdout.write(
        `${decision.packageId}  ${tr(core)(verdict === 'approved' ? 'reviewUi:review.approved' : 'reviewUi:review.returnedDone')}\n`,
      );
  });
}

const withDesk = (cmd: Command): Command =>
  withCommonOptions(cmd.option('--desk <dir>', 'the desk folder shared with the newsroom (remembered)'));

export const reviewCommand: CliCommand = (program: Command) => {
  withDesk(
    program.command('submit').description('submit an article for review through the desk').argument('<id>', 'the article id'),
  ).action((id: string, opts: DeskOptions) =>
    withCore(opts, async (core) => {
      await openDesk(core, opts.desk, false);
      const receipt = await call(core, 'review.submit', { id });
      if (opts.json) return printJson(receipt);
      const t = tr(core);
      process.stdout.write(
        `${receipt.submission.packageId}  ${receipt.alreadySubmitted ? t('reviewUi:bar.already') : t('reviewUi:bar.submitted', { version: receipt.submission.version })}\n`,
      );
    }),
  );

  withDesk(program.command('inbox').description('list the submissions in the desk (reads the desk first)')).action((opts: DeskOptions) =>
    withCore(opts, async (core) => {
      await openDesk(core, opts.desk, true);
      const inbox = await call(core, 'review.inbox', {});
      if (opts.json) printJson(inbox);
      else printInbox(inbox);
    }),
  );

  withDesk(
    program
      .command('approve')
      .description('approve a submission (signs the text as it stands)')
      .argument('<submission>', 'the submission id (s-…)')
      .option('--note <text>', 'a note for the reporter'),
  ).action((submissionId: string, opts: DeskOptions) => decide('approved', submissionId, opts));

  withDesk(
    program
      .command('return')
      .description('return a submission to its reporter with a note')
      .argument('<submission>', 'the submission id (s-…)')
      .requiredOption('--note <text>', 'what the reporter should change'),
  ).action((submissionId: string, opts: DeskOptions) => decide('returned', submissionId, opts));

  withDesk(
    program.command('status').description('an article’s review status (reads the desk first)').argument('<id>', 'the article id'),
  ).action((id: string, opts: DeskOptions) =>
    withCore(opts, async (core) => {
      await openDesk(core, opts.desk, true);
      const status = await call(core, 'review.status', { id });
      if (opts.json) printJson(status);
      else process.stdout.write(statusLine(core, status) + '\n');
    }),
  );
};
