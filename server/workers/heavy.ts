/**
 * Typed calls into the heavy-work pool: `runHeavy('rapor-pdf', rapor)` renders in a worker thread
 * and resolves with what the task returns (bytes arrive as a Uint8Array; `asBuffer` wraps them).
 */
import { asBackgroundWork } from '../db/client';
import { Gate } from '../lib/gate';
import { heavyWork, type RunOptions } from '../lib/worker-pool';
import type { HeavyTasks } from './heavy-tasks';

export function runHeavy<K extends keyof HeavyTasks>(
  task: K,
  input: Parameters<HeavyTasks[K]>[0],
  opts?: RunOptions,
): Promise<Awaited<ReturnType<HeavyTasks[K]>>> {
  return heavyWork().run<Awaited<ReturnType<HeavyTasks[K]>>>(task, input, opts);
}

/** A worker's bytes (a Uint8Array after the move) as a Buffer, without copying. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Files whose data is gathered on the request loop before a worker renders them (rapor PDF and
 * Excel, the regent's report): as many at once as the pool has workers, plus one gathering its data
 * while they render; the rest wait their turn before gathering anything. Measured on a burst of ten
 * simultaneous rapor PDFs (docs/PERFORMANCE.md, round 17).
 */
const fileGate = new Gate(() => heavyWork().size + 1);

export function gatheredFile<T>(gatherAndRender: () => Promise<T>): Promise<T> {
  // Background work: on PGlite its statements let requests run between them (db/client.ts).
  return fileGate.run(() => asBackgroundWork(gatherAndRender));
}
