/**
 * A stored instrument's parsed definition, parsed once per (id, updated_at) and kept: a period's
 * instrument is frozen once the period exists, so the hot insert path never re-parses it.
 */
import { InstrumentSchema, type Instrument } from '../../../shared/surveys/instrument.schema';

const cache = new Map<string, { stamp: number; instrument: Instrument }>();

export function parsedInstrument(id: string, updatedAt: Date, definition: unknown): Instrument {
  const stamp = updatedAt.getTime();
  const hit = cache.get(id);
  if (hit && hit.stamp === stamp) return hit.instrument;
  const instrument = InstrumentSchema.parse(definition);
  cache.set(id, { stamp, instrument });
  return instrument;
}
