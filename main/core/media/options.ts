// What a transport gives the media area through CoreOptions.media (its own module so that
// main/core/types.ts can name it without importing the handlers, which import types.ts).

import type { MediaProgress, MediaServiceOptions } from './service.ts';
import type { WorkerError } from './protocol.ts';

/** What a transport may give the media area through CoreOptions.media. */
export interface MediaAreaOptions extends MediaServiceOptions {
  /** Progress per photo (for the transports' event channels). */
  onProgress?: (articleId: string, event: MediaProgress) => void;
  /** The transport's native file picker (Electron's dialog); absent: media.choose is UNSUPPORTED. */
  choosePhotos?: () => Promise<string[]>;
  /**
   * The transport's check of each path media.add is given, before any media process reads it:
   * null to go ahead, or the photo's refusal. Electron's (main/core/media/path-gate.ts) keeps a
   * hostile page from naming files the user never handed over; absent: every path goes ahead.
   */
  admitPath?: (path: string) => Promise<WorkerError | null>;
}
