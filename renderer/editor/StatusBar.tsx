// The counts under the article: chữ (syllables, as Word and the newsroom count them), characters
// with and without spaces, for the sapo and the body apart, and the reading time. Counting
// never runs on the keystroke: a change only restarts a short timer, and the count itself
// waits for an idle moment (and recounts only the blocks that changed, StatusBarCounts.ts).
// The bar listens to the editor outside React, so it re-renders when a count changes, not on
// every key.

import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlateStatic } from 'slate-react';
import type { Block } from '../../main/common/article/model.ts';
import { DEFAULT_CHU_PER_MINUTE, readingTime, type TextCounts } from '../../main/common/vietnamese/counts.ts';
import { useSettings } from '../app/settings-context.tsx';
import { articleCounts, type ArticleCounts } from './StatusBarCounts.ts';
import './StatusBar.css';

// Long enough that a typing burst is one count, short enough to feel live.
const QUIET_MS = 200;

const sameText = (a: TextCounts, b: TextCounts): boolean =>
  a.chu === b.chu && a.characters === b.characters && a.charactersNoSpaces === b.charactersNoSpaces;
const sameCounts = (a: ArticleCounts, b: ArticleCounts): boolean => sameText(a.sapo, b.sapo) && sameText(a.body, b.body);

function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
}

export function StatusBar(): ReactNode {
  const { t, i18n } = useTranslation('find');
  const { settings } = useSettings();
  const prefix = settings.paperPrefix || 'BHG';
  const editor = useSlateStatic();
  const [counts, setCounts] = useState(() => articleCounts(editor.children as Block[], prefix));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelIdle = (): void => undefined;
    const recount = (): void => {
      clearTimeout(timer);
      cancelIdle();
      timer = setTimeout(() => {
        cancelIdle = whenIdle(() => {
          const next = articleCounts(editor.children as Block[], prefix);
          setCounts((shown) => (sameCounts(shown, next) ? shown : next));
        });
      }, QUIET_MS);
    };
    const stop = editor.registerUpdateListener(({ contentChanged }) => {
      if (contentChanged) recount();
    });
    recount();
    return () => {
      stop();
      clearTimeout(timer);
      cancelIdle();
    };
  }, [editor, prefix]);

  const number = useMemo(() => new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'vi-VN'), [i18n.language]);
  const part = (id: string, label: string, c: TextCounts): ReactNode => (
    <span className="status-part" data-count={id} data-chu={c.chu}>
      {label}: <b>{t('counts.chu', { count: c.chu, n: number.format(c.chu) })}</b> ·{' '}
      {t('counts.characters', { count: c.characters, n: number.format(c.characters) })}{' '}
      <span className="status-faint">
        ({t('counts.charactersNoSpaces', { count: c.charactersNoSpaces, n: number.format(c.charactersNoSpaces) })})
      </span>
    </span>
  );
  const { minutes } = readingTime(counts.sapo.chu + counts.body.chu);
  const rule = t('counts.rule', { prefix, rate: DEFAULT_CHU_PER_MINUTE });

  return (
    // Not a live region: a screen reader announcing every count while one types is noise.
    <footer className="status-bar" aria-label={t('counts.label')} title={rule} data-region="status">
      {part('sapo', t('counts.sapo'), counts.sapo)}
      {part('body', t('counts.body'), counts.body)}
      <span className="status-part">{minutes ? t('counts.reading', { minutes }) : t('counts.readingNone')}</span>
      <details className="status-rule">
        <summary>{t('counts.ruleButton')}</summary>
        <p>{rule}</p>
      </details>
    </footer>
  );
}
