// The article's structured metadata under the page: byline, publish time, place, section, tags,
// related articles, slug and the desk's note. Every change goes through the article's Saver with
// the editor's current content, so metadata gets the same autosave, revisions and conflict
// handling as the text. The panel keeps fields as typed; what is stored is metaForStore's tidy,
// NFC form.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'slate';
import { metaForStore, slugFromHeadline, cleanSlug } from '../../main/common/article/meta.ts';
import { articleHeadline, type Article, type ArticleMeta, type Block } from '../../main/common/article/model.ts';
import { compareVietnamese } from '../../main/common/text/fold.ts';
import { useApi } from '../api/context.tsx';
import { useSettings } from '../app/settings-context.tsx';
import type { ArticleSaver } from '../editor/savers.ts';
import { BylineFields } from './BylineFields.tsx';
import { PlainInput, PlainTextArea } from '../fields/PlainField.tsx';
import { PublishTimeField } from './PublishTimeField.tsx';
import { RelatedField } from './RelatedField.tsx';
import { TagsField } from './TagsField.tsx';
import './meta.css';

interface Props {
  article: Article;
  saver: ArticleSaver;
  /** The article's editor: its content travels with every metadata save. */
  editor: Editor;
}

/** Sections already used in the library, for the category field's suggestions. */
function useCategories(): string[] {
  const api = useApi();
  const [categories, setCategories] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void api['library.list']({}).then((r) => {
      if (!live || !r.ok) return;
      const seen = new Set(r.value.items.map((s) => s.category.trim()).filter(Boolean));
      setCategories([...seen].sort(compareVietnamese));
    });
    return () => {
      live = false;
    };
  }, [api]);
  return categories;
}

export function ArticleMetaPanel({ article, saver, editor }: Props) {
  const { t } = useTranslation('meta');
  const { settings } = useSettings();
  const categories = useCategories();
  // Metadata an earlier visit could not save is newer than the disk's.
  const [meta, setMeta] = useState<ArticleMeta>(() => saver.unsavedMeta() ?? article.meta);
  const current = useRef(meta);
  const stored = useRef(JSON.stringify(metaForStore(meta)));
  const headline = () => articleHeadline(editor.children as Block[]);
  const [suggestion, setSuggestion] = useState(() => slugFromHeadline(headline()));
  const lastSuggestion = useRef(suggestion);

  const update = useCallback(
    (patch: Partial<ArticleMeta>) => {
      const next = { ...current.current, ...patch };
      current.current = next;
      setMeta(next);
      const tidy = metaForStore(next);
      const json = JSON.stringify(tidy);
      // A trailing space typed in a name changes the field, not what is stored: no save for it.
      if (json === stored.current) return;
      stored.current = json;
      saver.changeMeta(tidy, editor.children as Block[]);
    },
    [saver, editor],
  );

  // The slug follows the headline until the reporter writes their own. The Saver speaks up when
  // the text changes (and when it is saved), which is when the headline may have moved.
  useEffect(
    () =>
      saver.subscribe(() => {
        const next = slugFromHeadline(headline());
        if (next === lastSuggestion.current) return;
        const following = current.current.slug === '' || current.current.slug === lastSuggestion.current;
        lastSuggestion.current = next;
        setSuggestion(next);
        if (following) update({ slug: next });
      }),
    [saver, update],
  );

  const categoryList = useMemo(() => `meta-categories-${article.id}`, [article.id]);

  return (
    <section className="meta-panel" aria-label={t('label')} data-testid="meta-panel" data-region="details">
      <h2 className="meta-title">{t('title')}</h2>
      <BylineFields byline={meta.byline} settings={settings} onChange={(byline) => update({ byline })} />
      <div className="meta-grid">
        <PublishTimeField publishAt={meta.publishAt} onChange={(publishAt) => update({ publishAt })} />
        <label className="meta-field">
          <span>{t('place')}</span>
          <PlainInput
            data-testid="meta-place"
            value={meta.place}
            placeholder={t('placePlaceholder')}
            onValue={(place) => update({ place })}
          />
        </label>
        <label className="meta-field">
          <span>{t('category')}</span>
          <PlainInput
            data-testid="meta-category"
            list={categoryList}
            value={meta.category}
            placeholder={t('categoryPlaceholder')}
            onValue={(category) => update({ category })}
          />
          <datalist id={categoryList}>
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <div className="meta-field">
          <label htmlFor="meta-slug">{t('slug.label')}</label>
          <PlainInput
            id="meta-slug"
            data-testid="meta-slug"
            value={meta.slug}
            placeholder={suggestion}
            aria-describedby="meta-slug-hint"
            onValue={(slug) => update({ slug })}
            // What was typed becomes the slug's own form once the reporter leaves the field.
            onBlur={() => {
              if (cleanSlug(current.current.slug) !== current.current.slug) update({ slug: cleanSlug(current.current.slug) });
            }}
          />
          <p id="meta-slug-hint" className="meta-hint">
            {t('slug.hint')}
            {suggestion && meta.slug !== suggestion && (
              <>
                {' '}
                <button type="button" className="button-link" data-testid="meta-slug-suggest" onClick={() => update({ slug: suggestion })}>
                  {t('slug.suggest', { slug: suggestion })}
                </button>
              </>
            )}
          </p>
        </div>
      </div>
      <TagsField tags={meta.tags} onChange={(tags) => update({ tags })} />
      <RelatedField selfId={article.id} ids={meta.relatedIds} onChange={(relatedIds) => update({ relatedIds })} />
      <div className="meta-field meta-note">
        <label htmlFor="meta-editor-note">{t('note.label')}</label>
        <PlainTextArea
          id="meta-editor-note"
          data-testid="meta-editor-note"
          rows={3}
          value={meta.editorNote}
          aria-describedby="meta-note-hint"
          onValue={(editorNote) => update({ editorNote })}
        />
        <p id="meta-note-hint" className="meta-hint meta-note-hint">
          {t('note.hint')}
        </p>
      </div>
    </section>
  );
}
