// The review's Electron glue: the signing key protected by safeStorage (the OS keychain), the
// profile kept per user under userData (not per library), the save dialog that writes the public
// key file, and the folder picker for the desk (which grants the folder it answers: the page may
// only name folders the user chose, main/core/fs/path-grants.ts). Handed to createCore as
// CoreOptions.review (main/core/review/handlers.ts).

import { basename, join } from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions, SafeStorage, SaveDialogOptions } from 'electron';
import { writeFileAtomic } from '../core/fs/atomic.ts';
import type { PathGrants } from '../core/fs/path-grants.ts';
import { reviewError } from '../core/review/errors.ts';
import type { ReviewAreaOptions } from '../core/review/options.ts';
import type { SecretBox } from '../core/review/profile.ts';
import type { Logger } from '../core/logger.ts';
import type { Translator } from '../common/i18n/index.ts';

export type SafeStorageLike = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

/**
 * A SecretBox over safeStorage: the key's bytes go in as base64 text (safeStorage encrypts
 * strings). Null when there is no real keychain: on Linux the `basic_text` backend encrypts with
 * a password built into Chromium, no better than the 0600 file, so the file box is used instead.
 */
export async function safeStorageBox(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): Promise<SecretBox | null> {
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
  dialog?: Partial<Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>>;
  /** The Core's grant registry: the desk picker's answer is added to it. */
  grants?: Pick<PathGrants, 'grantFolder'>;
  window: () => BrowserWindow | null;
  /** userData (or DATELINE_CONFIG_DIR). */
  configDir: string;
  t: Translator;
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
  if (dialog?.showSaveDialog) {
    const showSaveDialog = dialog.showSaveDialog.bind(dialog);
    options.saveKey = async (fileName, content) => {
      const win = deps.window();
      const ask: SaveDialogOptions = {
        title: deps.t('reviewUi:profile.exportTitle'),
        defaultPath: fileName,
        filters: [{ name: deps.t('reviewUi:profile.keyFiles'), extensions: ['json'] }],
      };
      const result = win ? await showSaveDialog(win, ask) : await showSaveDialog(ask);
      if (result.canceled || !result.filePath) return null;
      try {
        await writeFileAtomic(result.filePath, content);
      } catch (err) {
        // One sentence for the user; the system's words (and paths) go to the log only.
        deps.logger?.warn('review: the public key file was not saved', { err: String(err) });
        throw reviewError('key-not-saved', { name: basename(result.filePath) });
      }
      return result.filePath;
    };
  }
  if (dialog?.showOpenDialog) {
    const showOpenDialog = dialog.showOpenDialog.bind(dialog);
    options.chooseDesk = async () => {
      const win = deps.window();
      const ask: OpenDialogOptions = {
        title: deps.t('reviewUi:profile.deskChooseTitle'),
        properties: ['openDirectory', 'createDirectory'],
      };
      const result = win ? await showOpenDialog(win, ask) : await showOpenDialog(ask);
      const path = result.canceled ? undefined : result.filePaths[0];
      if (!path) return null;
      deps.grants?.grantFolder(path);
      return path;
    };
  }
  return options;
}
