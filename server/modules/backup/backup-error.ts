/** A backup or restore that cannot go on, with a message for the person at the terminal (Bahasa Indonesia). */
export class BackupError extends Error {
  override name = 'BackupError';
}
