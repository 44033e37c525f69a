/**
 * Text the database and the browsers can hold: no NUL character (PostgreSQL refuses it in text
 * columns) and no lone UTF-16 surrogate (it cannot be encoded as UTF-8 and is silently replaced).
 * The input guard applies this to every string and key of every request, so no route has to.
 */

/** NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Deepest JSON nesting a request may carry; the deepest body of the API (a framework tree) needs far less. */
export const MAX_INPUT_DEPTH = 64;

export function isSafeText(text: string): boolean {
  return !UNSAFE.test(text);
}

export interface InputProblem {
  /** Dotted field path as in validation errors (`items.0.name`); `_` for the value itself. */
  path: string;
  problem: 'characters' | 'depth';
}

/**
 * The fields of a parsed request part (body, query or params) whose strings or keys are unsafe, or
 * that nest deeper than MAX_INPUT_DEPTH. Walks without recursion, so a 10,000-level body cannot
 * overflow the stack; stops after `limit` problems.
 */
export function findUnsafeInput(value: unknown, limit = 20): InputProblem[] {
  const problems: InputProblem[] = [];
  const stack: { v: unknown; path: string[] }[] = [{ v: value, path: [] }];
  while (stack.length && problems.length < limit) {
    const { v, path } = stack.pop()!;
    const at = path.join('.') || '_';
    if (typeof v === 'string') {
      if (!isSafeText(v)) problems.push({ path: at, problem: 'characters' });
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (path.length >= MAX_INPUT_DEPTH) {
      problems.push({ path: at, problem: 'depth' });
      continue;
    }
    for (const [key, child] of Object.entries(v)) {
      if (!isSafeText(key)) {
        problems.push({ path: [...path, '_key'].join('.'), problem: 'characters' });
        continue;
      }
      stack.push({ v: child, path: [...path, key] });
    }
  }
  return problems;
}

/**
 * The boundary of a `multipart/form-data` content type, or null when it is missing or invalid
 * (RFC 2046: 1–70 characters).
 */
export function multipartBoundary(contentType: string): string | null {
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))\s*(?:;|$)/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}
