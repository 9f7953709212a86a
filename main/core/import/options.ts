// What a transport gives importing through CoreOptions.importArea (its own module so that
// main/core/types.ts can name it without importing the handlers, which import types.ts).

/** What the transport adds to importing (CoreOptions.importArea). */
export interface ImportAreaOptions {
  /** The native file picker (Electron's dialog); absent: library.chooseDraft is UNSUPPORTED. */
  chooseDrafts?: () => Promise<string[]>;
}
