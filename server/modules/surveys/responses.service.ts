/**
 * Staff work on responses: paper forms typed in (SKM, channel `staff`) and interviews (perception,
 * channel `interview`), corrections (a new response superseding the old one; never an update),
 * reviews of flagged responses (accept or exclude, with a reason; the latest counts), and the
 * filtered list. Every write goes through insertResponse (responses-insert.ts).
 */
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import { decodeCursor, encodeCursor } from '../../lib/pagination';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import {
  STAFF_CHANNELS,
  type CorrectResponseSchema,
  type ResponseListQuerySchema,
  type ResponseView,
  type ReviewResponseSchema,
  type StaffResponseSchema,
  type SurveyFlag,
} from '../../../shared/contracts/surveys';
import { isAccepted } from '../../../shared/surveys/flags';
import type { Instrument } from '../../../shared/surveys/instrument.schema';
import { parsedInstrument } from './instrument-cache';
import { periodOwner, periodSummary } from './periods.repository';
import { insertResponse } from './responses-insert';
import * as repo from './responses.repository';
import { assertCollect, assertManage, assertRead, assertUnitRead, visibleUnitIds } from './surveys.access';

async function instrumentOf(db: Executor, periodId: string): Promise<Instrument> {
  const row = await periodSummary(db, periodId);
  if (!row) throw new NotFoundError();
  return parsedInstrument(row.instrumentId, row.instrumentUpdatedAt, row.instrumentDefinition);
}

async function views(
  db: Executor,
  rows: repo.ResponseRow[],
  instrument: Instrument,
): Promise<ResponseView[]> {
  const { reviews, successors } = await repo.reviewsAndSuccessors(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const review = reviews.get(r.id) ?? null;
    const supersededById = successors.get(r.id) ?? null;
    return {
      id: r.id,
      unitId: r.unitId,
      unitName: r.unitName,
      productId: r.productId,
      productName: r.productName,
      answers: Object.fromEntries(instrument.questions.map((q, i) => [q.code, r.answers[i] ?? null])),
      profile: r.profile,
      suggestion: r.suggestion,
      channel: r.channel,
      enteredByName: r.enteredByName,
      submittedAt: r.submittedAt.toISOString(),
      durationMs: r.durationMs,
      flags: r.flags as SurveyFlag[],
      accepted: isAccepted(r.flags, review?.decision ?? null, supersededById !== null),
      review: review
        ? { decision: review.decision, reason: review.reason, by: review.by, at: review.at.toISOString() }
        : null,
      supersedesId: r.supersedesId,
      supersededById,
    };
  });
}

async function viewOf(db: Executor, id: string, periodId: string): Promise<ResponseView> {
  const rows = await repo.responseRows(db, { ids: [id] });
  return (await views(db, rows, await instrumentOf(db, periodId)))[0]!;
}

export async function enterResponse(
  db: Executor,
  actor: Actor,
  periodId: string,
  input: z.output<typeof StaffResponseSchema>,
): Promise<ResponseView> {
  const owner = await periodOwner(db, periodId);
  assertCollect(actor, owner, input.unitId);
  const created = await inTransaction(db, (tx) =>
    insertResponse(tx, {
      periodId,
      unitId: input.unitId,
      productId: input.productId ?? null,
      answers: input.answers,
      profile: input.profile,
      suggestion: input.suggestion ?? null,
      channel: owner.kind === 'skm' ? 'staff' : 'interview',
      enteredBy: actor.id,
      deviceHash: null,
      slipId: null,
      startedAt: null,
    }),
  );
  return viewOf(db, created.id, periodId);
}

export async function correctResponse(
  db: Executor,
  actor: Actor,
  id: string,
  input: z.output<typeof CorrectResponseSchema>,
): Promise<ResponseView> {
  const home = await repo.responseHome(db, id);
  if (!home) throw new NotFoundError();
  const owner = await periodOwner(db, home.periodId);
  assertCollect(actor, owner, home.unitId);
  const created = await inTransaction(db, (tx) =>
    insertResponse(tx, {
      periodId: home.periodId,
      unitId: home.unitId,
      productId: input.productId === undefined ? home.productId : input.productId,
      answers: input.answers,
      profile: input.profile,
      suggestion: input.suggestion ?? null,
      // A correction is typed in by staff: shown apart with the staff-entered responses.
      channel: STAFF_CHANNELS.includes(home.channel)
        ? home.channel
        : owner.kind === 'skm'
          ? 'staff'
          : 'interview',
      enteredBy: actor.id,
      deviceHash: null,
      slipId: null,
      startedAt: null,
      supersedesId: id,
      supersedeReason: input.reason,
    }),
  );
  return viewOf(db, created.id, home.periodId);
}

export async function reviewResponse(
  db: Executor,
  actor: Actor,
  id: string,
  input: z.output<typeof ReviewResponseSchema>,
): Promise<ResponseView> {
  const home = await repo.responseHome(db, id);
  if (!home) throw new NotFoundError();
  const owner = await periodOwner(db, home.periodId);
  assertUnitRead(actor, owner, home.unitId);
  assertManage(actor, owner);
  await repo.insertReview(db, {
    responseId: id,
    periodId: home.periodId,
    unitId: home.unitId,
    decision: input.decision,
    reason: input.reason,
    decidedBy: actor.id,
  });
  return viewOf(db, id, home.periodId);
}

export async function listResponses(
  db: Executor,
  actor: Actor,
  periodId: string,
  q: z.output<typeof ResponseListQuerySchema>,
): Promise<{ items: ResponseView[]; nextCursor: string | null }> {
  const owner = await periodOwner(db, periodId);
  assertRead(actor, owner);
  const visible = visibleUnitIds(actor, owner);
  if (q.unitId && !visible.includes(q.unitId)) throw new NotFoundError();
  const cursor = decodeCursor(q.cursor);
  const beforeSeq =
    cursor && typeof cursor[0] === 'number' && Number.isSafeInteger(cursor[0]) ? cursor[0] : undefined;
  const rows = await repo.responseRows(
    db,
    { periodId, unitIds: q.unitId ? [q.unitId] : visible, filter: q.filter, beforeSeq },
    q.limit + 1,
  );
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: await views(db, page, await instrumentOf(db, periodId)),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.seq]) : null,
  };
}
