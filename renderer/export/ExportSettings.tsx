// Settings → Xuất bản: photo sizes, JPEG quality, WebP/AVIF, the headline limit preflight warns
// at, and the folder the export dialog proposes. Its own form (mounted under the main settings
// form), checked with the same schema the service reads them with; a bad value is explained and
// nothing is saved.

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportSettingsSchema } from '../../main/common/export/settings.ts';
import type { SettingsPatch } from '../../main/common/settings.ts';
import { useNotices } from '../app/notices.tsx';
import { useSettings } from '../app/settings-context.tsx';
import './export.css';

interface Draft {
  widths: string;
  jpeg: string;
  webp: boolean;
  avif: boolean;
  headlineMax: string;
  folder: string;
}

/** `400, 800 1600` → [400, 800, 1600]; null when any part is not a whole number. */
export function parseWidths(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.length || parts.some((p) => !/^\d+$/.test(p))) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}

/** The draft as a settings patch, or the key of the first message to show. */
export function exportPatch(d: Draft): { patch: SettingsPatch } | { error: string } {
  const shape = ExportSettingsSchema.shape;
  const widths = parseWidths(d.widths);
  if (!widths || !shape.renditionWidths.safeParse(widths).success) return { error: 'settings.widthsInvalid' };
  const jpeg = Number(d.jpeg);
  if (!/^\d+$/.test(d.jpeg.trim()) || !shape.renditionJpegQuality.safeParse(jpeg).success) return { error: 'settings.qualityInvalid' };
  const headlineMax = Number(d.headlineMax);
  if (!/^\d+$/.test(d.headlineMax.trim()) || !shape.headlineMaxChars.safeParse(headlineMax).success) return { error: 'settings.headlineMaxInvalid' };
  return {
    patch: { renditionWidths: widths, renditionJpegQuality: jpeg, renditionWebp: d.webp, renditionAvif: d.avif, headlineMaxChars: headlineMax, exportFolder: d.folder.trim() },
  };
}

export function ExportSettings(): ReactNode {
  const { t } = useTranslation('exportUi');
  const { settings, update } = useSettings();
  const { notify } = useNotices();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => ({
    widths: settings.renditionWidths.join(', '),
    jpeg: String(settings.renditionJpegQuality),
    webp: settings.renditionWebp,
    avif: settings.renditionAvif,
    headlineMax: String(settings.headlineMaxChars),
    folder: settings.exportFolder,
  }));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const made = exportPatch(draft);
    if ('error' in made) return setError(t(made.error));
    setError('');
    setSaving(true);
    try {
      const r = await update(made.patch);
      notify(r.ok ? { kind: 'info', message: t('settings.saved') } : { kind: 'error', message: r.error.message });
    } finally {
      setSaving(false);
    }
  };

  const text = (key: 'widths' | 'jpeg' | 'headlineMax' | 'folder', label: string, hint?: string, inputMode?: 'numeric'): ReactNode => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} type="text" inputMode={inputMode} value={draft[key]} onChange={(e) => set(key, e.target.value.normalize('NFC'))} spellCheck={false} aria-describedby={hint ? `${id}-${key}-hint` : undefined} />
      {hint && (
        <p id={`${id}-${key}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );

  return (
    <form className="settings-form export-settings" onSubmit={(e) => void submit(e)} aria-label={t('settings.legend')}>
      <fieldset>
        <legend>{t('settings.legend')}</legend>
        {text('widths', t('settings.widths'), t('settings.widthsHint'))}
        {text('jpeg', t('settings.jpegQuality'), undefined, 'numeric')}
        <label className="check">
          <input type="checkbox" checked={draft.webp} onChange={(e) => set('webp', e.target.checked)} /> {t('settings.webp')}
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.avif} onChange={(e) => set('avif', e.target.checked)} /> {t('settings.avif')}
        </label>
        {text('headlineMax', t('settings.headlineMax'), undefined, 'numeric')}
        {text('folder', t('settings.folder'), t('settings.folderHint'))}
        {error && (
          <p className="export-problem" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {t('settings.save')}
        </button>
      </div>
    </form>
  );
}
