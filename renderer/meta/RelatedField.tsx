// Related articles ("Cùng chuyên mục" under the printed story), picked from the library: search by
// headline with the library's own search (tone-insensitive), add from the results, remove.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleHeadline } from '../../main/common/article/model.ts';
import { formatPublishDate } from '../../main/common/article/time.ts';
import type { SearchHit } from '../../main/common/contract/search.ts';
import { useApi } from '../api/context.tsx';
import { PlainInput } from '../fields/PlainField.tsx';

/** What the panel shows of an article: its headline and its date. */
export interface ArticleLabel {
  headline: string;
  /** Publish time, or last change when unscheduled (ISO). */
  date: string;
  missing?: boolean;
}

interface Props {
  selfId: string;
  ids: string[];
  onChange: (ids: string[]) => void;
}

/** Headlines and dates of the related articles, fetched once each. */
function useLabels(ids: string[]): [Map<string, ArticleLabel>, (id: string, label: ArticleLabel) => void] {
  const api = useApi();
  const [labels, setLabels] = useState(() => new Map<string, ArticleLabel>());
  const asked = useRef(new Set<string>());
  const remember = (id: string, label: ArticleLabel): void => {
    asked.current.add(id);
    setLabels((prev) => new Map(prev).set(id, label));
  };
  useEffect(() => {
    for (const id of ids) {
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      void api['library.get']({ id }).then((r) => {
        const label: ArticleLabel = r.ok
          ? { headline: articleHeadline(r.value.content), date: r.value.meta.publishAt ?? r.value.updatedAt }
          : { headline: '', date: '', missing: true };
        setLabels((prev) => new Map(prev).set(id, label));
      });
    }
  }, [api, ids]);
  return [labels, remember];
}

export function RelatedField({ selfId, ids, onChange }: Props) {
  const { t } = useTranslation('meta');
  const api = useApi();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [labels, remember] = useLabels(ids);

  useEffect(() => {
    if (!query.trim()) {
      setHits(null);
      return;
    }
    let live = true;
    // A short pause so a search runs per word typed, not per letter.
    const timer = setTimeout(() => {
      void api['library.search']({ query, limit: 8 }).then((r) => {
        if (live) setHits(r.ok ? r.value.items.filter((h) => h.id !== selfId) : []);
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, selfId]);

  const label = (id: string): ArticleLabel => labels.get(id) ?? { headline: '', date: '' };
  const title = (l: ArticleLabel): string => (l.missing ? t('related.missing') : l.headline || t('related.untitled'));

  return (
    <div className="meta-field meta-related">
      <label htmlFor="meta-related-search">{t('related.label')}</label>
      {ids.length > 0 && (
        <ul className="meta-related-list" data-testid="meta-related-list">
          {ids.map((id) => (
            <li key={id} data-testid="meta-related-item" data-id={id}>
              <span className="meta-related-headline">{title(label(id))}</span>
              <span className="meta-related-date">{formatPublishDate(label(id).date)}</span>
              <button
                type="button"
                className="button button-quiet meta-remove"
                aria-label={t('related.remove', { headline: title(label(id)) })}
                onClick={() => onChange(ids.filter((x) => x !== id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <PlainInput
        id="meta-related-search"
        data-testid="meta-related-search"
        type="search"
        value={query}
        placeholder={t('related.placeholder')}
        aria-label={t('related.search')}
        onValue={setQuery}
      />
      {hits && (
        <ul className="meta-results" aria-label={t('related.results')} data-testid="meta-related-results">
          {hits.length === 0 && <li className="meta-hint">{t('related.none')}</li>}
          {hits.map((hit) => {
            const already = ids.includes(hit.id);
            const l: ArticleLabel = { headline: hit.headline, date: hit.date };
            return (
              <li key={hit.id}>
                <button
                  type="button"
                  className="meta-result"
                  disabled={already}
                  aria-label={t('related.add', { headline: title(l) })}
                  onClick={() => {
                    remember(hit.id, l);
                    onChange([...ids, hit.id]);
                  }}
                >
                  <span className="meta-related-headline">{title(l)}</span>
                  <span className="meta-related-date">{formatPublishDate(hit.date)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
