// Settings → Xuất bản: photo sizes, JPEG quality, WebP/AVIF, the headline limit preflight warns
// at, and the folder the export dialog proposes. Each saves by itself like every setting
// (settings/autosave.tsx), checked with the same schema the service reads them with; a bad value
// is explained under its field and not saved.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportSettingsSchema } from '../../main/common/export/settings.ts';
import type { KeyOf } from '../../main/common/i18n/index.ts';
import type { SettingsPatch } from '../../main/common/settings.ts';
import { useSettings } from '../app/settings-context.tsx';
import { AutoField, useSettingsStatus } from '../settings/autosave.tsx';
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

type TextKey = 'widths' | 'jpeg' | 'headlineMax' | 'folder';

/** One text field as a settings patch, or the key of its message (the schema the service reads them with). */
export function exportFieldPatch(key: TextKey, text: string): { patch: SettingsPatch } | { error: KeyOf<'exportUi'> } {
  const shape = ExportSettingsSchema.shape;
  const whole = (t: string): number | null => (/^\d+$/.test(t.trim()) ? Number(t) : null);
  switch (key) {
    case 'widths': {
      const widths = parseWidths(text);
      return widths && shape.renditionWidths.safeParse(widths).success
        ? { patch: { renditionWidths: widths } }
        : { error: 'settings.widthsInvalid' };
    }
    case 'jpeg': {
      const q = whole(text);
      return q !== null && shape.renditionJpegQuality.safeParse(q).success
        ? { patch: { renditionJpegQuality: q } }
        : { error: 'settings.qualityInvalid' };
    }
    case 'headlineMax': {
      const n = whole(text);
      return n !== null && shape.headlineMaxChars.safeParse(n).success
        ? { patch: { headlineMaxChars: n } }
        : { error: 'settings.headlineMaxInvalid' };
    }
    case 'folder':
      return { patch: { exportFolder: text.trim() } };
  }
}

/** The draft as a settings patch, or the key of the first message to show. */
export function exportPatch(d: Draft): { patch: SettingsPatch } | { error: string } {
  let patch: SettingsPatch = { renditionWebp: d.webp, renditionAvif: d.avif };
  for (const key of ['widths', 'jpeg', 'headlineMax', 'folder'] as const) {
    const made = exportFieldPatch(key, d[key]);
    if ('error' in made) return made;
    patch = { ...patch, ...made.patch };
  }
  return {
    patch: {
      renditionWidths: patch.renditionWidths,
      renditionJpegQuality: patch.renditionJpegQuality,
      renditionWebp: d.webp,
      renditionAvif: d.avif,
      headlineMaxChars: patch.headlineMaxChars,
      exportFolder: patch.exportFolder,
    },
  };
}

export function ExportSettings(): ReactNode {
  const { t } = useTranslation('exportUi');
  const { settings, update } = useSettings();
  const { track } = useSettingsStatus();

  const save = async (patch: SettingsPatch): Promise<string> => {
    const r = await update(patch);
    return r.ok ? '' : r.error.message;
  };
  const text = (key: TextKey, label: string, value: string, hint?: string, inputMode?: 'numeric'): ReactNode => (
    <AutoField
      label={label}
      hint={hint}
      value={value}
      inputMode={inputMode}
      saveOn={key === 'folder' ? 'leave' : 'pause'}
      save={async (typed) => {
        const made = exportFieldPatch(key, typed);
        return 'error' in made ? t(made.error) : save(made.patch);
      }}
    />
  );
  const box = (key: 'renditionWebp' | 'renditionAvif', label: string): ReactNode => (
    <label className="check">
      <input type="checkbox" checked={settings[key]} onChange={(e) => void track(() => save({ [key]: e.target.checked }))} /> {label}
    </label>
  );

  return (
    <fieldset className="export-settings">
      <legend>{t('settings.legend')}</legend>
      {text('widths', t('settings.widths'), settings.renditionWidths.join(', '), t('settings.widthsHint'))}
      {text('jpeg', t('settings.jpegQuality'), String(settings.renditionJpegQuality), undefined, 'numeric')}
      {box('renditionWebp', t('settings.webp'))}
      {box('renditionAvif', t('settings.avif'))}
      {text('headlineMax', t('settings.headlineMax'), String(settings.headlineMaxChars), undefined, 'numeric')}
      {text('folder', t('settings.folder'), settings.exportFolder, t('settings.folderHint'))}
    </fieldset>
  );
}
