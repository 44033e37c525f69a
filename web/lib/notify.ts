import { notifications } from '@mantine/notifications';
import { ApiError } from './api-client';

export function notifySuccess(message: string) {
  notifications.show({ color: 'teal', message });
}

/**
 * Shows the server's message (already in the user's language) or a generic fallback. With
 * `withFields`, the per-field details follow it (for actions without a form to show them beside).
 */
export function notifyError(error: unknown, fallback: string, options: { withFields?: boolean } = {}) {
  const known = error instanceof ApiError && error.status !== 0;
  const message = known ? error.message : fallback;
  const details = known && options.withFields ? Object.values(error.fields) : [];
  notifications.show({ color: 'red', message: [message, ...details].join(' ') });
}

/** Field messages of an API validation error, keyed by body field name (`fields` of the error body). */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fields : {};
}
