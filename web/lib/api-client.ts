/**
 * The one way the web app talks to the API: same-origin cookies, the CSRF header on every
 * non-GET request, the UI language as Accept-Language, and one error type for 4xx/5xx bodies
 * `{ error: { code, message, fields? } }`.
 */
let csrfToken: string | null = null;
let language = 'id';

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export function setApiLanguage(lang: string) {
  language = lang;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;

  constructor(status: number, code: string, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields ?? {};
  }

  get isNotFound() {
    return this.status === 404;
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `/api/<path>?<query>`, leaving out empty values. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

function headersFor(method: string, json: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (json) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

async function toApiError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as {
      error?: { code?: string; message?: string; fields?: Record<string, string> };
    };
    if (body.error?.message)
      return new ApiError(res.status, body.error.code ?? 'ERROR', body.error.message, body.error.fields);
  } catch {
    // not JSON: fall through to a generic error
  }
  return new ApiError(res.status, 'HTTP_' + res.status, res.statusText || 'Request failed');
}

export async function api<T>(
  method: string,
  path: string,
  options: { query?: Query; body?: unknown } = {},
): Promise<T> {
  const hasBody = method !== 'GET';
  const res = await fetch(apiUrl(path, options.query), {
    method,
    credentials: 'same-origin',
    headers: headersFor(method, hasBody),
    body: hasBody ? JSON.stringify(options.body ?? {}) : undefined,
  });
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const apiGet = <T>(path: string, query?: Query) => api<T>('GET', path, { query });
export const apiPost = <T>(path: string, body?: unknown) => api<T>('POST', path, { body: body ?? {} });
export const apiPatch = <T>(path: string, body: unknown) => api<T>('PATCH', path, { body });

/**
 * Multipart upload through XMLHttpRequest, because fetch cannot report upload progress.
 * `onProgress` receives 0..100.
 */
export function uploadFile<T>(
  path: string,
  file: File,
  onProgress: (percent: number) => void,
  /** Text fields sent before the file (the server reads them with the file part). */
  fields: Record<string, string> = {},
  /** The multipart field name of the file (most routes read `file`). */
  fileField = 'file',
): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append(fileField, file);
  return uploadForm<T>(path, form, onProgress);
}

/**
 * A multipart POST of a whole form (several files, repeated fields) through XMLHttpRequest, with
 * upload progress 0..100 and the API's error body as an ApiError.
 */
export function uploadForm<T>(
  path: string,
  form: FormData,
  onProgress: (percent: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', language);
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = undefined;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(body as T);
        return;
      }
      const err = (
        body as { error?: { code?: string; message?: string; fields?: Record<string, string> } } | undefined
      )?.error;
      reject(
        new ApiError(
          xhr.status,
          err?.code ?? 'HTTP_' + xhr.status,
          err?.message ?? xhr.statusText,
          err?.fields,
        ),
      );
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'Network error'));
    xhr.send(form);
  });
}
