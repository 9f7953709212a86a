// Tags as chips: typed, then Enter or a comma adds them (leaving the field adds what is left);
// × removes one. Kept in NFC without case-insensitive repeats (normalizeTags).

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addTags } from '../../main/common/article/meta.ts';
import { PlainInput } from '../fields/PlainField.tsx';

interface Props {
  tags: string[];
  onChange: (tags: string[]) => void;
}

export function TagsField({ tags, onChange }: Props) {
  const { t } = useTranslation('meta');
  // An object, so that setting '' again still re-renders and clears a field holding a lone comma.
  const [draft, setDraftState] = useState({ text: '' });
  const setDraft = (text: string): void => setDraftState({ text });

  const commit = (text: string): void => {
    setDraft('');
    if (!text.trim()) return;
    const next = addTags(tags, text);
    if (next.length !== tags.length || next.some((tag, i) => tag !== tags[i])) onChange(next);
  };

  return (
    <div className="meta-field meta-tags">
      <label htmlFor="meta-tags">{t('tags.label')}</label>
      <div className="meta-chips">
        {tags.length > 0 && (
          <ul className="meta-chip-list" aria-label={t('tags.list')}>
            {tags.map((tag) => (
              <li key={tag} className="meta-chip" data-testid="meta-tag">
                <span>{tag}</span>
                <button type="button" aria-label={t('tags.remove', { tag })} onClick={() => onChange(tags.filter((x) => x !== tag))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <PlainInput
          id="meta-tags"
          data-testid="meta-tags"
          value={draft.text}
          placeholder={t('tags.placeholder')}
          onValue={(text) => {
            // A comma (typed or pasted) closes every tag before it; what follows stays to be typed.
            const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf('，'));
            if (cut < 0) return setDraft(text);
            commit(text.slice(0, cut));
            setDraft(text.slice(cut + 1));
          }}
          onKeyDown={(e) => {
            // Enter that ends an IME composition belongs to the IME, not to us.
            if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
            e.preventDefault();
            commit(e.currentTarget.value.normalize('NFC'));
          }}
          onBlur={(e) => commit(e.currentTarget.value.normalize('NFC'))}
        />
      </div>
    </div>
  );
}
