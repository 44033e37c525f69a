/**
 * The item's state machine as a table (issue 17 tests): state × part (role) × kind × action → the
 * next status, or the refusal. Written out by hand here — not derived from machine.ts — and checked
 * twice: against the pure `nextStatus`, and through the HTTP API with the role that plays the part
 * (items of the tenant's government and the PIC's unit, inserted in each state).
 *
 * Parts: pic = unit_pic; coordinator = gov_coordinator; issuer = office staff (assessor) for the
 * office's kinds, the Inspektorat (internal_verifier) for the government's own; other = the one who
 * reads the item but did not issue it (internal_verifier on an office item: 403 on verify) or does
 * not read it (an assessor on the government's own item: 404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUER_OF, type FollowupKind } from '../../../shared/followups/kinds';
import {
  FOLLOWUP_STATUSES,
  nextStatus,
  type FollowupAction,
  type FollowupPart,
  type FollowupStatus,
} from '../../../shared/followups/machine';
import type { Role } from '../../lib/reach';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { answer, insertItems } from './followups.fixture';

type Outcome = FollowupStatus | 403 | 404 | 409;
const S = FOLLOWUP_STATUSES;
const ACTIONS: FollowupAction[] = ['assign', 'answer', 'send', 'verify', 'reopen'];
const PARTS: FollowupPart[] = ['pic', 'coordinator', 'issuer', 'other'];
const KINDS: FollowupKind[] = [
  'tindakan_korektif',
  'saran_perbaikan',
  'rekomendasi',
  'kegiatan',
  'perbaikan_internal',
  'survei',
];

/** Per status in FOLLOWUP_STATUSES order: terbuka, dijawab, dikirim, selesai, dibuka_kembali. */
const row = (...o: Outcome[]) =>
  Object.fromEntries(S.map((s, i) => [s, o[i]!])) as Record<FollowupStatus, Outcome>;

/** The machine's table, by hand; 403: the route's permission refuses the role. */
const TABLE: Record<
  FollowupAction,
  Record<Exclude<FollowupPart, 'other'>, Record<FollowupStatus, Outcome>>
> = {
  assign: {
    pic: row(403, 403, 403, 403, 403),
    coordinator: row('terbuka', 'dijawab', 'dikirim', 409, 'dibuka_kembali'),
    issuer: row(403, 403, 403, 403, 403),
  },
  answer: {
    pic: row('dijawab', 'dijawab', 409, 409, 'dijawab'),
    coordinator: row('dikirim', 'dikirim', 'dikirim', 409, 'dikirim'),
    issuer: row(403, 403, 403, 403, 403),
  },
  send: {
    pic: row(403, 403, 403, 403, 403),
    coordinator: row(409, 'dikirim', 409, 409, 409),
    issuer: row(403, 403, 403, 403, 403),
  },
  verify: {
    pic: row(403, 403, 403, 403, 403),
    coordinator: row(403, 403, 403, 403, 403),
    issuer: row(409, 409, 'selesai', 409, 409),
  },
  reopen: {
    pic: row(403, 403, 403, 403, 403),
    coordinator: row(403, 403, 403, 403, 403),
    issuer: row(409, 409, 'dibuka_kembali', 'dibuka_kembali', 409),
  },
};

/** `other`: on an office item the Inspektorat reads it but did not issue it; on its own, office staff do not read it. */
function otherOutcome(kind: FollowupKind, action: FollowupAction): Outcome {
  if (action === 'verify' || action === 'reopen') return ISSUER_OF[kind] === 'office' ? 403 : 404;
  return 403;
}

function roleOf(part: FollowupPart, kind: FollowupKind): Role {
  const office = ISSUER_OF[kind] === 'office';
  if (part === 'pic') return 'unit_pic';
  if (part === 'coordinator') return 'gov_coordinator';
  if (part === 'issuer') return office ? 'assessor' : 'internal_verifier';
  return office ? 'internal_verifier' : 'assessor';
}

const expected = (status: FollowupStatus, action: FollowupAction, part: FollowupPart, kind: FollowupKind) =>
  part === 'other' ? otherOutcome(kind, action) : TABLE[action][part][status];

describe('the pure machine agrees with the table', () => {
  it.each(KINDS)('%s', (kind) => {
    for (const status of S)
      for (const action of ACTIONS)
        for (const part of PARTS) {
          const want = expected(status, action, part, kind);
          // Every refusal (403 by permission, 404 by reach, 409 by state) is "no" for the machine.
          expect(nextStatus(status, action, part, kind), `${kind} ${status} ${action} ${part}`).toBe(
            typeof want === 'number' ? null : want,
          );
        }
  });
});

let ctx: TestContext;
let t: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
});
afterAll(async () => ctx.close());

function act(agent: Agent, id: string, action: FollowupAction, version: number, userId: string) {
  switch (action) {
    case 'assign':
      return agent.post('/api/followups/assign', { items: [{ id, version }], ownerId: userId });
    case 'send':
      return agent.post('/api/followups/send', { items: [{ id, version }] });
    case 'answer':
      return answer(agent, id, { version, note: 'Papan standar pelayanan sudah dipasang di ruang tunggu.' });
    case 'verify':
      return agent.post(`/api/followups/${id}/verify`, { decision: 'selesai', version });
    case 'reopen':
      return agent.post(`/api/followups/${id}/verify`, {
        decision: 'buka_kembali',
        reason: 'Foto papan belum tampak.',
        version,
      });
  }
}

describe('through the API: state × part × kind × action', () => {
  it.each(KINDS)(
    '%s',
    async (kind) => {
      const cases = S.flatMap((status) =>
        ACTIONS.flatMap((action) => PARTS.map((part) => ({ status, action, part }))),
      );
      const items = await insertItems(
        ctx,
        t,
        cases.map((c) => ({ kind, status: c.status })),
      );
      const mismatches: string[] = [];
      for (const [n, c] of cases.entries()) {
        const item = items[n]!;
        const role = roleOf(c.part, kind);
        const res = await act(await t.as(role), item.id, c.action, item.version, t.userIds.unit_pic);
        const want = expected(c.status, c.action, c.part, kind);
        const got: Outcome =
          res.statusCode === 200
            ? ((c.action === 'assign' || c.action === 'send' ? res.json().items[0] : res.json())
                .status as FollowupStatus)
            : (res.statusCode as Outcome);
        if (got !== want)
          mismatches.push(
            `${c.status} ${c.action} as ${c.part} (${role}): ${got} ≠ ${want} ${res.body.slice(0, 120)}`,
          );
      }
      expect(mismatches).toEqual([]);
    },
    120_000,
  );
});
