// Saving a file from the browser tab: a download (the browser host has no save dialog of its own,
// and the page may not name where a file is written; Electron asks through the glue's dialog).

/** Downloads what `href` points to (a file the host offers, or a Blob) under `fileName`. */
export function downloadUrl(href: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

export function downloadText(fileName: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  downloadUrl(url, fileName);
  // Revoked later: Chromium reads the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
