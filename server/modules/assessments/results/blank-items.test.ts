/**
 * REFERENCE §10 rule 2 as the stored answers reach the engine: an item the unit left blank stays
 * unverified (no assessor writes a 0 in its place) and still counts 0 once the cycle is closed,
 * while it is left out (and counted as not yet answered) during the open phases.
 */
import { describe, expect, it } from 'vitest';
import { testFramework } from '../../../../shared/scoring/test-framework.fixture';
import type { ScoringRow } from './scoring.repository';
import { cycleState, scoreRows } from './scoring.service';

type Cell = Pick<ScoringRow, 'selfValue' | 'selfNa' | 'verifyStatus' | 'verifiedValue' | 'verifiedNa'>;

const verified = (value: number): Cell => ({
  selfValue: value,
  selfNa: false,
  verifyStatus: 'accepted',
  verifiedValue: value,
  verifiedNa: false,
});
/** Left blank by the unit and never verified: what the verification page shows as "tidak dijawab". */
const BLANK: Cell = {
  selfValue: null,
  selfNa: false,
  verifyStatus: 'pending',
  verifiedValue: null,
  verifiedNa: false,
};
/** An assessor's own 0, with a reason: a verified answer, not a missing one. */
const ASSESSOR_ZERO: Cell = {
  selfValue: 2,
  selfNa: false,
  verifyStatus: 'adjusted',
  verifiedValue: 0,
  verifiedNa: false,
};
/** Answered by the unit, not yet accepted or set by an assessor. */
const UNVERIFIED: Cell = {
  selfValue: 3,
  selfNa: false,
  verifyStatus: 'pending',
  verifiedValue: null,
  verifiedNa: false,
};

/** Every item of the test framework at its maximum, except B.3 (scale 0–3, entity level). */
function rows(b3: Cell): ScoringRow[] {
  const at = (indicator: string, unitId: string | null, productId: string | null, cell: Cell) => ({
    indicator,
    unitId,
    unitType: null,
    productId,
    ...cell,
  });
  return [
    at('A.1', 'U', 'P', verified(3)),
    at('A.2', 'U', null, verified(1)),
    at('B.1', null, null, verified(5)),
    at('B.2', null, null, verified(4)),
    at('B.3', null, null, b3),
  ];
}

// A = 100 (weight 60); B = mean(100, 100, B.3) (weight 40). B.3 = 0 → 60 + 40 × 2/3 = 86.67.
const WITH_ZERO = 60 + (40 * 200) / 3 / 100;

describe('a blank item through the phases (REFERENCE §10 rule 2)', () => {
  it.each([
    // status      B.3            self value may stand in   score       missing
    ['verification', BLANK, false, 100, 1],
    ['appeal', BLANK, false, 100, 1],
    ['final', BLANK, false, WITH_ZERO, 1],
    ['published', BLANK, false, WITH_ZERO, 1],
    ['final', ASSESSOR_ZERO, false, WITH_ZERO, 0],
    ['appeal', ASSESSOR_ZERO, false, WITH_ZERO, 0],
    // an answered item left unverified would count 0 too: why the gate wants every answered item verified
    ['final', UNVERIFIED, false, WITH_ZERO, 1],
    ['final', UNVERIFIED, true, 100, 0],
  ] as const)('%s, B.3 %o, self allowed %s → %d (missing %d)', (status, b3, allowSelf, score, missing) => {
    const fw = testFramework({ useSelfValueWhenUnverified: allowSelf });
    const { score: s } = scoreRows(fw, rows(b3), { status, governmentType: 'kabupaten' });
    expect(s.score).toBeCloseTo(score, 10);
    expect(s.missing).toBe(missing);
    expect(s.nodes['B.3']!.missing).toBe(missing);
  });

  it('counts missing answers as 0 from the final phase on, and leaves them out before', () => {
    expect(
      (['self_assessment', 'verification', 'appeal', 'final', 'published'] as const).map(cycleState),
    ).toEqual(['open', 'open', 'open', 'closed', 'closed']);
  });

  it('a blank item and an assessor’s 0 give the same score but stay apart in the answers', () => {
    const fw = testFramework();
    const blank = scoreRows(fw, rows(BLANK), { status: 'final', governmentType: 'kabupaten' });
    const zero = scoreRows(fw, rows(ASSESSOR_ZERO), { status: 'final', governmentType: 'kabupaten' });
    expect(blank.score.rounded).toBe(86.67);
    expect(zero.score.rounded).toBe(86.67);
    expect(blank.answers.find((a) => a.indicator === 'B.3')!.value).toBeNull();
    expect(zero.answers.find((a) => a.indicator === 'B.3')!.value).toBe(0);
  });
});
