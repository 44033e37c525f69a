import { notifications } from '@mantine/notifications';
import { ApiError } from './api-client';

export function notifySuccess(message: string) {
  notifications.show({ color: 'teal', message });
}

/** Shows the server's message (already in the user's language) or a generic fallback. */
export function notifyError(error: unknown, fallback: string) {
  const message = error instanceof ApiError && error.status !== 0 ? error.message : fallback;
  notifications.show({ color: 'red', message });
}

/** Field messages of an API validation error, keyed by body field name (`fields` of the error body). */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fields : {};
}
