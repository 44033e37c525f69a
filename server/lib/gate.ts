import { AppError } from './errors';

/**
 * At most `limit()` calls of `run` at once; the others wait in arrival order, and beyond
 * `maxWaiting` waiting a call is refused at once with 503 (`error.busy`), as the heavy-work pool's
 * full queue is. Used where a request gathers a large amount of data on the request loop before
 * handing it to the heavy-work pool (rapor files): without it, ten simultaneous rapor PDFs gathered
 * ten rapors at once on the loop and held them all in memory while one worker rendered them one by
 * one (docs/PERFORMANCE.md, round 17).
 */
export class Gate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly limit: () => number,
    private readonly maxWaiting = 64,
  ) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running < Math.max(1, this.limit())) this.running++;
    else {
      if (this.waiting.length >= this.maxWaiting) throw new AppError('INTERNAL', 503, 'error.busy');
      // The slot is handed over by the call that ends (`running` stays as it is).
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
