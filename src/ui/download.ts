/** Saves text or bytes as a file through a temporary object URL. */
export function downloadText(filename: string, text: string | Uint8Array, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a panel and a date: `gopher-2026-11-26T15-20.csv`. */
export function fileStem(slug: string, when: number): string {
  return `${slug}-${new Date(when).toISOString().slice(0, 16).replace(/:/g, '-')}`;
}
