// The text fields outside the article's text (photo caption, credit and alt text, byline, the
// details panel), built on one hook so they all behave alike with Vietnamese keyboards:
// - the DOM keeps what was typed: the value is never written back while an IME composes
//   (Telex/VNI would lose the syllable being built), never re-cased, never trimmed under the caret;
//   the parent hears it in NFC, and writes into the field only when its value changed for
//   another reason (a button, a tag added, the article's undo);
// - Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z (⌘ on a Mac, and the browser's own Undo menu) step through
//   the field's own history, a word or a pause at a time (field-history.ts), never through the
//   half-typed forms a keyboard's Backspace bursts or a composition pass through;
// - optionally, straight quotes become curly as they are typed (one undo brings the straight
//   one back), and a one-line field keeps to one line (Enter adds nothing, pasted lines join).

import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type CompositionEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type TextareaHTMLAttributes,
} from 'react';
import { curlyQuote, curlyQuotesWanted, isStraightQuote } from '../../main/common/text/smart-quotes.ts';
import { nfc } from '../../main/common/text/nfc.ts';
import { oneLine } from '../../main/common/text/one-line.ts';
import { useSettings } from '../app/settings-context.tsx';
import { commandFor, isComposingKey, onMac } from '../editor/shortcuts.ts';
import { FieldHistory, type FieldState } from './field-history.ts';

type Field = HTMLInputElement | HTMLTextAreaElement;

export interface PlainFieldOptions {
  value: string;
  onValue: (value: string) => void;
  /** Straight quotes typed become “ ” ‘ ’ while the setting (Settings → smart quotes) is on. */
  smartQuotes?: boolean;
  /** One line of text: Enter adds no line break, pasted lines are joined with a space. */
  singleLine?: boolean;
}

const stateOf = (el: Field): FieldState => ({
  value: el.value,
  selectionStart: el.selectionStart ?? el.value.length,
  selectionEnd: el.selectionEnd ?? el.value.length,
});

/** Lines joined with a space, the caret kept after the same text. */
function joinLines(el: Field): void {
  if (!/[\r\n]/.test(el.value)) return;
  const caret = oneLine(el.value.slice(0, el.selectionEnd ?? el.value.length)).length;
  el.value = oneLine(el.value);
  el.setSelectionRange(caret, caret);
}

export function usePlainField<E extends Field>({ value, onValue, smartQuotes = false, singleLine = false }: PlainFieldOptions) {
  const { settings } = useSettings();
  const quotes = smartQuotes && curlyQuotesWanted(settings);
  const ref = useRef<E>(null);
  const composing = useRef(false);
  const history = useRef<FieldHistory | null>(null);
  /** The selection just before the edit being reported, and what the browser said it typed. */
  const before = useRef<{ start: number; end: number; inputType: string; data: string | null } | null>(null);
  const latest = useRef({ quotes, singleLine, onValue });
  latest.current = { quotes, singleLine, onValue };

  // Starts from the value the field was given, before the first keystroke changes it.
  history.current ??= new FieldHistory({ value, selectionStart: value.length, selectionEnd: value.length });
  const historyOf = (el: E): FieldHistory => (history.current ??= new FieldHistory(stateOf(el)));

  // The DOM's starting value only: a later `defaultValue` would reach a field not typed in yet
  // through its value attribute, which leaves the caret where it was (at 0 when the slug made
  // from the headline arrives after a click into the empty field: the typing then went before it).
  const [initial] = useState(value);

  // After every render, not only when `value` changed: a parent that refuses or reshapes what was
  // typed (a comma closing a tag) must see the field follow even when its state did not move.
  // A value from elsewhere replaces the text as a whole: the caret goes after it, where typing on
  // continues it (as the value setter does in every browser; said here, not left to chance).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || composing.current || nfc(el.value) === value) return;
    el.value = value;
    if (el.ownerDocument.activeElement === el) el.setSelectionRange(value.length, value.length);
    historyOf(el).reset(stateOf(el));
  });

  const show = (el: E, state: FieldState | null): void => {
    if (!state) return;
    el.value = state.value;
    el.setSelectionRange(state.selectionStart, state.selectionEnd);
    latest.current.onValue(nfc(state.value));
  };

  /** Takes in what the reporter just did to the field, and tells the parent. */
  const report = (el: E): void => {
    const { quotes: curly, singleLine: single, onValue: tell } = latest.current;
    if (single) joinLines(el);
    const input = before.current;
    before.current = null;
    const h = historyOf(el);
    h.record(stateOf(el), input ?? undefined);
    const caret = el.selectionEnd ?? 0;
    const typed = input?.inputType === 'insertText' ? input.data : null;
    if (curly && typed && isStraightQuote(typed) && el.selectionStart === caret && el.value[caret - 1] === typed) {
      // Its own step, so that one undo brings the straight quote back, as in Word.
      el.value = el.value.slice(0, caret - 1) + curlyQuote(typed, el.value.slice(0, caret - 1)) + el.value.slice(caret);
      el.setSelectionRange(caret, caret);
      h.record(stateOf(el), undefined, true);
    }
    tell(nfc(el.value));
  };

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onBeforeInput = (e: InputEvent): void => {
      if (e.inputType === 'historyUndo' || e.inputType === 'historyRedo') {
        // The browser's Undo (its menu): the field's own history instead.
        e.preventDefault();
        show(el, e.inputType === 'historyUndo' ? historyOf(el).undo() : historyOf(el).redo());
        return;
      }
      if (latest.current.singleLine && (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph')) {
        e.preventDefault();
        return;
      }
      if (!e.isComposing && !composing.current)
        before.current = { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0, inputType: e.inputType, data: e.data };
    };
    el.addEventListener('beforeinput', onBeforeInput as EventListener);
    return () => el.removeEventListener('beforeinput', onBeforeInput as EventListener);
    // Reads only refs: attached once.
  }, []);

  return {
    ref,
    defaultValue: initial,
    onCompositionStart: (e: CompositionEvent<E>) => {
      composing.current = true;
      const el = e.currentTarget;
      before.current = { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0, inputType: 'insertCompositionText', data: null };
    },
    onCompositionEnd: (e: CompositionEvent<E>) => {
      composing.current = false;
      report(e.currentTarget);
    },
    onChange: (e: ChangeEvent<E>) => {
      // Mid-composition input events carry a half-built syllable; compositionend reports the word.
      if (composing.current || (e.nativeEvent as InputEvent).isComposing) return;
      report(e.currentTarget);
    },
    onKeyDown: (e: KeyboardEvent<E>) => {
      if (isComposingKey(e)) return;
      const command = commandFor(e, onMac());
      if (command?.kind !== 'undo' && command?.kind !== 'redo') return;
      // The field's undo, not the browser's (which would walk through every keystroke of a
      // Vietnamese keyboard) nor the article's.
      e.preventDefault();
      e.stopPropagation();
      const el = e.currentTarget;
      show(el, command.kind === 'undo' ? historyOf(el).undo() : historyOf(el).redo());
    },
  };
}

type InputProps = PlainFieldOptions & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange'>;

/** A one-line text field with the plain-field behaviour (see above). */
export function PlainInput({ value, onValue, smartQuotes, singleLine, ...rest }: InputProps) {
  const props = usePlainField<HTMLInputElement>({ value, onValue, smartQuotes, singleLine });
  return (
    <input type="text" spellCheck={false} autoComplete="off" {...rest} {...props} onKeyDown={chain(props.onKeyDown, rest.onKeyDown)} />
  );
}

type AreaProps = PlainFieldOptions & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue' | 'onChange'>;

/** A text area with the plain-field behaviour; with `singleLine`, a line that wraps and grows with its text (the caption). */
export function PlainTextArea({ value, onValue, smartQuotes, singleLine, ...rest }: AreaProps) {
  const props = usePlainField<HTMLTextAreaElement>({ value, onValue, smartQuotes, singleLine });
  return <textarea spellCheck={false} {...rest} {...props} onKeyDown={chain(props.onKeyDown, rest.onKeyDown)} />;
}

/** The field's own key handling first, then the caller's (unless the field took the key). */
function chain<E>(own: (e: KeyboardEvent<E>) => void, theirs?: (e: KeyboardEvent<E>) => void): (e: KeyboardEvent<E>) => void {
  return (e) => {
    own(e);
    if (!e.isPropagationStopped()) theirs?.(e);
  };
}
