/** The stepper's steps per stage and track, as a table. */
import { describe, expect, it } from 'vitest';
import { COMPLAINT_STAGES, type ComplaintStage } from '../../../../shared/complaints/stages';
import { RCO_STEPS, REGULAR_STEPS, stepsOf } from './stepper';

const current = (stage: ComplaintStage, track: 'reguler' | 'rco' = 'reguler') => {
  const { steps, states } = stepsOf(stage, track);
  return { step: steps[states.indexOf('current')], done: states.filter((s) => s === 'done').length, steps };
};

describe('stepsOf', () => {
  it.each([
    ['penerimaan', 'penerimaan', 0],
    ['verifikasi_formil', 'verifikasi_formil', 1],
    ['menunggu_kelengkapan', 'verifikasi_formil', 1],
    ['verifikasi_materiil', 'verifikasi_materiil', 2],
    ['pleno', 'pleno', 3],
    ['pemeriksaan', 'pemeriksaan', 4],
    ['tindakan_korektif', 'tindakan_korektif', 5],
    ['resolusi_monitoring', 'resolusi_monitoring', 6],
    ['rekomendasi', 'rekomendasi', 7],
    ['selesai', 'selesai', 8],
  ] as const)('regular %s → current step %s after %i passed', (stage, step, done) => {
    const c = current(stage);
    expect(c.steps).toEqual(REGULAR_STEPS);
    expect(c.step).toBe(step);
    expect(c.done).toBe(done);
  });

  it('shows the RCO track for a case in RCO, and for an RCO case at intake or closed', () => {
    expect(current('rco')).toMatchObject({ steps: RCO_STEPS, step: 'rco', done: 1 });
    expect(current('penerimaan', 'rco')).toMatchObject({ steps: RCO_STEPS, step: 'penerimaan', done: 0 });
    expect(current('selesai', 'rco')).toMatchObject({ steps: RCO_STEPS, step: 'selesai', done: 2 });
    // sent on as a regular report: the regular flow
    expect(current('verifikasi_formil', 'rco')).toMatchObject({
      steps: REGULAR_STEPS,
      step: 'verifikasi_formil',
    });
  });

  it('every stage has exactly one current step', () => {
    for (const stage of COMPLAINT_STAGES)
      for (const track of ['reguler', 'rco'] as const)
        expect(stepsOf(stage, track).states.filter((s) => s === 'current')).toHaveLength(1);
  });
});
