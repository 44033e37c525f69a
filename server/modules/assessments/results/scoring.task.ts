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

/**
 * One government scored from its packed answers, as every full recompute scores it (recomputeBatch
 * on the main thread, its pre-score before a step's transaction, and scoreBatch in the pool): the
 * unit roll-ups keep their leaves for the next edit's partial re-score.
 */
export function scorePacked(
  framework: Framework,
  cycleStatus: string,
  entityType: EntityType,
  packed: string,
  unitTypes: Map<string, string>,
): EntityScore {
  return scoreEntity(framework, unpackAnswers(packed), {
    cycle: cycleState(cycleStatus),
    entityType,
    unitTypes,
    keepAnswers: false,
    keepUnitLeaves: true,
  });
}

export function scoreBatch(input: ScoreBatchInput): EntityScore[] {
  const unitTypes = new Map(input.unitTypes);
  return input.items.map((item) =>
    scorePacked(input.framework, input.cycleStatus, item.entityType, item.packed, unitTypes),
  );
}
