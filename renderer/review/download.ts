// Saving a text file from the browser tab: a download of a Blob (the browser host has no save
// dialog of its own; Electron asks through the glue's dialog instead).

export function downloadText(fileName: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: Chromium reads the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
