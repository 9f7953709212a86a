// What a transport gives the review area through CoreOptions.review (its own module so that
// main/core/types.ts can name it without importing the handlers, which import types.ts).

import type { SecretBox } from './profile.ts';

/** What a transport may give the review area through CoreOptions.review. */
export interface ReviewAreaOptions {
  /** The user's profile folder (default `<library>/review/profile`; Electron: under userData). */
  profileDir?: string;
  /** Electron's safeStorage box; the default is a 0600 file. */
  secretBox?: SecretBox;
  /** Watch the desk (default: on, except for the `direct` transport of tests and the CLI). */
  watch?: boolean;
  /** The desktop's save dialog for `keys.export {saveAs}`: saves the file and answers where, or null when cancelled. */
  saveKey?: (fileName: string, content: string) => Promise<string | null>;
  /** The desktop's folder picker for `review.chooseDesk` (it grants the folder it answers); null when cancelled. */
  chooseDesk?: () => Promise<string | null>;
}
