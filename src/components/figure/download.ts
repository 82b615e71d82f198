/** Hands a file to the browser to save, under the given name. */

/** Long enough for the browser to have read the file; the URL is then released. */
const RELEASE_AFTER_MS = 60_000;

export function download(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
}
