/**
 * What each action's dialog asks and sends (TransitionBodySchema): the fields an action needs, the
 * checks done before sending (the server checks again and its field errors show on the same
 * fields), and the request body with the case's `version`.
 */
import {
  LHP_OUTCOMES,
  MATERIAL_REJECT_REASONS,
  RECOMMENDATION_CLOSE_REASONS,
  type ComplaintAction,
  type LhpOutcome,
} from '../../../../shared/complaints/machine';
import type { TransitionBody } from '../../../../shared/contracts/complaints';

export { LHP_OUTCOMES, MATERIAL_REJECT_REASONS, RECOMMENDATION_CLOSE_REASONS };

export const CHECKS = ['withinAuthority', 'notInCourt', 'withinTwoYears', 'notDuplicate'] as const;
export type CheckKey = (typeof CHECKS)[number];

export interface CorrectiveRow {
  addressee: string;
  action: string;
  evidenceExpected: string;
  dueOn: string;
}

export interface ActionForm {
  note: string;
  check: Record<CheckKey, boolean>;
  rejectReason: (typeof MATERIAL_REJECT_REASONS)[number] | '';
  plenaryDate: string;
  targetOfficeId: string;
  lhp: { outcome: LhpOutcome | ''; number: string; date: string; findings: string; actions: CorrectiveRow[] };
  recommendation: { number: string; issuedOn: string; receivedOn: string };
  closeReason: (typeof RECOMMENDATION_CLOSE_REASONS)[number] | '';
}

export type Part = 'check' | 'rejectReason' | 'plenary' | 'target' | 'lhp' | 'recommendation' | 'closeReason';

/** The parts of the form an action shows (every action has a note). */
export function partsOf(action: ComplaintAction): Part[] {
  switch (action) {
    case 'materiil_lolos':
      return ['check'];
    case 'materiil_ditolak':
      return ['check', 'rejectReason'];
    case 'pleno_terima':
    case 'pleno_tolak':
      return ['plenary'];
    case 'alihkan':
      return ['target'];
    case 'tetapkan_lhp':
      return ['lhp'];
    case 'usul_rekomendasi':
      return ['recommendation'];
    case 'rekomendasi_selesai':
      return ['closeReason'];
    default:
      return [];
  }
}

export const emptyRow = (): CorrectiveRow => ({ addressee: '', action: '', evidenceExpected: '', dueOn: '' });

export function emptyForm(today: string): ActionForm {
  return {
    note: '',
    check: { withinAuthority: false, notInCourt: false, withinTwoYears: false, notDuplicate: false },
    rejectReason: '',
    plenaryDate: today,
    targetOfficeId: '',
    lhp: { outcome: '', number: '', date: today, findings: '', actions: [emptyRow()] },
    recommendation: { number: '', issuedOn: '', receivedOn: '' },
    closeReason: '',
  };
}

/**
 * Problems found before sending, keyed like the server's field errors (`lhp.number`,
 * `lhp.correctiveActions.0.addressee`); values are i18n keys.
 */
export function validate(action: ComplaintAction, f: ActionForm, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = (key: string, v: string) => {
    if (!v.trim()) errors[key] = 'complaints.form.required';
  };
  const past = (key: string, v: string) => {
    if (v && v > today) errors[key] = 'complaints.form.future';
  };
  const parts = partsOf(action);
  if (action === 'materiil_lolos')
    for (const k of CHECKS) if (!f.check[k]) errors[`materialCheck.${k}`] = 'complaints.form.checkRequired';
  if (parts.includes('rejectReason')) required('rejectReason', f.rejectReason);
  if (parts.includes('plenary')) {
    required('plenaryDate', f.plenaryDate);
    past('plenaryDate', f.plenaryDate);
  }
  if (parts.includes('target')) required('targetOfficeId', f.targetOfficeId);
  if (parts.includes('closeReason')) required('closeReason', f.closeReason);
  if (parts.includes('recommendation')) {
    past('recommendation.issuedOn', f.recommendation.issuedOn);
    past('recommendation.receivedOn', f.recommendation.receivedOn);
  }
  if (parts.includes('lhp')) {
    required('lhp.outcome', f.lhp.outcome);
    required('lhp.number', f.lhp.number);
    required('lhp.date', f.lhp.date);
    past('lhp.date', f.lhp.date);
    required('lhp.findings', f.lhp.findings);
    if (f.lhp.outcome === 'ditemukan') {
      if (f.lhp.actions.length === 0) errors['lhp.correctiveActions'] = 'complaints.form.correctiveRequired';
      f.lhp.actions.forEach((a, i) => {
        required(`lhp.correctiveActions.${i}.addressee`, a.addressee);
        required(`lhp.correctiveActions.${i}.action`, a.action);
      });
    }
  }
  return errors;
}

const opt = (s: string) => (s.trim() ? s.trim() : undefined);

/** The request body of the action, with the version the officer saw. */
export function toTransitionBody(action: ComplaintAction, version: number, f: ActionForm): TransitionBody {
  const parts = partsOf(action);
  const body: TransitionBody = { action, version, note: opt(f.note) };
  if (parts.includes('check')) body.materialCheck = { ...f.check, note: opt(f.note) };
  if (parts.includes('rejectReason') && f.rejectReason) body.rejectReason = f.rejectReason;
  if (parts.includes('plenary')) body.plenaryDate = f.plenaryDate;
  if (parts.includes('target')) body.targetOfficeId = f.targetOfficeId;
  if (parts.includes('closeReason') && f.closeReason) body.closeReason = f.closeReason;
  if (parts.includes('recommendation'))
    body.recommendation = {
      number: opt(f.recommendation.number),
      issuedOn: opt(f.recommendation.issuedOn),
      receivedOn: opt(f.recommendation.receivedOn),
    };
  if (parts.includes('lhp') && f.lhp.outcome)
    body.lhp = {
      outcome: f.lhp.outcome,
      number: f.lhp.number.trim(),
      date: f.lhp.date,
      findings: f.lhp.findings.trim(),
      correctiveActions:
        f.lhp.outcome === 'ditemukan'
          ? f.lhp.actions.map((a) => ({
              addressee: a.addressee.trim(),
              action: a.action.trim(),
              evidenceExpected: opt(a.evidenceExpected),
              dueOn: opt(a.dueOn),
            }))
          : [],
    };
  return body;
}
