// Right-click on an underlined word: its suggestions (the fix of a commonly confused word first,
// with the reason), and "Thêm vào từ điển của tôi". A choice replaces the word through Slate, as
// one undo step. Elsewhere the browser's own menu opens as usual.

import { useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor, Node, Text, Transforms, type Path } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { SpellFinding } from '../../main/common/vietnamese/spell/checker.ts';
import { useNotices } from '../app/notices.tsx';
import { useSettings } from '../app/settings-context.tsx';
import { useEditorEvent } from './editor-events.ts';
import { languageWorker } from './language-worker.ts';
import { spellingOf } from './useSpelling.ts';
import './language.css';

interface Open {
  x: number;
  y: number;
  path: Path;
  finding: SpellFinding;
  suggestions: string[];
}

/** Replaces a finding's word if the text still holds it; one undo step. */
export function replaceWord(
  editor: Editor,
  path: Path,
  finding: Pick<SpellFinding, 'start' | 'end' | 'word'>,
  replacement: string,
): boolean {
  if (!Node.has(editor, path)) return false;
  const node = Node.get(editor, path);
  if (!Text.isText(node) || node.text.slice(finding.start, finding.end) !== finding.word) return false;
  HistoryEditor.withNewBatch(editor, () => {
    Transforms.insertText(editor, replacement, { at: { anchor: { path, offset: finding.start }, focus: { path, offset: finding.end } } });
  });
  return true;
}

export function SpellMenu({ editor }: { editor: Editor }): ReactNode {
  const { t } = useTranslation('languageUi');
  const { settings, update } = useSettings();
  const { notify } = useNotices();
  const [open, setOpen] = useState<Open | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEditorEvent(editor, 'contextmenu', (event) => {
    const spelling = spellingOf(editor);
    if (!spelling) return;
    let point;
    try {
      point = ReactEditor.findEventRange(editor, event).anchor;
    } catch {
      return;
    }
    const node = Node.has(editor, point.path) ? Node.get(editor, point.path) : null;
    if (!node || !Text.isText(node)) return;
    const finding = spelling.findingAt(node, point.offset);
    if (!finding) return;
    event.preventDefault();
    setOpen({ x: event.clientX, y: event.clientY, path: point.path, finding, suggestions: finding.suggestions });
    // A finding past the checker's time budget came without suggestions: ask for them now.
    if (!finding.suggestions.length && finding.kind === 'spelling') {
      void languageWorker()
        .suggest(finding.word)
        .then((suggestions) => setOpen((o) => (o && o.finding === finding ? { ...o, suggestions } : o)))
        .catch(() => undefined);
    }
  });

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: Event): void => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event.target instanceof globalThis.Node && menu.current?.contains(event.target)) return;
      setOpen(null);
    };
    document.addEventListener('mousedown', close, true);
    document.addEventListener('keydown', close, true);
    window.addEventListener('blur', close);
    return () => {
      document.removeEventListener('mousedown', close, true);
      document.removeEventListener('keydown', close, true);
      window.removeEventListener('blur', close);
    };
  }, [open]);

  const choose = useCallback(
    (replacement: string) => {
      if (!open) return;
      setOpen(null);
      replaceWord(editor, open.path, open.finding, replacement);
      ReactEditor.focus(editor);
    },
    [editor, open],
  );

  const addWord = useCallback(async () => {
    if (!open) return;
    setOpen(null);
    const word = open.finding.word.normalize('NFC');
    const words = settings.userWords ?? [];
    if (words.includes(word)) return;
    const result = await update({ userWords: [...words, word] });
    if (!result.ok) notify({ kind: 'error', message: t('spell.addFailed', { message: result.error.message }) });
  }, [open, settings.userWords, update, notify, t]);

  if (!open) return null;
  const { finding, suggestions } = open;
  const onKeyDown = (event: ReactKeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  };
  return (
    <div
      ref={menu}
      className="spell-menu"
      role="menu"
      aria-label={t('spell.menu')}
      style={{ left: Math.min(open.x, window.innerWidth - 280), top: Math.min(open.y, window.innerHeight - 220) }}
      onKeyDown={onKeyDown}
    >
      {finding.kind === 'confused' && (
        <p className="spell-menu-note">
          {t('spell.confused', { suggestion: suggestions[0] ?? '' })}
          {finding.note ? ` (${finding.note})` : ''}
        </p>
      )}
      {finding.kind === 'capital' && <p className="spell-menu-note">{t('spell.capital', { suggestion: suggestions[0] ?? '' })}</p>}
      {suggestions.length === 0 && <p className="spell-menu-note">{t('spell.noSuggestion')}</p>}
      {suggestions.map((s) => (
        <button key={s} type="button" role="menuitem" className="spell-menu-item spell-menu-suggestion" onClick={() => choose(s)}>
          {s}
        </button>
      ))}
      {finding.kind === 'spelling' && (
        <>
          <hr className="spell-menu-rule" />
          <button type="button" role="menuitem" className="spell-menu-item" onClick={() => void addWord()}>
            {t('spell.addToDictionary')}
          </button>
        </>
      )}
    </div>
  );
}
