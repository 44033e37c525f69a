import i18n from 'i18next';
import { formatBytes as fmtBytes } from '../../shared/format/format';

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

/** "1,5 KB" in the current language (the format layer). */
export function formatBytes(bytes: number): string {
  return fmtBytes(bytes, i18n.language);
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
