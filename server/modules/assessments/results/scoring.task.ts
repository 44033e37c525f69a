/**
 * The engine's work for a batch of governments, as a heavy-work pool task (server/workers): the
 * recompute job hands each batch's packed answers here, so the 45–120 ms a national government's
 * scoring takes (docs/PERFORMANCE.md) does not hold the server's event loop. Same engine, same
 * options as scoring.service's recomputeBatch scores with on the main thread.
 */
import type { EntityType, Framework } from '../../../../shared/frameworks/framework.schema';
import { scoreEntity, type EntityScore } from '../../../../shared/scoring/score-entity';
import { cycleState, unpackAnswers } from './scoring.engine';

export interface ScoreBatchInput {
  framework: Framework;
  cycleStatus: string;
  /** Per government: its type and its packed answers (scoring.repository packedAnswers). */
  items: Array<{ entityType: EntityType; packed: string }>;
  /** Unit id → unit type, for every unit of the batch. */
  unitTypes: Array<[string, string]>;
}

export function scoreBatch(input: ScoreBatchInput): EntityScore[] {
  const unitTypes = new Map(input.unitTypes);
  return input.items.map((item) =>
    scoreEntity(input.framework, unpackAnswers(item.packed), {
      cycle: cycleState(input.cycleStatus),
      entityType: item.entityType,
      unitTypes,
      keepAnswers: false,
      keepUnitLeaves: true,
    }),
  );
}
