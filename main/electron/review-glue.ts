// The review's Electron glue: the signing key protected by safeStorage (the OS keychain), the
// profile kept per user under userData (not per library), and the save dialog for exporting the
// public key. Handed to createCore as CoreOptions.review (main/core/review/handlers.ts).

import { join } from 'node:path';
import type { BrowserWindow, Dialog, SafeStorage, SaveDialogOptions } from 'electron';
import type { i18n as I18n } from 'i18next';
import type { ReviewAreaOptions } from '../core/review/handlers.ts';
import type { SecretBox } from '../core/review/profile.ts';
import type { Logger } from '../core/types.ts';

export type SafeStorageLike = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

/**
 * A SecretBox over safeStorage: the key's bytes go in as base64 text (safeStorage encrypts
 * strings). Null when there is no real keychain: on Linux the `basic_text` backend encrypts with
 * a password built into Chromium, no better than the 0600 file, so the file box is used instead.
 */
export async function safeStorageBox(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): Promise<SecretBox | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return null;
  return {
    kind: 'safeStorage',
    protect: async (bytes) => new Uint8Array(await safeStorage.encryptStringAsync(Buffer.from(bytes).toString('base64'))),
    unprotect: async (bytes) => new Uint8Array(Buffer.from((await safeStorage.decryptStringAsync(Buffer.from(bytes))).result, 'base64')),
  };
}

export interface ReviewGlueDeps {
  safeStorage?: SafeStorageLike;
  dialog?: Pick<Dialog, 'showSaveDialog'>;
  window: () => BrowserWindow | null;
  /** userData (or DATELINE_CONFIG_DIR). */
  configDir: string;
  t: I18n['t'];
  logger?: Logger;
  platform?: NodeJS.Platform;
}

/** CoreOptions.review for the desktop app. */
export async function electronReviewOptions(deps: ReviewGlueDeps): Promise<ReviewAreaOptions> {
  const options: ReviewAreaOptions = { profileDir: join(deps.configDir, 'review-profile') };
  if (deps.safeStorage) {
    try {
      const box = await safeStorageBox(deps.safeStorage, deps.platform);
      if (box) options.secretBox = box;
      else deps.logger?.warn('review: no OS keychain; the signing key is protected by its file mode only');
    } catch (err) {
      deps.logger?.warn('review: safeStorage failed; the signing key is protected by its file mode only', { err: String(err) });
    }
  }
  const dialog = deps.dialog;
  if (dialog) {
    options.chooseKeyPath = async (fileName) => {
      const win = deps.window();
      const ask: SaveDialogOptions = {
        title: deps.t('reviewUi:profile.exportTitle'),
        defaultPath: fileName,
        filters: [{ name: deps.t('reviewUi:profile.keyFiles'), extensions: ['json'] }],
      };
      const result = win ? await dialog.showSaveDialog(win, ask) : await dialog.showSaveDialog(ask);
      return result.canceled || !result.filePath ? null : result.filePath;
    };
  }
  return options;
}
