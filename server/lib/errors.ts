/**
 * The error hierarchy. Services throw these; the error plugin maps them to HTTP with one body shape
 * `{ error: { code, message, fields? } }`. Messages are message keys resolved in the request's language.
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'CSRF_INVALID'
  | 'RATE_LIMITED'
  | 'ACCOUNT_LOCKED'
  | 'INVALID_CREDENTIALS'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_FILE'
  | 'INTERNAL'
  // service standards (issue 15): the editor tells a stale save and an already open draft apart
  | 'standard_conflict'
  | 'standard_draft_exists';

/** A field-level problem: the field path and a message key (or literal message) with parameters. */
export interface FieldProblem {
  message: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    /** i18n key (see server/lib/messages.ts) or literal text. */
    readonly messageKey: string,
    readonly fields?: Record<string, FieldProblem>,
    readonly params?: Record<string, string | number>,
    /** Machine-readable facts for the client (e.g. who saved last), sent as `error.details`. */
    readonly details?: Record<string, unknown>,
  ) {
    super(messageKey);
  }
}

export class ValidationError extends AppError {
  constructor(fields: Record<string, FieldProblem>, messageKey = 'error.validation') {
    super('VALIDATION_FAILED', 400, messageKey, fields);
  }
}

/** "Not found or no access": never reveals whether the row exists. */
export class NotFoundError extends AppError {
  constructor(messageKey = 'error.notFound') {
    super('NOT_FOUND', 404, messageKey);
  }
}

export class ForbiddenError extends AppError {
  constructor(messageKey = 'error.forbidden') {
    super('FORBIDDEN', 403, messageKey);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(messageKey = 'error.unauthenticated') {
    super('UNAUTHENTICATED', 401, messageKey);
  }
}

export class ConflictError extends AppError {
  constructor(messageKey: string, fields?: Record<string, FieldProblem>) {
    super('CONFLICT', 409, messageKey, fields);
  }
}
