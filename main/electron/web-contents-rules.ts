// The rules apply to every webContents the app ever makes (windows, DevTools, anything a future
// feature opens), not just the main window: they hang on `web-contents-created`.

import type { App, Shell } from 'electron';
import { applyNavigationRules } from './navigation-rules.ts';

/** Applies the navigation, new-window and webview rules to every webContents created from now on. */
export function applyRulesToEveryWebContents(app: Pick<App, 'on'>, shell: Pick<Shell, 'openExternal'>): void {
  app.on('web-contents-created', (_event, contents) => applyNavigationRules(contents, shell));
}
