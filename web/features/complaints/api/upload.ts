import { uploadFile } from '../../../lib/api-client';

/** A multipart upload with its small fields in the query string (the file is the one body part). */
export function uploadWithFields<T>(
  path: string,
  file: File,
  fields: Record<string, string>,
  onProgress: (percent: number) => void,
): Promise<T> {
  const qs = new URLSearchParams(fields).toString();
  return uploadFile<T>(qs ? `${path}?${qs}` : path, file, onProgress);
}
