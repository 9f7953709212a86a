// The reporter's settings, shared by every screen; changing the language switches the UI live.

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '../../main/common/settings.ts';
import type { Result } from '../../main/common/result.ts';
import { useApi } from '../api/context.tsx';

interface SettingsApi {
  settings: Settings;
  update(patch: SettingsPatch): Promise<Result<Settings>>;
}

const SettingsContext = createContext<SettingsApi | null>(null);

export function useSettings(): SettingsApi {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside <SettingsProvider>');
  return value;
}

export function SettingsProvider({ initial, children }: { initial: Settings; children: ReactNode }): ReactNode {
  const api = useApi();
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState(initial);
  const update = useCallback(
    async (patch: SettingsPatch) => {
      const result = await api['settings.set']({ patch });
      if (result.ok) {
        setSettings(result.value);
        if (result.value.language !== i18n.language) {
          await i18n.changeLanguage(result.value.language);
          document.documentElement.lang = result.value.language;
        }
      }
      return result;
    },
    [api, i18n],
  );
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
