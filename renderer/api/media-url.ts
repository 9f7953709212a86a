// Photos are shown by URL, never sent as bytes. The URL is relative to the page, so it works on
// both transports: `/media/<articleId>/…` on the browser host, and the same path under the app's
// own origin in Electron (the glue serves `media/` beside the renderer).

/** The URL of a file named relative to the article folder (`media/derived/<id>-preview.jpg`). */
export function mediaUrl(articleId: string, relPath: string): string {
  const inMedia = relPath.replace(/^media\//, '');
  return `media/${encodeURIComponent(articleId)}/${inMedia.split('/').map(encodeURIComponent).join('/')}`;
}
