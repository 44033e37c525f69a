/** pg-copy-streams' COPY … TO STDOUT (server/modules/synth/pg-copy-streams.d.ts declares COPY FROM). */
declare module 'pg-copy-streams' {
  import type { Readable } from 'node:stream';
  import type { Submittable } from 'pg';
  export function to(text: string): Readable & Submittable;
}
