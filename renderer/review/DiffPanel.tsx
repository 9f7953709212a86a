// A word diff between any two versions the review knows: the text under review (or the
// library's), each submission, each decision. The service diffs (main/common/review/diff.ts:
// syllables, numbers and punctuation as Vietnamese is written); this shows the changed blocks.

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewNamespaces, type ReviewT } from './review-t.ts';
import type { DiffRef } from '../../main/common/contract/review.ts';
import type { ArticleDiff, ReviewView } from '../../main/common/review/types.ts';
import { useDates } from '../app/format.ts';
import { useReviewCall } from './use-review.ts';

interface Option {
  key: string;
  label: string;
  ref: DiffRef;
}

function options(view: ReviewView, t: ReviewT, formatTime: (iso: string) => string): Option[] {
  const out: Option[] =
    view.side === 'editor'
      ? [{ key: 'draft', label: t('review.refDraft'), ref: { kind: 'draft', id: view.articleId } }]
      : [{ key: 'current', label: t('review.refCurrent'), ref: { kind: 'current', id: view.articleId } }];
  for (const s of [...view.submissions].sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : -1))) {
    out.push({
      key: s.packageId,
      label: t('review.refSubmission', { version: s.version, time: formatTime(s.submittedAt) }),
      ref: { kind: 'submission', packageId: s.packageId },
    });
  }
  for (const d of view.decisions) {
    out.push({
      key: d.packageId,
      label: t('review.refDecision', { name: d.editor.name, time: formatTime(d.decidedAt) }),
      ref: { kind: 'decision', packageId: d.packageId },
    });
  }
  return out;
}

function RefSelect({
  label,
  list,
  value,
  onChange,
}: {
  label: string;
  list: Option[];
  value: string;
  onChange: (key: string) => void;
}): ReactNode {
  return (
    <label className="inline-field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {list.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function DiffPanel({ view }: { view: ReviewView }): ReactNode {
  const { t } = useTranslation(reviewNamespaces);
  const call = useReviewCall();
  const { formatTime } = useDates();
  const list = options(view, t, formatTime);
  const [from, setFrom] = useState(list[1]?.key ?? list[0].key);
  const [to, setTo] = useState(list[0].key);
  const [diff, setDiff] = useState<ArticleDiff | null>(null);
  const refOf = (key: string): DiffRef => (list.find((o) => o.key === key) ?? list[0]).ref;
  const show = async (): Promise<void> => setDiff(await call('review.diff', { from: refOf(from), to: refOf(to) }));
  const changed = diff?.units.filter((u) => u.change !== 'same') ?? [];

  return (
    <section className="review-panel review-diff" aria-labelledby="review-diff">
      <h2 id="review-diff">{t('review.diff')}</h2>
      <div className="review-actions">
        <RefSelect label={t('review.diffFrom')} list={list} value={from} onChange={setFrom} />
        <RefSelect label={t('review.diffTo')} list={list} value={to} onChange={setTo} />
        <button type="button" className="button" onClick={() => void show()}>
          {t('review.diffShow')}
        </button>
      </div>
      {diff && (
        <>
          <p className="hint">
            {changed.length
              ? t('review.diffSummary', { changed: diff.changed, added: diff.added, removed: diff.removed })
              : t('review.diffNone')}
          </p>
          <div className="review-diff-units">
            {changed.map((u) => (
              <p key={`${u.blockId}#${u.field}`} className={`review-diff-unit review-diff-${u.change}`} data-block-id={u.blockId}>
                {u.ops.map((op, i) =>
                  op.op === 'insert' ? (
                    <ins key={i}>{op.text}</ins>
                  ) : op.op === 'delete' ? (
                    <del key={i}>{op.text}</del>
                  ) : (
                    <span key={i}>{op.text}</span>
                  ),
                )}
              </p>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
