// The formatting buttons in the editor's toolbar row. Each shows whether its format is on where
// the caret is (aria-pressed) and acts on mousedown with the default prevented, so the editor
// keeps its selection and focus; from the keyboard (Tab to the button, Enter) the click does it
// and the caret goes back to the text. The row sits outside <Slate>, so it follows the editor's
// changes through its own subscription.

import { useCallback, useEffect, useState, useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Range, Transforms, type BaseSelection, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import {
  activeLink,
  blockFormatAt,
  canLink,
  isBlockActive,
  isMarkActive,
  onLinkPrompt,
  removeLink,
  setLink,
  toggleBlock,
  toggleMark,
  type BlockFormat,
  type Mark,
} from './formatting.ts';
import { syncSelectionFromDom } from './dom-selection.ts';
import { afterFrame } from './slate-compat/frame-first.ts';
import { LinkDialog } from './LinkDialog.tsx';
import './format-toolbar.css';

/** The last snapshot and what it was made from. */
interface Taken {
  children: Editor['children'];
  selection: Editor['selection'];
  marks: Editor['marks'];
  value: string;
}
const taken = new WeakMap<Editor, Taken>();

/** What the buttons show, as one comparable string (so React re-renders only when it changes).
 * React asks for it several times per change; Slate's values are immutable, so the last one is
 * reused while the content, selection and pending marks are the same objects. */
function snapshot(editor: Editor): string {
  const last = taken.get(editor);
  if (last && last.children === editor.children && last.selection === editor.selection && last.marks === editor.marks) return last.value;
  const value = freshSnapshot(editor);
  taken.set(editor, { children: editor.children, selection: editor.selection, marks: editor.marks, value });
  return value;
}

function freshSnapshot(editor: Editor): string {
  const marks = (['bold', 'italic', 'underline'] as Mark[]).map((m) => (isMarkActive(editor, m) ? m : '')).join(',');
  const blocks = (['heading-2', 'heading-3', 'blockquote', 'bulleted-list', 'numbered-list'] as BlockFormat[])
    .map((f) => (isBlockActive(editor, f) ? f : ''))
    .join(',');
  return `${marks}|${blocks}|${blockFormatAt(editor) ?? 'none'}|${canLink(editor) ? 'l' : ''}|${activeLink(editor) ? 'a' : ''}`;
}

// Two links of a chain (emoji fonts are not everywhere; this draws the same on every desk).
const LINK_ICON = (
  <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
    <path d="M6.5 9.5l3-3" />
    <path d="M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2" />
    <path d="M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8" />
  </svg>
);

// A numbered list: three lines with their numbers (a text glyph such as `1≡` would be part of the
// button's visible label, which its accessible name must contain: WCAG 2.5.3).
const NUMBERED_ICON = (
  <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
    <path d="M6.5 4h7M6.5 8h7M6.5 12h7" />
    <path
      d="M2.5 3l1-.5v3M2.2 7.3c.3-.4 1.6-.5 1.6.3 0 .6-1.6 1.4-1.6 1.9h1.7M2.3 10.8h1.5l-.8 1c.6 0 1 .3 1 .7s-.5.8-1.7.5"
      strokeWidth="1"
    />
  </svg>
);

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const MOD = isMac ? '⌘' : 'Ctrl';

interface Button {
  id: string;
  label: string;
  keys: string;
  glyph: ReactNode;
  active: (s: string) => boolean;
  enabled: (s: string) => boolean;
  run: (editor: Editor) => void;
}

interface LinkPrompt {
  selection: BaseSelection;
  url: string;
  askText: boolean;
}

export function FormatToolbar({ editor }: { editor: Editor }): ReactNode {
  const { t } = useTranslation('formatting');
  const state = useSyncExternalStore(
    // Checked after the frame: working out which formats are on takes longer than a key itself.
    useCallback((l: () => void) => editor.registerUpdateListener(() => afterFrame(l)), [editor]),
    () => snapshot(editor),
  );
  const [prompt, setPrompt] = useState<LinkPrompt | null>(null);
  const [marks, blocks, format, linkable, inLink] = state.split('|');
  const inBody = format !== 'none';

  const openLinkPrompt = useCallback(() => {
    if (!canLink(editor)) return;
    const link = activeLink(editor);
    const sel = editor.selection;
    setPrompt({ selection: sel, url: link?.[0].url ?? '', askText: !link && !!sel && Range.isCollapsed(sel) });
  }, [editor]);
  useEffect(() => onLinkPrompt(editor, openLinkPrompt), [editor, openLinkPrompt]);

  const markButton = (mark: Mark, label: string, key: string, glyph: ReactNode): Button => ({
    id: mark,
    label,
    keys: `${MOD}+${key}`,
    glyph,
    active: () => marks.split(',').includes(mark),
    enabled: () => linkable === 'l',
    run: (e) => toggleMark(e, mark),
  });
  const blockButton = (f: BlockFormat, label: string, keys: string, glyph: ReactNode): Button => ({
    id: f,
    label,
    keys,
    glyph,
    active: () => blocks.split(',').includes(f),
    enabled: () => inBody,
    run: (e) => toggleBlock(e, f),
  });
  const buttons: Button[] = [
    markButton('bold', t('bold'), 'B', <b>B</b>),
    markButton('italic', t('italic'), 'I', <i>I</i>),
    markButton('underline', t('underline'), 'U', <u>U</u>),
    blockButton('heading-2', t('heading2'), `${MOD}+Alt+2`, 'H2'),
    blockButton('heading-3', t('heading3'), `${MOD}+Alt+3`, 'H3'),
    blockButton('blockquote', t('quote'), `${MOD}+Shift+9`, '“ ”'),
    blockButton('bulleted-list', t('bulleted'), `${MOD}+Shift+8`, '•≡'),
    blockButton('numbered-list', t('numbered'), `${MOD}+Shift+7`, NUMBERED_ICON),
    {
      id: 'link',
      label: t('link'),
      keys: `${MOD}+K`,
      glyph: LINK_ICON,
      active: () => inLink === 'a',
      enabled: () => linkable === 'l',
      run: openLinkPrompt,
    },
  ];

  const focusText = (): void => {
    try {
      ReactEditor.focus(editor);
    } catch {
      // The editor is gone (the article was closed meanwhile).
    }
  };

  const closePrompt = (after?: () => void): void => {
    const p = prompt;
    setPrompt(null);
    if (p?.selection) Transforms.select(editor, p.selection);
    after?.();
    focusText();
  };

  return (
    <div className="format-toolbar" role="group" aria-label={t('toolbar')}>
      {buttons.map((b) => (
        <button
          key={b.id}
          type="button"
          className={`button button-quiet format-button format-${b.id}`}
          // A glyph in letters (H2) is said too, after the name (`Tiêu đề phụ, H2`), so the name holds what the button shows (WCAG 2.5.3; axe drops parentheses).
          aria-label={typeof b.glyph === 'string' && /[\p{L}\p{N}]/u.test(b.glyph) ? `${b.label}, ${b.glyph}` : b.label}
          aria-pressed={b.active(state)}
          aria-keyshortcuts={b.keys.replace('⌘', 'Meta').replace('Ctrl', 'Control')}
          title={t('withShortcut', { name: b.label, keys: b.keys })}
          disabled={!b.enabled(state)}
          onMouseDown={(e: MouseEvent) => {
            // Keeps the caret and any IME composition in the text (editor.md, A2).
            e.preventDefault();
            // Mid-composition a format would change the DOM under the IME's word: not now.
            if (ReactEditor.isComposing(editor)) return;
            syncSelectionFromDom(editor);
            b.run(editor);
          }}
          onClick={(e: MouseEvent) => {
            // detail 0: activated from the keyboard, where no mousedown came first.
            if (e.detail !== 0) return;
            b.run(editor);
            if (b.id !== 'link') focusText();
          }}
        >
          <span aria-hidden="true">{b.glyph}</span>
        </button>
      ))}
      {prompt && (
        <LinkDialog
          initialUrl={prompt.url}
          askText={prompt.askText}
          onClose={() => closePrompt()}
          onSave={(url, text) => closePrompt(() => setLink(editor, url, text))}
          onRemove={prompt.url ? () => closePrompt(() => removeLink(editor)) : undefined}
        />
      )}
    </div>
  );
}
