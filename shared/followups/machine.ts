/**
 * The follow-up item's state machine (issue 17 §2): one table, read by the server (which refuses
 * what it does not allow with 409) and by the web (which shows only the allowed buttons).
 *
 *   terbuka ──answer(PIC)──▶ dijawab ──send(coordinator)──▶ dikirim ──verify──▶ selesai
 *      │                       ▲  └─answer again (PIC)          │  └─reopen──▶ dibuka_kembali
 *      └──answer(coordinator)──┼──────────────────────────────▶ │                 │
 *                              └───────────── answer ───────────┴─────────────────┘
 *
 * A coordinator's own answer goes straight to `dikirim` (they would only send it on). The issuer
 * verifies: the office for `ISSUER_OF[kind] === 'office'`, the government's Inspektorat
 * (internal_verifier) for its own items — never the person who answered (checked by the service
 * against `answered_by`). `selesai` may be reopened by the issuer (evidence found wanting later).
 * Overdue is not a state: it is computed on read (due date passed and not `selesai`).
 */
import { ISSUER_OF, type FollowupKind } from './kinds';

export const FOLLOWUP_STATUSES = ['terbuka', 'dijawab', 'dikirim', 'selesai', 'dibuka_kembali'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];

export const FOLLOWUP_ACTIONS = ['assign', 'answer', 'send', 'verify', 'reopen'] as const;
export type FollowupAction = (typeof FOLLOWUP_ACTIONS)[number];

/** The actor's part on an item, decided by the service from role and reach. */
export type FollowupPart = 'pic' | 'coordinator' | 'issuer' | 'other';

const OPEN: readonly FollowupStatus[] = ['terbuka', 'dijawab', 'dibuka_kembali'];

/** The status an action leads to, or null when the part may not do it in this status. */
export function nextStatus(
  status: FollowupStatus,
  action: FollowupAction,
  part: FollowupPart,
  kind: FollowupKind,
): FollowupStatus | null {
  void kind; // every kind follows the same table; the issuer differs (ISSUER_OF), decided in `part`
  switch (action) {
    case 'assign':
      return part === 'coordinator' && status !== 'selesai' ? status : null;
    case 'answer':
      if (!OPEN.includes(status) && status !== 'dikirim') return null;
      if (part === 'pic') return status === 'dikirim' ? null : 'dijawab';
      if (part === 'coordinator') return 'dikirim';
      return null;
    case 'send':
      return part === 'coordinator' && status === 'dijawab' ? 'dikirim' : null;
    case 'verify':
      return part === 'issuer' && status === 'dikirim' ? 'selesai' : null;
    case 'reopen':
      return part === 'issuer' && (status === 'dikirim' || status === 'selesai') ? 'dibuka_kembali' : null;
  }
}

/** Whether the issuer of this kind is the office (else the government's Inspektorat). */
export function issuedByOffice(kind: FollowupKind): boolean {
  return ISSUER_OF[kind] === 'office';
}
