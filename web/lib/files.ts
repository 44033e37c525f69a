/** Client-side checks before an upload; the server checks again (content sniffing, size limit). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type FileProblem = 'type' | 'size' | null;

export function checkFile(
  file: File,
  accept: { types: string[]; extensions: string[] },
  maxBytes = MAX_UPLOAD_BYTES,
): FileProblem {
  const name = file.name.toLowerCase();
  const typeOk = accept.types.includes(file.type) || accept.extensions.some((ext) => name.endsWith(ext));
  if (!typeOk) return 'type';
  if (file.size > maxBytes) return 'size';
  return null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Starts a browser download of an API file (the session cookie goes along). */
export function downloadUrl(url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
