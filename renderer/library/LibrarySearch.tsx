// Searching the library (docs/search.md): one box over headline, sapo, body, byline and tags,
// tone-insensitive (`da nang` finds `Đà Nẵng`), with filters by status, category (a part of its
// name is enough) and date (typed day/month/year in every language, never the browser's format). While
// a search is on, its results stand in for the library's table (LibrarySearch.css hides it).
// Results show the headline and a snippet with the matched words marked; a click opens the article.

import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../main/common/article/model.ts';
import type { SearchResults } from '../../main/common/contract/search.ts';
import { parseDate } from '../../main/common/article/time.ts';
import { compareVietnamese } from '../../main/common/text/fold.ts';
import { useApi } from '../api/context.tsx';
import { useDates } from '../app/format.ts';
import type { Route } from '../app/route.ts';
import './LibrarySearch.css';

const PAGE = 50;
// Long enough not to search on every letter of a fast typist, short enough to feel instant.
const QUIET_MS = 150;

interface Filters {
  query: string;
  status: ArticleStatus | '';
  category: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { query: '', status: '', category: '', from: '', to: '' };

/** `text` with the [start, end) ranges wrapped in <mark>. */
function marked(text: string, marks: ReadonlyArray<readonly [number, number]>): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const [a, b] of marks) {
    if (a < at || b > text.length) continue;
    if (a > at) out.push(text.slice(at, a));
    out.push(<mark key={a}>{text.slice(a, b)}</mark>);
    at = b;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export function LibrarySearch({ navigate }: { navigate: (to: Route) => void }): ReactNode {
  const { t } = useTranslation('find');
  const { t: tu } = useTranslation();
  const api = useApi();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [limit, setLimit] = useState(PAGE);
  const [results, setResults] = useState<SearchResults | null>(null);
  const [problem, setProblem] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const box = useRef<HTMLInputElement>(null);
  const asked = useRef(0);

  const { formatTime } = useDates();
  // The days as the service takes them (`2025-01-05`); a date not yet complete or not real is null.
  const from = filters.from.trim() ? parseDate(filters.from) : '';
  const to = filters.to.trim() ? parseDate(filters.to) : '';
  const badDate = from === null || to === null;
  const active = filters.query.trim() !== '' || filters.status !== '' || filters.category.trim() !== '' || !!from || !!to;
  const badRange = !!from && !!to && from > to;

  useEffect(() => {
    if (!active || badRange || badDate) {
      asked.current++;
      setResults(null);
      // A date still being typed is not an alarm: the hint under the filters says the form.
      setProblem(badRange && !badDate ? t('search.badRange') : '');
      return;
    }
    const ticket = ++asked.current;
    const timer = setTimeout(async () => {
      const result = await api['library.search']({
        query: filters.query,
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.category.trim() ? { category: filters.category.trim() } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        limit,
        offset: 0,
      });
      // A slower answer to an older query must not replace a newer one.
      if (ticket !== asked.current) return;
      if (result.ok) {
        setResults(result.value);
        setProblem('');
      } else {
        setResults(null);
        setProblem(result.error.message);
      }
    }, QUIET_MS);
    return () => clearTimeout(timer);
  }, [api, filters, from, to, limit, active, badRange, badDate, t]);

  // The categories the library uses, offered as the reporter types one.
  useEffect(() => {
    let live = true;
    void api['library.list']({ sort: 'changed', trash: false, offset: 0, limit: 500 }).then((r) => {
      if (!live || !r.ok) return;
      setCategories([...new Set(r.value.items.map((a) => a.category.trim()).filter(Boolean))].sort(compareVietnamese));
    });
    return () => {
      live = false;
    };
  }, [api]);

  // Ctrl/Cmd+F in the library goes to the search box (in an article it opens Find).
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.isComposing || e.keyCode === 229 || e.defaultPrevented) return;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.code === 'KeyF' || e.key.toLowerCase() === 'f')) {
        e.preventDefault();
        box.current?.focus();
        box.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const set = (patch: Partial<Filters>): void => {
    setFilters((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  };
  const filtered = filters.status !== '' || filters.category !== '' || filters.from !== '' || filters.to !== '';
  const statusOptions = useMemo(() => ARTICLE_STATUSES.map((s) => ({ value: s, label: tu(`status.${s}`) })), [tu]);

  return (
    <div className="library-search" data-active={active ? 'true' : 'false'}>
      <div className="search-bar" role="search" aria-label={t('search.label')}>
        <input
          ref={box}
          // A text field (styles.css gives it the house look) announced as a search box.
          type="text"
          role="searchbox"
          enterKeyHint="search"
          className="search-box"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={filters.query}
          spellCheck={false}
          onChange={(e) => set({ query: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !e.nativeEvent.isComposing) set({ query: '' });
          }}
        />
        <label className="inline-field">
          <span>{t('search.status')}</span>
          <select
            aria-label={t('search.status')}
            value={filters.status}
            onChange={(e) => set({ status: e.target.value as ArticleStatus | '' })}
          >
            <option value="">{t('search.anyStatus')}</option>
            {statusOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>{t('search.category')}</span>
          <input
            type="text"
            className="search-category"
            aria-label={t('search.category')}
            list="library-search-categories"
            placeholder={t('search.categoryPlaceholder')}
            value={filters.category}
            onChange={(e) => set({ category: e.target.value })}
          />
          <datalist id="library-search-categories">
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <label className="inline-field">
          <span>{t('search.from')}</span>
          <input
            type="text"
            className="search-date"
            inputMode="numeric"
            placeholder={t('search.datePlaceholder')}
            aria-invalid={from === null || undefined}
            value={filters.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        </label>
        <label className="inline-field">
          <span>{t('search.to')}</span>
          <input
            type="text"
            className="search-date"
            inputMode="numeric"
            placeholder={t('search.datePlaceholder')}
            aria-invalid={to === null || undefined}
            value={filters.to}
            onChange={(e) => set({ to: e.target.value })}
          />
        </label>
        {filtered && (
          <button type="button" className="button button-quiet" onClick={() => set({ status: '', category: '', from: '', to: '' })}>
            {t('search.clear')}
          </button>
        )}
      </div>
      {badDate && <p className="hint search-date-hint">{t('search.badDate')}</p>}
      {problem && (
        <p className="search-problem" role="alert">
          {problem}
        </p>
      )}
      {active && !problem && (
        <section className="search-results" aria-label={t('search.resultsLabel')}>
          <p className="count" role="status">
            {results ? t('search.results', { count: results.total }) : t('search.searching')}
          </p>
          {results && results.items.length === 0 && <p className="placeholder">{t('search.noResults')}</p>}
          {results && results.items.length > 0 && (
            <ol className="search-hits">
              {results.items.map((hit) => (
                <li key={hit.id} className="search-hit" data-article-id={hit.id}>
                  <a
                    href={`#/article/${hit.id}`}
                    className={hit.headline ? 'article-link' : 'article-link untitled'}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate({ view: 'article', id: hit.id });
                    }}
                  >
                    {hit.headline ? marked(hit.headline, hit.headlineMarks ?? []) : tu('library.untitled')}
                  </a>
                  <div className="search-meta">
                    <span className={`badge badge-${hit.status}`}>{tu(`status.${hit.status}`)}</span>
                    {hit.category && <span>{hit.category}</span>}
                    <time dateTime={hit.date}>{formatTime(hit.date)}</time>
                  </div>
                  {hit.snippet && <p className="search-snippet">{marked(hit.snippet, hit.marks)}</p>}
                </li>
              ))}
            </ol>
          )}
          {results && results.items.length < results.total && (
            <p className="more">
              <button type="button" className="button" onClick={() => setLimit((l) => Math.min(500, l + PAGE))}>
                {t('search.more', { shown: results.items.length, total: results.total })}
              </button>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
