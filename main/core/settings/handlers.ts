// The settings' contract methods, over the SettingsStore of the transport.

import type { AreaHandlers, CoreContext } from '../types.ts';

/** Handlers for every `settings.*` method. */
export function settingsHandlers({ settings }: CoreContext): AreaHandlers<'settings'> {
  return {
    'settings.get': async () => settings.get(),
    'settings.set': async ({ patch }) => settings.set(patch),
  };
}
