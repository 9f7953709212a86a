// Text fields of the metadata panel that Vietnamese keyboards can type into. The DOM keeps what
// the reporter typed: the value is never written back while an IME composes (Telex/VNI would
// lose the syllable being built), never re-cased, never trimmed under the caret. The parent
// hears it in NFC, and only writes into the field when its value changed for another reason
// (a button, a tag added, a reset).

import { useLayoutEffect, useRef, type ChangeEvent, type CompositionEvent, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { nfc } from '../../main/common/text/nfc.ts';

type Field = HTMLInputElement | HTMLTextAreaElement;

interface ImeSafe {
  value: string;
  onValue: (value: string) => void;
}

function useImeSafe<E extends Field>({ value, onValue }: ImeSafe) {
  const ref = useRef<E>(null);
  const composing = useRef(false);
  // After every render, not only when `value` changed: a parent that refuses or reshapes what was
  // typed (a comma closing a tag) must see the field follow even when its state did not move.
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && !composing.current && nfc(el.value) !== value) el.value = value;
  });
  return {
    ref,
    defaultValue: value,
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (e: CompositionEvent<E>) => {
      composing.current = false;
      onValue(nfc(e.currentTarget.value));
    },
    onChange: (e: ChangeEvent<E>) => {
      // Mid-composition input events carry a half-built syllable; compositionend reports the word.
      if (composing.current || (e.nativeEvent as InputEvent).isComposing) return;
      onValue(nfc(e.currentTarget.value));
    },
  };
}

type InputProps = ImeSafe & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange'>;

export function MetaInput({ value, onValue, ...rest }: InputProps) {
  const props = useImeSafe<HTMLInputElement>({ value, onValue });
  return <input type="text" spellCheck={false} autoComplete="off" {...rest} {...props} />;
}

type AreaProps = ImeSafe & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue' | 'onChange'>;

export function MetaTextArea({ value, onValue, ...rest }: AreaProps) {
  const props = useImeSafe<HTMLTextAreaElement>({ value, onValue });
  return <textarea {...rest} {...props} />;
}
