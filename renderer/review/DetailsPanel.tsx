// The details an approval signs besides the text, on the review screen: the byline as printed,
// publish time, place, category, tags, related articles, slug; the counts (chữ, characters,
// reading time) and the preflight findings of this version. A detail that changed since the
// previous submission says so, with what it was.

import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewNamespaces, type ReviewKey } from './review-t.ts';
import type { AssetSize } from '../../main/common/export/preflight.ts';
import { preflight } from '../../main/common/export/preflight.ts';
import { META_FIELDS, printedMeta, type MetaField } from '../../main/common/review/changes.ts';
import type { ReviewView } from '../../main/common/review/types.ts';
import { readingTime, type TextCounts } from '../../main/common/vietnamese/counts.ts';
import { useSettings } from '../app/settings-context.tsx';
import { articleCounts } from '../editor/StatusBarCounts.ts';

const LABEL: Record<MetaField, ReviewKey> = {
  byline: 'meta:byline.preview',
  publishAt: 'meta:publish.label',
  place: 'meta:place',
  category: 'meta:category',
  tags: 'meta:tags.label',
  relatedIds: 'meta:related.label',
  slug: 'meta:slug.label',
};

export function DetailsPanel({ view }: { view: ReviewView }): ReactNode {
  const { t, i18n } = useTranslation(reviewNamespaces);
  const { settings } = useSettings();
  const prefix = settings.paperPrefix || 'BHG';
  const article = view.article;
  const counts = useMemo(() => articleCounts(article.content, prefix), [article.content, prefix]);
  const report = useMemo(() => {
    const assets = new Map<string, AssetSize>();
    for (const p of view.photos) if (p.info) assets.set(p.assetId, { width: p.info.width, height: p.info.height });
    return preflight(article, settings, assets);
  }, [article, settings, view.photos]);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'vi-VN');
  const changes = new Map((view.since?.meta ?? []).map((c) => [c.field, c]));

  const value = (field: MetaField): ReactNode => {
    if (field === 'relatedIds') {
      if (view.related.length === 0) return <span className="hint">{t('details.none')}</span>;
      return (
        <ul className="review-related">
          {view.related.map((r) => (
            <li key={r.id}>{r.headline ?? <code>{r.id}</code>}</li>
          ))}
        </ul>
      );
    }
    const text = printedMeta(article.meta, field);
    return text || <span className="hint">{t('details.none')}</span>;
  };
  const part = (label: string, c: TextCounts): ReactNode => (
    <li>
      {label}: <b>{t('find:counts.chu', { count: c.chu, n: number.format(c.chu) })}</b> ·{' '}
      {t('find:counts.characters', { count: c.characters, n: number.format(c.characters) })}
    </li>
  );
  const { minutes } = readingTime(counts.sapo.chu + counts.body.chu);

  return (
    <section className="review-panel review-details" aria-labelledby="review-details">
      <h2 id="review-details">{t('details.title')}</h2>
      <dl className="review-details-list">
        {META_FIELDS.map((field) => {
          const change = changes.get(field);
          return (
            <div key={field} data-detail={field} className={change ? 'is-changed' : undefined}>
              <dt>
                {t(LABEL[field])}
                {change && <span className="badge badge-since">{t('since.changed')}</span>}
              </dt>
              <dd>
                {value(field)}
                {change && <div className="hint">{t('since.was', { value: change.before || t('details.none') })}</div>}
              </dd>
            </div>
          );
        })}
      </dl>
      <h3>{t('details.counts')}</h3>
      <ul className="review-counts" data-testid="review-counts">
        {part(t('find:counts.sapo'), counts.sapo)}
        {part(t('find:counts.body'), counts.body)}
        <li>{minutes ? t('find:counts.reading', { minutes }) : t('find:counts.readingNone')}</li>
      </ul>
      <h3>{t('details.preflight')}</h3>
      {report.findings.length === 0 ? (
        <p className="hint">{t('details.preflightClean')}</p>
      ) : (
        <ul className="review-findings">
          {report.findings.map((f, i) => (
            <li key={`${f.code}:${f.blockId ?? ''}:${i}`} className={`finding-${f.severity}`} data-finding={f.code}>
              <span className="visually-hidden">{t(`details.severity.${f.severity}`)}: </span>
              {t(`export:finding.${f.code}`, f.params ?? {})}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
