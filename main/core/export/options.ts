// What a transport gives the export area through CoreOptions.exportArea (its own module so that
// main/core/types.ts can name it without importing the handlers, which import types.ts).

/** What the transport adds to export (Electron: the native folder picker, main/electron/export-glue.ts). */
export interface ExportAreaOptions {
  chooseFolder?: (defaultPath?: string) => Promise<string | null>;
}
