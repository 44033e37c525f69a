/**
 * The scoring engine's side of the scores module: stored answers → engine answers (and the packed
 * text of a full recompute back into them), the cycle state the engine scores under, and one
 * government's score from its rows. Re-exported by scoring.service.
 */
import type { EntityType, Framework } from '../../../../shared/frameworks/framework.schema';
import { scoreEntity, type Answer, type EntityScore } from '../../../../shared/scoring/score-entity';
import type * as repo from './scoring.repository';
import { FIELD_SEP, RECORD_SEP } from './scoring.repository';

/**
 * The event a score version records: self-assessment closed ('penilaian-mandiri'), verification
 * closed ('verifikasi'), an appeal decided ('banding'), the final phase ('final'), approval and
 * publication ('persetujuan'), a recompute after a rule change ('hitung-ulang').
 */
export type ScoreReason =
  'verifikasi' | 'banding' | 'persetujuan' | 'final' | 'hitung-ulang' | 'penilaian-mandiri';

/** An engine answer that remembers its row, so explanations can point back to it. */
export type RowAnswer<R extends repo.ScoringRow = repo.AnswerRow> = Answer & { row: R };

/**
 * Stored answers → engine answers: `value` is the verified value (N/A flag → 'NA'), `selfValue`
 * the self value; the engine decides whether a self value may stand in (REFERENCE §10 rule 5).
 */
export function toEngineAnswers<R extends repo.ScoringRow>(rows: R[]): RowAnswer<R>[] {
  return rows.map((row) => ({
    indicator: row.indicator,
    ...(row.unitId ? { unit: row.unitId } : {}),
    ...(row.productId ? { product: row.productId } : {}),
    ...engineValues(row),
    row,
  }));
}

/** The verified and self values of a stored answer as the engine reads them. */
function engineValues(
  row: Pick<repo.ScoringRow, 'selfValue' | 'selfNa' | 'verifyStatus' | 'verifiedValue' | 'verifiedNa'>,
): Pick<Answer, 'value' | 'selfValue'> {
  return {
    value: row.verifiedNa ? 'NA' : row.verifyStatus === 'pending' ? null : row.verifiedValue,
    selfValue: row.selfNa ? 'NA' : row.selfValue,
  };
}

const VERIFY_STATUSES = new Set(['pending', 'accepted', 'adjusted']);

/** Reads the text of repo.packedAnswers back into engine answers (same mapping as toEngineAnswers). */
export function unpackAnswers(packed: string): Answer[] {
  const out: Answer[] = [];
  if (packed === '') return out;
  const F = FIELD_SEP;
  const R = RECORD_SEP;
  let at = 0;
  // Scans the text field by field (no split arrays: there are millions of fields).
  const field = (last: boolean): string => {
    const end = packed.indexOf(last ? R : F, at);
    const stop = end < 0 ? packed.length : end;
    const text = packed.slice(at, stop);
    at = stop + 1;
    return text;
  };
  const num = (s: string): number | null => (s === '' ? null : Number(s));
  while (at < packed.length) {
    const indicator = field(false);
    const unit = field(false);
    const product = field(false);
    const selfValue = num(field(false));
    const selfNa = field(false) === '1';
    const verifyStatus = field(false);
    const verifiedValue = num(field(false));
    const verifiedNa = field(true) === '1';
    if (!VERIFY_STATUSES.has(verifyStatus)) throw new Error('malformed packed answer');
    const answer: Answer = {
      indicator,
      ...engineValues({
        selfValue,
        selfNa,
        verifyStatus: verifyStatus as repo.ScoringRow['verifyStatus'],
        verifiedValue,
        verifiedNa,
      }),
    };
    if (unit) answer.unit = unit;
    if (product) answer.product = product;
    out.push(answer);
  }
  return out;
}

/** A cycle is scored as open (missing answers pending) until it reaches the final phase. */
export const cycleState = (status: string): 'open' | 'closed' =>
  status === 'final' || status === 'published' ? 'closed' : 'open';

/** Runs the engine on one government's rows. */
export function scoreRows<R extends repo.ScoringRow>(
  framework: Framework,
  rows: R[],
  ctx: { status: string; governmentType: string },
): { score: EntityScore; answers: RowAnswer<R>[] } {
  const engineAnswers = toEngineAnswers(rows);
  const unitTypes = new Map<string, string>();
  for (const r of rows) if (r.unitId && r.unitType) unitTypes.set(r.unitId, r.unitType);
  const score = scoreEntity(framework, engineAnswers, {
    cycle: cycleState(ctx.status),
    entityType: ctx.governmentType as EntityType,
    unitTypes,
  });
  return { score, answers: engineAnswers };
}
