/**
 * What the signed-in user may do in one cycle, from the cycle's kind and the user's role (the UI
 * only decides what to show; the server's assessments.access.ts stays the authority).
 *
 * Official cycles: Ombudsman heads (and admins) manage and approve, Ombudsman staff verify.
 * Internal cycles (penilaian mandiri, issue 12): the owner government's coordinator manages,
 * approves and keeps the work plan; its internal verifiers (Inspektorat) verify; everyone else who
 * sees it (Ombudsman staff and admins while it is shared) only reads.
 */
import type { CycleKind, CycleStatus } from '../../shared/contracts/assessments';
import type { CurrentUser } from './auth';

export interface CycleAccessInput {
  kind: CycleKind;
  ownerGovernmentId: string | null;
}

export interface CycleAbilities {
  /** Advance phases, change the sample or the work plan. */
  manage: boolean;
  /** "Setujui & terbitkan". */
  approve: boolean;
  /** Verify items, record visits and improvement points. */
  verify: boolean;
  /** Recompute the scores (admins, official cycles). */
  recompute: boolean;
  /** Sharing with the office and the work plan (internal cycles, the owner's coordinator). */
  internalManage: boolean;
  /** The user works for the assessed government (fills checklists, sees "Tugas saya"). */
  governmentSide: boolean;
}

const OMBUDSMAN_HEADS = new Set(['admin', 'oversight_head']);
const OMBUDSMAN_STAFF = new Set(['admin', 'oversight_head', 'assessor']);

export function cycleAbilities(user: CurrentUser | null, cycle: CycleAccessInput): CycleAbilities {
  const role = user?.role;
  const governmentSide = role === 'gov_coordinator' || role === 'unit_pic';
  if (cycle.kind === 'internal') {
    const owner = Boolean(user?.governmentId) && user?.governmentId === cycle.ownerGovernmentId;
    const coordinator = owner && role === 'gov_coordinator';
    return {
      manage: coordinator,
      approve: coordinator,
      verify: owner && role === 'internal_verifier',
      recompute: false,
      internalManage: coordinator,
      governmentSide,
    };
  }
  return {
    manage: role !== undefined && OMBUDSMAN_HEADS.has(role),
    approve: role !== undefined && OMBUDSMAN_HEADS.has(role),
    verify: role !== undefined && OMBUDSMAN_STAFF.has(role),
    recompute: role === 'admin',
    internalManage: false,
    governmentSide,
  };
}

/**
 * The phase after `status`: an internal cycle has no appeal phase (verification → final), as the
 * server's advance rule for internal cycles.
 */
export function nextPhase(kind: CycleKind, status: CycleStatus): CycleStatus | null {
  switch (status) {
    case 'planning':
      return 'self_assessment';
    case 'self_assessment':
      return 'verification';
    case 'verification':
      return kind === 'internal' ? 'final' : 'appeal';
    case 'appeal':
      return 'final';
    case 'final':
    case 'published':
      return null;
  }
}
