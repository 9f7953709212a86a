// Find and replace in the article (Ctrl/Cmd+F; Ctrl+H or Ctrl/Cmd+Alt+F for Replace): a bar under the
// toolbar (in the editor's sticky head, so it covers nothing; drawn there through a portal). It
// listens on the document, not on Editable's onKeyDown (the shortcuts own that), and lets a
// keyboard mid-composition alone. Matches are marked through the find decorator (find.ts);
// Escape closes and puts the caret back in the article, on the match that was current.
// A match in a photo's caption, credit or alt text is in a field, not Slate text: every field
// holding a match is marked, the current one outlined with the match selected, the panel says
// where it is, and Escape puts the keyboard there. The keyboard stays in the panel until then,
// so Enter still steps and replaces. Replace keeps each match's case pattern unless "match case"
// is on (replace-case.ts); after "Replace all" the panel says how many were replaced and marks
// nothing until the reporter searches again.

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Editor, Node, Path, Range, Transforms } from 'slate';
import { ReactEditor, useSlateSelector } from 'slate-react';
import type { FindOptions } from '../../main/common/text/find-text.ts';
import {
  findInArticle,
  markFound,
  matchAfter,
  matchAfterReplaced,
  replaceAll,
  replaceMatch,
  type BlockMatch,
  type FindQuery,
} from './find.ts';
import './FindReplace.css';

type Mode = 'find' | 'replace';

// Kept for the session: a reporter who chose "Không phân biệt dấu" wants it next time too.
let lastOptions: FindOptions = { matchCase: false, wholeWord: false, ignoreTones: false };
let lastQuery = '';
let lastReplacement = '';

/** The selected text, when it is short and in one block (it becomes the query, as in Word). */
function selectedWords(editor: Editor): string {
  const { selection } = editor;
  if (!selection || Range.isCollapsed(selection)) return '';
  const [start, end] = Range.edges(selection);
  if (!Path.equals(Path.parent(start.path), Path.parent(end.path))) return '';
  const text = Editor.string(editor, selection);
  return text.length <= 100 ? text : '';
}

type FieldBox = HTMLInputElement | HTMLTextAreaElement;

/** The box of a figure's field (FigureElement.tsx draws `.figure-field-<name>`, an input or a textarea). */
function fieldBox(editor: Editor, path: Path, field: string): FieldBox | null {
  try {
    return ReactEditor.toDOMNode(editor, Node.get(editor, path)).querySelector<FieldBox>(
      `.figure-field-${field} input, .figure-field-${field} textarea`,
    );
  } catch {
    return null; // The figure moved or is not drawn.
  }
}

/** The box of the figure field a match is in. */
const fieldInput = (editor: Editor, match: BlockMatch | null): FieldBox | null =>
  match?.field ? fieldBox(editor, match.path, match.field) : null;

const WHERE = { caption: 'panel.inCaption', credit: 'panel.inCredit', alt: 'panel.inAlt' } as const;
const NONE: BlockMatch[] = [];

export function FindReplace({ editor }: { editor: Editor }): ReactNode {
  const [mode, setMode] = useState<Mode | null>(null);
  // Bumped by every Ctrl+F / Ctrl+H, so a second press while open focuses the box again.
  const [opened, setOpened] = useState({ tick: 0, seed: '' });

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (e.isComposing || e.keyCode === 229 || e.defaultPrevented) return;
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey) return;
      const f = e.code === 'KeyF' || e.key.toLowerCase() === 'f';
      const h = !e.altKey && (e.code === 'KeyH' || e.key.toLowerCase() === 'h');
      // ⌘H hides the app on a Mac before the page sees it: there ⌘⌥F opens Replace, as in Word.
      const key = h || (f && e.altKey) ? 'h' : f ? 'f' : '';
      if (!key) return;
      e.preventDefault();
      setMode((m) => (key === 'h' || m === 'replace' ? 'replace' : 'find'));
      setOpened((o) => ({ tick: o.tick + 1, seed: selectedWords(editor) }));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [editor]);

  const close = useCallback(
    (current: BlockMatch | null) => {
      setMode(null);
      markFound(editor, null, null);
      const input = fieldInput(editor, current);
      if (input && current) {
        input.focus();
        input.setSelectionRange(current.start, current.end);
        return;
      }
      try {
        if (current) Transforms.select(editor, current.range);
        ReactEditor.focus(editor);
      } catch {
        // The article changed under the match: focusing the editor is enough.
      }
    },
    [editor],
  );

  if (!mode) return null;
  const panel = <FindPanel editor={editor} mode={mode} opened={opened} onMode={setMode} onClose={close} />;
  const slot = document.querySelector('.find-slot');
  return slot ? createPortal(panel, slot) : panel;
}

interface PanelProps {
  editor: Editor;
  mode: Mode;
  opened: { tick: number; seed: string };
  onMode: (mode: Mode) => void;
  onClose: (current: BlockMatch | null) => void;
}

function FindPanel({ editor, mode, opened, onMode, onClose }: PanelProps): ReactNode {
  const { t } = useTranslation('find');
  const [query, setQuery] = useState(opened.seed || lastQuery);
  const [replacement, setReplacement] = useState(lastReplacement);
  const [options, setOptions] = useState(lastOptions);
  const [cursor, setCursor] = useState(() =>
    matchAfter(findInArticle(editor, { query: opened.seed || lastQuery, options: lastOptions }), editor.selection),
  );
  const [message, setMessage] = useState('');
  // After "Replace all": nothing is marked or counted until the reporter searches again.
  const [settled, setSettled] = useState(false);
  const findBox = useRef<HTMLInputElement>(null);
  const replaceBox = useRef<HTMLInputElement>(null);

  // The panel follows the article while it is open (the reporter may type in between).
  const content = useSlateSelector((e) => e.children);
  const find: FindQuery = useMemo(() => ({ query, options }), [query, options]);
  const found = useMemo(() => findInArticle(editor, find), [editor, find, content]);
  const matches = settled ? NONE : found;
  const index = matches.length ? Math.min(Math.max(cursor, 0), matches.length - 1) : -1;
  const current = index >= 0 ? matches[index] : null;

  useEffect(() => {
    markFound(editor, query && !settled ? find : null, current);
  }, [editor, find, query, current, settled]);
  useEffect(() => () => markFound(editor, null, null), [editor]);

  // Esc closes from the article or the page too (a button that was clicked may have left the
  // focus nowhere), unless something else, a menu say, took the key first.
  const closeNow = useRef(() => onClose(current));
  closeNow.current = () => onClose(current);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing || e.keyCode === 229) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target && target !== document.body && !target.closest('[data-slate-editor], .find-panel')) return;
      e.preventDefault();
      closeNow.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Ctrl+F again (or Ctrl+H): back to the box, with the selected words if any. Replace with
  // something to find goes straight to the replacement, as the next thing to type.
  useEffect(() => {
    if (opened.seed) restart({ query: opened.seed, options });
    const box = mode === 'replace' && (opened.seed || query) ? replaceBox.current : findBox.current;
    box?.focus();
    box?.select();
  }, [opened.tick]);
  // "⇄" from Find: the replacement box appears, and the keyboard goes there.
  const shownMode = useRef(mode);
  useEffect(() => {
    if (shownMode.current === 'find' && mode === 'replace') replaceBox.current?.focus();
    shownMode.current = mode;
  }, [mode]);

  // Matches in figure fields cannot be decorated: the fields holding one are marked instead.
  useEffect(() => {
    const boxes = matches.filter((m) => m.field).map((m) => fieldBox(editor, m.path, m.field as string)?.closest('label') ?? null);
    for (const label of boxes) label?.setAttribute('data-find-match', '');
    return () => {
      for (const label of boxes) label?.removeAttribute('data-find-match');
    };
  }, [editor, matches]);

  // Bring the current match into view when the reporter moves to it (not while typing).
  useEffect(() => {
    if (!current) return;
    const frame = requestAnimationFrame(() => {
      try {
        const input = fieldInput(editor, current);
        const rect = (input ?? ReactEditor.toDOMRange(editor, current.range)).getBoundingClientRect();
        if (rect.top < 120 || rect.bottom > window.innerHeight - 60) window.scrollBy({ top: rect.top - window.innerHeight / 3 });
      } catch {
        // Not drawn yet.
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [index, find]);

  // A field match cannot be decorated: outline its field and select the match there (after the
  // field has drawn a replaced value), unless the reporter is typing in that field.
  useEffect(() => {
    const input = fieldInput(editor, current);
    if (!input || !current) return;
    const label = input.closest('label');
    label?.setAttribute('data-find-current', '');
    const frame = requestAnimationFrame(() => {
      if (document.activeElement !== input) input.setSelectionRange(current.start, current.end);
    });
    return () => {
      cancelAnimationFrame(frame);
      label?.removeAttribute('data-find-current');
    };
  }, [editor, current]);

  function restart(next: FindQuery): void {
    lastQuery = next.query;
    lastOptions = next.options;
    setQuery(next.query);
    setOptions(next.options);
    setMessage('');
    setSettled(false);
    setCursor(matchAfter(findInArticle(editor, next), editor.selection));
  }

  const step = (by: number): void => {
    if (settled) {
      // Searching again after "Replace all": from the caret, as a fresh search.
      setSettled(false);
      setMessage('');
      setCursor(matchAfter(found, editor.selection));
      return;
    }
    if (!matches.length) return;
    setCursor((index + by + matches.length) % matches.length);
  };

  const replaceOne = (): void => {
    if (!current) return;
    replaceMatch(editor, current, replacement, options);
    // The next match after the new text (the replacement itself may match the query).
    setCursor(matchAfterReplaced(findInArticle(editor, find), current, replacement));
  };

  const replaceEvery = (): void => {
    const count = replaceAll(editor, matches, replacement, options);
    setMessage(t('panel.replaced', { count }));
    setSettled(true);
    // The button goes disabled (nothing left to replace): keep the keyboard in the panel.
    replaceBox.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose(current);
    } else if (e.key === 'Enter' && e.target === findBox.current) {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Enter' && e.target === replaceBox.current) {
      e.preventDefault();
      replaceOne();
    }
  };

  const setOption = (name: keyof FindOptions, value: boolean): void => restart({ query, options: { ...options, [name]: value } });
  const count = !query || settled ? '' : matches.length ? t('panel.count', { current: index + 1, total: matches.length }) : t('panel.none');

  return (
    <div className="find-panel" role="search" aria-label={t('panel.label')} onKeyDown={onKeyDown}>
      <div className="find-row">
        <input
          ref={findBox}
          type="text"
          className="find-input"
          aria-label={t('panel.find')}
          placeholder={t('panel.findPlaceholder')}
          value={query}
          spellCheck={false}
          onChange={(e) => restart({ query: e.target.value, options })}
        />
        <span
          className="find-count"
          role="status"
          aria-label={matches.length ? t('panel.countLabel', { current: index + 1, total: matches.length }) : undefined}
        >
          {count}
        </span>
        <IconButton label={t('panel.previousLabel')} icon="↑" disabled={!matches.length} onClick={() => step(-1)} />
        <IconButton label={t('panel.nextLabel')} icon="↓" disabled={!matches.length} onClick={() => step(1)} />
        {mode === 'find' && <IconButton label={t('panel.showReplace')} icon="⇄" onClick={() => onMode('replace')} />}
        <IconButton label={t('panel.close')} icon="×" onClick={() => onClose(current)} />
      </div>
      {mode === 'replace' && (
        <div className="find-row">
          <input
            ref={replaceBox}
            type="text"
            className="find-input"
            aria-label={t('panel.replace')}
            placeholder={t('panel.replacePlaceholder')}
            value={replacement}
            spellCheck={false}
            onChange={(e) => setReplacement((lastReplacement = e.target.value))}
          />
          <button type="button" className="button" disabled={!current} onClick={replaceOne}>
            {t('panel.replaceOne')}
          </button>
          <button type="button" className="button" disabled={!matches.length} onClick={replaceEvery}>
            {t('panel.replaceAll')}
          </button>
        </div>
      )}
      <div className="find-options">
        <label title={t('panel.ignoreTonesHint')}>
          <input type="checkbox" checked={!!options.ignoreTones} onChange={(e) => setOption('ignoreTones', e.target.checked)} />{' '}
          {t('panel.ignoreTones')}
        </label>
        <label>
          <input type="checkbox" checked={!!options.matchCase} onChange={(e) => setOption('matchCase', e.target.checked)} />{' '}
          {t('panel.matchCase')}
        </label>
        <label>
          <input type="checkbox" checked={!!options.wholeWord} onChange={(e) => setOption('wholeWord', e.target.checked)} />{' '}
          {t('panel.wholeWord')}
        </label>
      </div>
      {current?.field && (
        <p className="find-where" role="status">
          {t(WHERE[current.field])}
        </p>
      )}
      {message && (
        <p className="find-message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}

function IconButton({
  label,
  icon,
  disabled,
  onClick,
}: {
  label: string;
  icon: string;
  disabled?: boolean;
  onClick: () => void;
}): ReactNode {
  return (
    <button type="button" className="button button-quiet find-step" title={label} aria-label={label} disabled={disabled} onClick={onClick}>
      {icon}
    </button>
  );
}
