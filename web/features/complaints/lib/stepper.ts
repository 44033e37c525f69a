/**
 * The regular flow as the stepper shows it (REFERENCE §4.3): nine steps; waiting for the reporter
 * to complete is part of the formal check. RCO is its own track (REFERENCE §4.4).
 */
import type { ComplaintStage, ComplaintTrack } from '../../../../shared/complaints/stages';

export const REGULAR_STEPS = [
  'penerimaan',
  'verifikasi_formil',
  'verifikasi_materiil',
  'pleno',
  'pemeriksaan',
  'tindakan_korektif',
  'resolusi_monitoring',
  'rekomendasi',
  'selesai',
] as const satisfies readonly ComplaintStage[];

export const RCO_STEPS = ['penerimaan', 'rco', 'selesai'] as const satisfies readonly ComplaintStage[];

export type StepState = 'done' | 'current' | 'todo';

/** The step a stage shows as current. */
function stepOf(stage: ComplaintStage): ComplaintStage {
  return stage === 'menunggu_kelengkapan' ? 'verifikasi_formil' : stage;
}

/**
 * The steps of a case and the state of each. A case in the `rco` stage, or on the RCO track at
 * intake or closed, shows the RCO steps (an RCO case sent on as a regular report shows the regular
 * flow). A closed case shows every step before `selesai` as passed or skipped.
 */
export function stepsOf(
  stage: ComplaintStage,
  track: ComplaintTrack,
): { steps: readonly ComplaintStage[]; states: StepState[] } {
  const current = stepOf(stage);
  const rco = stage === 'rco' || (track === 'rco' && (RCO_STEPS as readonly string[]).includes(stage));
  const steps: readonly ComplaintStage[] = rco ? RCO_STEPS : REGULAR_STEPS;
  const at = steps.indexOf(current);
  return { steps, states: steps.map((_, i) => (i < at ? 'done' : i === at ? 'current' : 'todo')) };
}
